import { describe, expect, it } from 'vitest';
import { DEFAULT_LIFECYCLE_SETTINGS } from '$lib/domain/lifecycle';
import {
	eventFactory,
	makeDossier,
	SAMPLE_PAYLOADS,
	testContext
} from '$lib/domain/lifecycle/test-support';
import { toDossierDoc, toEventDoc } from '$lib/storage/documents';
import { KEPT_SINCE_KEY } from '$lib/storage/office-store';
import { Projector } from '$lib/storage/projector';
import { freshOffice } from '$lib/storage/test-support';
import { countUnsent } from '$lib/sync/push';
import { CheckpointStore } from '$lib/sync/sync-checkpoint';
import { shedAged } from './shedding';

const context = () => ({ settings: DEFAULT_LIFECYCLE_SETTINGS, deadlines: testContext });
const dossierNo = (n: number) =>
	makeDossier({ code: `H20.1-191120-${String(n).padStart(4, '0')}` });
/** 1 June 2020, Vietnam time: a 90-day window starts on 3 March 2020. */
const NOW = Date.parse('2020-06-01T09:00:00+07:00');

async function deskWithHistory() {
	const { store, readModel } = freshOffice();
	// Closed in November 2019 and on the server.
	const gone = dossierNo(1);
	const goneEvent = eventFactory(gone);
	await store.putDossier(gone);
	await store.putEvent(goneEvent('withdraw', '2019-11-21T08:00:00', SAMPLE_PAYLOADS.withdraw));
	// Closed in November 2019 on this laptop, which has not sent the withdrawal since.
	const waiting = dossierNo(2);
	await store.putDossier(waiting);
	// Received in November 2019 and still open.
	const open = dossierNo(3);
	await store.putDossier(open);
	// Closed in May 2020: inside the window.
	const recent = dossierNo(4);
	await store.putDossier(recent);
	await store.putEvent(
		eventFactory(recent)('withdraw', '2020-05-15T08:00:00', SAMPLE_PAYLOADS.withdraw)
	);
	const checkpoints = new CheckpointStore(store.db, 1);
	const sent = Number((await store.db.info()).update_seq);
	await checkpoints.write({
		...(await checkpoints.read()),
		pushedSeq: sent,
		verifiedSeq: sent,
		pulledSeq: '12-server'
	});
	// Written after the last confirmed push: not yet on the server.
	await store.putEvent(
		eventFactory(waiting)('withdraw', '2019-11-22T08:00:00', SAMPLE_PAYLOADS.withdraw)
	);
	const projector = new Projector(store, readModel, context);
	await projector.catchUp();
	return { store, readModel, projector, gone, waiting, open, recent };
}

describe('a desk that stays small (ADR 25)', () => {
	it('purges what closed before the window and only what the server holds, with its rows', async () => {
		const desk = await deskWithHistory();
		expect((await desk.readModel.dossiers.get(desk.waiting.code))?.open).toBe(0);
		const result = await shedAged({ ...desk, keepClosedDays: 90, nowMs: NOW });
		expect(result).toEqual({ dossiers: 1, documents: 2, kept: 1 });

		const left = (await desk.store.db.allDocs()).rows.map((r) => r.id);
		expect(left.filter((id) => id.includes(desk.gone.code))).toEqual([]);
		for (const d of [desk.waiting, desk.open, desk.recent]) {
			expect(left).toContain(`dossier:${d.code}`);
		}
		expect(left.filter((id) => id.startsWith(`event:${desk.waiting.code}`))).toHaveLength(1);
		expect(await desk.readModel.dossiers.get(desk.gone.code)).toBeUndefined();
		expect(await desk.readModel.reportEntries.get(desk.gone.code)).toBeUndefined();
		expect((await desk.readModel.dossiers.toCollection().primaryKeys()).sort()).toEqual(
			[desk.waiting.code, desk.open.code, desk.recent.code].sort()
		);
		expect(await desk.store.readLocal(KEPT_SINCE_KEY)).toBe('2020-03-03');

		// Deleted on the laptop only: nothing more to send, and a rebuild brings none of it back.
		const checkpoint = await new CheckpointStore(desk.store.db, 1).read();
		expect(await countUnsent(desk.store.db, checkpoint)).toBe(1);
		const changes = await desk.store.db.changes({ since: 0 });
		const gone = changes.results.filter((c) => c.id.includes(desk.gone.code));
		expect(gone.map((c) => c.deleted)).toEqual([true, true]);
		await desk.projector.catchUp();
		expect(await desk.projector.rebuild()).toBe(7);
		expect(await desk.readModel.dossiers.get(desk.gone.code)).toBeUndefined();
	});

	it('keeps everything when the office keeps everything, or before the first pull has ended', async () => {
		const desk = await deskWithHistory();
		expect(await shedAged({ ...desk, keepClosedDays: null, nowMs: NOW })).toBeNull();
		const checkpoints = new CheckpointStore(desk.store.db, 1);
		await checkpoints.write({ ...(await checkpoints.read()), pulledSeq: 0 });
		expect(await shedAged({ ...desk, keepClosedDays: 90, nowMs: NOW })).toBeNull();
		expect(await desk.readModel.dossiers.count()).toBe(4);
	});

	it('sheds archived closed dossiers (ADR 37) with what PouchDB holds of them', async () => {
		const desk = await deskWithHistory();
		const archive = (n: number, closedAt: string) => {
			const d = dossierNo(n);
			const withdraw = eventFactory(d)('withdraw', closedAt, SAMPLE_PAYLOADS.withdraw);
			return {
				d,
				record: {
					code: d.code,
					docs: [
						{ ...toDossierDoc(d), _rev: '1-a' },
						{ ...toEventDoc(withdraw, 'office-1'), _rev: '1-b' }
					]
				}
			};
		};
		const old = archive(11, '2019-11-25T08:00:00');
		const kept = archive(12, '2020-05-20T08:00:00');
		await desk.store.closed.putDossiers([old.record, kept.record]);
		// A rating of the old one that came from the server later (on the server, so it may go).
		await desk.store.putEvent(
			eventFactory(old.d)('rate', '2019-11-26T08:00:00', { rating: 'satisfied' })
		);
		const checkpoints = new CheckpointStore(desk.store.db, 1);
		const head = Number((await desk.store.db.info()).update_seq);
		await checkpoints.write({ ...(await checkpoints.read()), pushedSeq: head, verifiedSeq: head });
		await desk.projector.catchUp();
		expect((await desk.readModel.dossiers.get(old.d.code))?.open).toBe(0);

		const result = await shedAged({ ...desk, keepClosedDays: 90, nowMs: NOW });
		// The old archived dossier (2 archived documents and its rating) and the one of ADR 25; the
		// withdrawal the laptop has sent since then counts as on the server now.
		expect(result).toEqual({ dossiers: 3, documents: 7, kept: 0 });
		expect(await desk.store.closed.codes()).toEqual([kept.d.code]);
		expect(await desk.store.load(old.d.code)).toBeNull();
		expect((await desk.store.load(kept.d.code))?.events).toHaveLength(1);
		expect(await desk.readModel.dossiers.get(old.d.code)).toBeUndefined();
		expect(await desk.projector.rebuild()).toBeGreaterThan(0);
		expect(await desk.readModel.dossiers.get(old.d.code)).toBeUndefined();
		expect(await desk.readModel.dossiers.get(kept.d.code)).toBeDefined();
	});

	it('keeps a result that waits for its citizen, however old (not closed until handed over)', async () => {
		const desk = await deskWithHistory();
		const waiting = dossierNo(21);
		await desk.store.putDossier(waiting);
		await desk.store.putEvent(
			eventFactory(waiting)('result-ready', '2019-11-25T08:00:00', { outcome: 'approved' })
		);
		const checkpoints = new CheckpointStore(desk.store.db, 1);
		const head = Number((await desk.store.db.info()).update_seq);
		await checkpoints.write({ ...(await checkpoints.read()), pushedSeq: head, verifiedSeq: head });
		await desk.projector.catchUp();
		const row = await desk.readModel.dossiers.get(waiting.code);
		expect(row).toMatchObject({ status: 'result-ready', open: 0 });

		await shedAged({ ...desk, keepClosedDays: 90, nowMs: NOW });
		expect(await desk.readModel.dossiers.get(waiting.code)).toEqual(row);
		expect((await desk.store.load(waiting.code))?.events).toHaveLength(1);
		expect(await desk.readModel.dossiers.get(desk.gone.code)).toBeUndefined();
	});
});
