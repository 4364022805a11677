/**
 * A desk's first sync brings the open dossiers before the history (src/lib/sync/first-pull.ts,
 * the `by-dossier` view of `_design/motcua-counts`), and with a window only the dossiers closed
 * within it (the `closed` view of `_design/motcua-window`, ADR 18), against the embedded server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dossierFromServer } from '../../src/lib/sync/archived-dossiers';
import type { Fetch } from '../../src/lib/sync/couch-http';
import { OfficeSync } from '../../src/lib/sync/office-sync';
import { embeddedTarget, type Target } from './support/targets.js';
import {
	basicAuth,
	deskStore,
	dossier,
	receiveMany,
	remoteOfficeUrl,
	transfer,
	withdrawal
} from './support/sync-desk.js';
import type { TestUser } from './support/test-province.js';
import type { OfficeStore } from '../../src/lib/storage/office-store';

let target: Target;
beforeAll(async () => {
	target = await embeddedTarget();
}, 30_000);
afterAll(async () => {
	await target?.close();
});

function syncOf(
	store: OfficeStore,
	user: TestUser,
	pace?: () => Promise<void>,
	onFirstPullPhase?: (phase: 'rest' | 'done') => Promise<void>
): OfficeSync {
	return new OfficeSync({
		db: store.db,
		remoteUrl: remoteOfficeUrl(target.url, store.officeId),
		headers: basicAuth(user),
		batchSize: 3,
		backoffMs: 5,
		pace,
		...(onFirstPullPhase ? { onFirstPullPhase } : {})
	});
}

/** How many design documents the office database holds (a desk never brings them). */
async function designDocs(officeId: string): Promise<number> {
	const range = `startkey=${encodeURIComponent('"_design/"')}&endkey=${encodeURIComponent('"_design0"')}`;
	const answer = await fetch(`${remoteOfficeUrl(target.url, officeId)}/_all_docs?${range}`, {
		headers: basicAuth(target.fixture.users.deskA)
	});
	const body = (await answer.json()) as { rows: unknown[] };
	return body.rows.length;
}

describe('first sync of an empty desk', () => {
	it('writes every document of the open dossiers before any of the closed ones', async () => {
		const { officeA, users } = target.fixture;
		const first = deskStore(officeA);
		await receiveMany(first, users.deskA.name, 'F1', 8);
		const closed = ['F1-0000', 'F1-0002', 'F1-0005', 'F1-0007'];
		for (const code of closed) await first.putEvent(withdrawal(officeA, users.deskA.name, code));
		expect(await syncOf(first, users.deskA).sync()).toMatchObject({
			status: 'up-to-date',
			sent: 20
		});

		const fresh = deskStore(officeA);
		// Each write of what the pull brought waits its turn behind the page (ADR 23).
		let paced = 0;
		// The office worker hears when the open set is in (the local sequence then) and when the
		// first pull ends, to hold its projector between the two (ADR 36).
		const phases: { phase: string; seq: number }[] = [];
		const sync = syncOf(
			fresh,
			users.deskA2,
			() => Promise.resolve(void (paced += 1)),
			async (phase) => void phases.push({ phase, seq: Number((await fresh.db.info()).update_seq) })
		);
		const seen: { received: number; pending: number | null }[] = [];
		sync.subscribe((s) => {
			if (s.progress?.phase === 'pull') seen.push(s.progress);
		});
		const result = await sync.sync();
		// The progress knows the size of the office from the start and counts down to nothing.
		const counted = seen.filter((p) => p.pending !== null && p.received > 0);
		expect(counted.length).toBeGreaterThan(1);
		expect(counted.every((p) => p.received + (p.pending ?? 0) >= 20)).toBe(true);
		expect(counted.at(-1)?.pending).toBeLessThanOrEqual(await designDocs(officeA));
		expect(result).toMatchObject({ status: 'up-to-date', received: 20, unsent: 0 });
		expect(paced).toBeGreaterThan(0);
		const order = (await fresh.db.changes({ since: 0 })).results.map((c) => c.id);
		const codeOf = (id: string) => id.split(':')[1] ?? '';
		const lastOpen = order.findLastIndex((id) => !closed.includes(codeOf(id)));
		const firstClosed = order.findIndex((id) => closed.includes(codeOf(id)));
		expect(order.filter((id) => !closed.includes(codeOf(id)))).toHaveLength(8);
		expect(lastOpen).toBeLessThan(firstClosed);
		expect(phases.map((p) => p.phase)).toEqual(['rest', 'done']);
		// Every document of the open set was written when the rest began, none of the closed ones.
		expect(phases[0]?.seq).toBe(lastOpen + 1);
		// Everything is there once: the history pass skipped what the first pass brought.
		expect(new Set(order).size).toBe(20);
		expect((await fresh.load('F1-0001'))?.events).toHaveLength(1);
		expect((await fresh.load('F1-0000'))?.events).toHaveLength(2);
	});

	it('counts as unsent only what the laptop wrote during a first pull, and sends it at once', async () => {
		const { officeA, users } = target.fixture;
		const first = deskStore(officeA);
		await receiveMany(first, users.deskA.name, 'F2', 30);
		expect(await syncOf(first, users.deskA).sync()).toMatchObject({ status: 'up-to-date' });

		const fresh = deskStore(officeA);
		let written = false;
		const sync = new OfficeSync({
			db: fresh.db,
			remoteUrl: remoteOfficeUrl(target.url, fresh.officeId),
			headers: basicAuth(users.deskA2),
			batchSize: 3,
			backoffMs: 5,
			// The officer receives a dossier while the office is still arriving.
			fetch: async (input, init) => {
				const response = await fetch(input, init);
				if (!written && String(input).includes('_bulk_get')) {
					written = true;
					await fresh.putDossier(dossier(officeA, users.deskA2.name, 'F2-LOCAL'));
					sync.noteLocalWrite();
				}
				return response;
			}
		});
		const unsentSeen: number[] = [];
		sync.subscribe((s) => unsentSeen.push(s.unsent));
		const result = await sync.sync();
		expect(written).toBe(true);
		expect(result).toMatchObject({ status: 'up-to-date', sent: 1, unsent: 0 });
		expect(result.received).toBeGreaterThanOrEqual(60);
		// Never more than the one dossier written here, however much arrived meanwhile.
		expect(Math.max(...unsentSeen)).toBe(1);
		expect((await sync.refresh()).unsent).toBe(0);
		const onServer = await fetch(`${remoteOfficeUrl(target.url, officeA)}/dossier:F2-LOCAL`, {
			headers: basicAuth(users.deskA)
		});
		expect(onServer.status).toBe(200);
	});

	it('resumes an interrupted first pull where it stopped, bringing only what is missing', async () => {
		const { officeA, users } = target.fixture;
		const first = deskStore(officeA);
		await receiveMany(first, users.deskA.name, 'F3', 40);
		expect(await syncOf(first, users.deskA).sync()).toMatchObject({ status: 'up-to-date' });
		const onServer = (await fetch(`${remoteOfficeUrl(target.url, officeA)}`, {
			headers: basicAuth(users.deskA)
		}).then((r) => r.json())) as { doc_count: number };

		const fresh = deskStore(officeA);
		let fetched = 0;
		// The laptop is closed after the first part of the office has arrived.
		const cut = new OfficeSync({
			db: fresh.db,
			remoteUrl: remoteOfficeUrl(target.url, fresh.officeId),
			headers: basicAuth(users.deskA2),
			maxAttempts: 1,
			fetch: async (input, init) => {
				if (String(input).includes('_bulk_get') && ++fetched > 1) throw new TypeError('offline');
				return fetch(input, init);
			}
		});
		const stopped = await cut.sync();
		expect(stopped.status).toBe('offline');
		const before = (await fresh.db.allDocs()).rows.filter((r) => !r.id.startsWith('_')).length;
		expect(before).toBeGreaterThan(0);

		const again = await syncOf(fresh, users.deskA2).sync();
		expect(again).toMatchObject({ status: 'up-to-date', unsent: 0 });
		const after = (await fresh.db.allDocs()).rows.filter((r) => !r.id.startsWith('_')).length;
		// Everything the server holds, each once; the second run brought only what was missing.
		expect(after).toBe(onServer.doc_count - (await designDocs(officeA)));
		expect(again.received).toBe(after - before);
	});

	it('keeps the open dossiers and those closed within the window; a late event brings an older one whole', async () => {
		const { officeA, users } = target.fixture;
		const first = deskStore(officeA);
		const codes = await receiveMany(first, users.deskA.name, 'W1', 6);
		expect(codes).toHaveLength(12);
		// Two closed long ago, one three weeks ago; three still open.
		await first.putEvent(withdrawal(officeA, users.deskA.name, 'W1-0000', '2025-06-02T09:00:00'));
		await first.putEvent(withdrawal(officeA, users.deskA.name, 'W1-0001', '2026-08-20T15:00:00'));
		await first.putEvent(withdrawal(officeA, users.deskA.name, 'W1-0002', '2026-11-12T10:00:00'));
		expect(await syncOf(first, users.deskA).sync()).toMatchObject({ status: 'up-to-date' });

		// 3 December 2026, 10:00 in Việt Nam; the office keeps 90 days (since 4 September).
		const now = Date.parse('2026-12-03T03:00:00Z');
		const windowed = (store: OfficeStore) =>
			new OfficeSync({
				db: store.db,
				remoteUrl: remoteOfficeUrl(target.url, store.officeId),
				headers: basicAuth(users.deskA2),
				batchSize: 3,
				backoffMs: 5,
				now: () => now,
				keepClosedDays: () => 90
			});
		const fresh = deskStore(officeA);
		expect(await windowed(fresh).sync()).toMatchObject({ status: 'up-to-date', unsent: 0 });
		expect(await fresh.load('W1-0000')).toBeNull();
		expect(await fresh.load('W1-0001')).toBeNull();
		expect((await fresh.load('W1-0002'))?.events).toHaveLength(2);
		for (const code of ['W1-0003', 'W1-0004', 'W1-0005']) {
			expect((await fresh.load(code))?.events, code).toHaveLength(1);
		}
		const held = (await fresh.db.allDocs()).rows.map((r) => r.id);
		expect(held.filter((id) => id.includes(':W1-0000') || id.includes(':W1-0001'))).toEqual([]);
		// The dossier page reaches an older dossier on the server, with its whole history.
		const url = remoteOfficeUrl(target.url, officeA);
		const asDesk: Fetch = (input, init) =>
			fetch(input, { ...init, headers: { ...init?.headers, ...basicAuth(users.deskA2) } });
		const archived = await dossierFromServer(url, 'W1-0001', asDesk);
		expect(archived.ok && archived.stored?.events.map((e) => e.kind).sort()).toEqual([
			'transfer',
			'withdraw'
		]);
		expect(await dossierFromServer(url, 'W1-9999', asDesk)).toEqual({ ok: true, stored: null });
		const offline: Fetch = () => Promise.reject(new TypeError('Failed to fetch'));
		expect(await dossierFromServer(url, 'W1-0001', offline)).toEqual({
			ok: false,
			error: 'offline'
		});

		// A late event of an old dossier reaches the desk with its dossier and whole history.
		await first.putEvent(transfer(officeA, users.deskA.name, 'W1-0000', 7));
		expect(await syncOf(first, users.deskA).sync()).toMatchObject({ status: 'up-to-date' });
		expect(await windowed(fresh).sync()).toMatchObject({ status: 'up-to-date', unsent: 0 });
		expect((await fresh.load('W1-0000'))?.events).toHaveLength(3);
		expect(await fresh.load('W1-0001')).toBeNull();
	});

	it('resumes a first pull cut after the archive was written without bringing it again (ADR 37)', async () => {
		const { officeA, users } = target.fixture;
		const first = deskStore(officeA);
		await receiveMany(first, users.deskA.name, 'W3', 6);
		for (const code of ['W3-0000', 'W3-0001', 'W3-0002']) {
			await first.putEvent(withdrawal(officeA, users.deskA.name, code, '2026-11-25T09:00:00'));
		}
		expect(await syncOf(first, users.deskA).sync()).toMatchObject({ status: 'up-to-date' });
		const now = Date.parse('2026-12-03T03:00:00Z');
		const fresh = deskStore(officeA);
		const asked: string[][] = [];
		// `cut`: the laptop goes offline when the pull lists what belongs to no dossier (the step
		// after the archive).
		const syncOnce = (cut: boolean) =>
			new OfficeSync({
				db: fresh.db,
				closed: fresh.closed,
				remoteUrl: remoteOfficeUrl(target.url, fresh.officeId),
				headers: basicAuth(users.deskA2),
				maxAttempts: 1,
				now: () => now,
				keepClosedDays: () => 90,
				fetch: async (input, init) => {
					if (cut && String(input).includes('/_all_docs')) throw new TypeError('offline');
					if (String(input).includes('_bulk_get')) {
						const body = JSON.parse(init?.body as string) as { docs: { id: string }[] };
						asked.push(body.docs.map((d) => d.id));
					}
					return fetch(input, init);
				}
			}).sync();
		// The open set, then the archive, then the laptop goes offline before the rest.
		expect((await syncOnce(true)).status).toBe('offline');
		const archivedCodes = await fresh.closed.codes();
		expect(archivedCodes).toEqual(expect.arrayContaining(['W3-0000', 'W3-0001', 'W3-0002']));
		// Meanwhile another desk receives a dossier.
		await receiveMany(first, users.deskA.name, 'W4', 1);
		expect(await syncOf(first, users.deskA).sync()).toMatchObject({ status: 'up-to-date' });
		asked.length = 0;
		expect(await syncOnce(false)).toMatchObject({ status: 'up-to-date', unsent: 0 });
		const again = asked.flat();
		expect(again.filter((id) => id.includes('W4-0000'))).toHaveLength(2);
		expect(
			again.filter((id) =>
				archivedCodes.some((code) => id.endsWith(code) || id.includes(`:${code}:`))
			)
		).toEqual([]);
		expect((await fresh.load('W3-0001'))?.events).toHaveLength(2);
	});

	it('archives the closed dossiers of the window beside the database, one record each (ADR 37)', async () => {
		const { officeA, users } = target.fixture;
		const first = deskStore(officeA);
		await receiveMany(first, users.deskA.name, 'W2', 5);
		await first.putEvent(withdrawal(officeA, users.deskA.name, 'W2-0000', '2025-06-02T09:00:00'));
		await first.putEvent(withdrawal(officeA, users.deskA.name, 'W2-0001', '2026-11-20T15:00:00'));
		await first.putEvent(withdrawal(officeA, users.deskA.name, 'W2-0002', '2026-11-12T10:00:00'));
		expect(await syncOf(first, users.deskA).sync()).toMatchObject({ status: 'up-to-date' });

		const now = Date.parse('2026-12-03T03:00:00Z');
		const fresh = deskStore(officeA);
		const sync = () =>
			new OfficeSync({
				db: fresh.db,
				closed: fresh.closed,
				remoteUrl: remoteOfficeUrl(target.url, fresh.officeId),
				headers: basicAuth(users.deskA2),
				batchSize: 3,
				backoffMs: 5,
				now: () => now,
				keepClosedDays: () => 90
			}).sync();
		const result = await sync();
		expect(result).toMatchObject({ status: 'up-to-date', unsent: 0 });
		// The two closed within the window are archived, whole, the intake record first.
		const archived = await fresh.closed.docsOf(['W2-0001', 'W2-0002']);
		expect(archived.get('W2-0001')?.map((d) => d._id.split(':')[0])).toEqual([
			'dossier',
			'event',
			'event'
		]);
		expect(archived.get('W2-0002')?.every((d) => !('_revisions' in d))).toBe(true);
		expect(await fresh.closed.holds(['W2-0000', 'W2-0003'])).toEqual(new Set());
		// PouchDB holds the open ones only; the archived ones stay out of it (and out of the push).
		const held = (await fresh.db.allDocs()).rows.map((r) => r.id);
		expect(held.filter((id) => /:W2-000[012]/.test(id))).toEqual([]);
		expect(held.filter((id) => /:W2-000[34]/.test(id))).toHaveLength(4);
		// Every reader of the store joins the archive: the dossier, its code, its presence.
		expect((await fresh.load('W2-0001'))?.events.map((e) => e.kind).sort()).toEqual([
			'transfer',
			'withdraw'
		]);
		expect(await fresh.existingDossiers(['W2-0000', 'W2-0001', 'W2-0003'])).toEqual(
			new Set(['W2-0001', 'W2-0003'])
		);
		const prefix = 'W2-';
		expect(await fresh.codesWithPrefix(prefix)).toEqual([
			'W2-0001',
			'W2-0002',
			'W2-0003',
			'W2-0004'
		]);
		expect(await fresh.dossierCodes()).toEqual(expect.arrayContaining(['W2-0001', 'W2-0003']));
		// What came counts as received, once each, wherever it was written.
		const inArchive = (await fresh.closed.records.toArray()).flatMap((r) => r.docs);
		const inDb = held.filter((id) => !id.startsWith('_'));
		expect(new Set([...inDb, ...inArchive.map((d) => d._id)]).size).toBe(
			inDb.length + inArchive.length
		);
		expect(result.received).toBe(inDb.length + inArchive.length);

		// A late event of an archived dossier arrives in PouchDB and joins it there; the dossier is
		// not brought again.
		await first.putEvent(transfer(officeA, users.deskA.name, 'W2-0001', 7));
		expect(await syncOf(first, users.deskA).sync()).toMatchObject({ status: 'up-to-date' });
		expect(await sync()).toMatchObject({ status: 'up-to-date', unsent: 0 });
		expect((await fresh.load('W2-0001'))?.events).toHaveLength(3);
		const after = (await fresh.db.allDocs()).rows.map((r) => r.id);
		expect(after.filter((id) => id.includes(':W2-0001'))).toEqual([
			expect.stringMatching(/^event:W2-0001:/)
		]);
	});
});
