import PouchDB from 'pouchdb-browser';
import { describe, expect, it } from 'vitest';
import { openDb, STORE_PREFIX } from './pouch';
import { CHECKPOINT_KEY } from './projector';
import { ReadModelDb } from './read-model';
import { moveStore, moveStores, storesToMove, type MoveProgress } from './store-move';

let counter = 0;

/** An office database as a laptop kept it before ADR 24, in the `idb` adapter. */
async function oldOffice(docs = 1_200) {
	const officeId = `move${++counter}`;
	const name = `motcua_office_${officeId}`;
	const old = new PouchDB(name, { adapter: 'idb' });
	const sent: string[] = [];
	for (let i = 0; i < docs; i += 300) {
		const part = Array.from({ length: Math.min(300, docs - i) }, (_, k) => ({
			_id: `event:d${i + k}:1`,
			n: i + k
		}));
		await old.bulkDocs(part);
		sent.push(...part.map((d) => d._id));
	}
	// Two leaves of one document, as a conflict brought by a pull.
	await old.bulkDocs(
		[
			{ _id: 'dossier:C1', _rev: '1-aaa', side: 'a' },
			{ _id: 'dossier:C1', _rev: '1-bbb', side: 'b' }
		],
		{ new_edits: false }
	);
	sent.push('dossier:C1');
	const gone = await old.put({ _id: 'feedback:gone', text: 'x' });
	await old.remove('feedback:gone', gone.rev);
	sent.push('feedback:gone');
	const pushedSeq = Number((await old.info()).update_seq);
	const projectedSeq = pushedSeq - 100;
	const unsent = ['dossier:NEW1', 'event:NEW1:1'];
	await old.bulkDocs(unsent.map((_id) => ({ _id, mine: true })));
	await old.put({
		_id: '_local/motcua-sync',
		value: { replicaId: 'r1', pushedSeq, verifiedSeq: pushedSeq, pulledSeq: '77-g1', rejected: [] }
	});
	await old.put({ _id: '_local/code-counter:2026', value: 41 });
	const readModel = new ReadModelDb(officeId);
	await readModel.meta.put({ key: CHECKPOINT_KEY, value: projectedSeq });
	readModel.close();
	const projectedIds = (await old.changes({ since: projectedSeq })).results.map((c) => c.id);
	await old.close();
	return { officeId, name, sent, unsent, projectedIds };
}

async function idbNames(): Promise<string[]> {
	return (await indexedDB.databases()).map((d) => d.name ?? '');
}

describe('moving a laptop from the idb adapter to the indexeddb adapter (ADR 24)', () => {
	it('copies every document and local record, keeps what is unsent unsent, and drops the old store', async () => {
		const office = await oldOffice();
		expect(await storesToMove()).toContain(office.name);
		const told: MoveProgress[] = [];
		await moveStores((p) => told.push(p));
		expect(await storesToMove()).not.toContain(office.name);
		expect(await idbNames()).not.toContain(`_pouch_${office.name}`);
		expect(await idbNames()).toContain(`_pouch_${STORE_PREFIX}${office.name}`);
		expect(told.at(-1)).toMatchObject({ database: office.name });
		expect(told.at(-1)!.copied).toBeGreaterThanOrEqual(1_200);

		const db = openDb(office.name);
		const all = await db.allDocs();
		expect(all.rows.map((r) => r.id).sort()).toEqual(
			[...office.sent, ...office.unsent].filter((id) => id !== 'feedback:gone').sort()
		);
		const conflict = await db.get('dossier:C1', { conflicts: true });
		expect([conflict._rev, ...(conflict._conflicts ?? [])].sort()).toEqual(['1-aaa', '1-bbb']);
		await expect(db.get('feedback:gone')).rejects.toMatchObject({ status: 404 });

		const sync = await db.get<{
			value: { pushedSeq: number; verifiedSeq: number; pulledSeq: string };
		}>('_local/motcua-sync');
		expect(sync.value.pulledSeq).toBe('77-g1');
		const unsent = await db.changes({ since: sync.value.pushedSeq });
		expect(unsent.results.map((c) => c.id).sort()).toEqual([...office.unsent].sort());
		expect(sync.value.verifiedSeq).toBe(sync.value.pushedSeq);
		expect((await db.get<{ value: number }>('_local/code-counter:2026')).value).toBe(41);

		const readModel = new ReadModelDb(office.officeId);
		const projected = (await readModel.meta.get(CHECKPOINT_KEY))?.value as number;
		readModel.close();
		const toProject = await db.changes({ since: projected });
		expect(toProject.results.map((c) => c.id).sort()).toEqual([...office.projectedIds].sort());
		await db.close();
	});

	it('resumes a move that was cut, and ends the same', async () => {
		const office = await oldOffice(2_000);
		let pages = 0;
		await expect(
			moveStore(office.name, () => {
				if (++pages === 2) throw new Error('the laptop was closed');
			})
		).rejects.toThrow('closed');
		expect(await storesToMove()).toContain(office.name);
		await moveStore(office.name);
		expect(await storesToMove()).not.toContain(office.name);

		const db = openDb(office.name);
		expect((await db.allDocs()).rows).toHaveLength(office.sent.length - 1 + office.unsent.length);
		const sync = await db.get<{ value: { pushedSeq: number } }>('_local/motcua-sync');
		const unsent = await db.changes({ since: sync.value.pushedSeq });
		expect(unsent.results.map((c) => c.id).sort()).toEqual([...office.unsent].sort());
		await db.close();
	});
});
