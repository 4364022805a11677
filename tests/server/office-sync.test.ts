/**
 * The office sync service (src/lib/sync/office-sync.ts) against the embedded server: desks on
 * pouchdb-browser over fake-indexeddb, documents written through OfficeStore (issue 5, item 6).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { officeDbName } from '../../server/couch/naming.js';
import { couchClient } from '../../server/provision/couch-client.js';
import { provision } from '../../server/provision/provision.js';
import { OfficeSync, type OfficeSyncOptions } from '../../src/lib/sync/office-sync';
import type { Fetch } from '../../src/lib/sync/couch-http';
import { adminDatabase, embeddedTarget, type Target } from './support/targets.js';
import {
	basicAuth,
	deskStore,
	receiveMany,
	remoteOfficeUrl,
	transfer
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
	options: Partial<OfficeSyncOptions> = {},
	officeId = store.officeId
): OfficeSync {
	return new OfficeSync({
		db: store.db,
		remoteUrl: remoteOfficeUrl(target.url, officeId),
		headers: basicAuth(user),
		backoffMs: 5,
		...options
	});
}

async function serverIds(officeId: string): Promise<string[]> {
	const rows = (await adminDatabase(target, officeDbName(officeId)).allDocs()).rows;
	return rows.map((r) => r.id).filter((id) => !id.startsWith('_design/'));
}

type Backup = { docs: object[]; marker: { path: string; body: object } };

/** The office database's documents and this desk's marker, as a server backup holds them. */
async function backup(officeId: string, store: OfficeStore): Promise<Backup> {
	const all = await adminDatabase(target, officeDbName(officeId)).allDocs({ include_docs: true });
	const docs = all.rows.filter((r) => !r.id.startsWith('_design/')).map((r) => r.doc as object);
	const checkpoint = await store.readLocal<{ replicaId: string }>('motcua-sync');
	const path = `/${officeDbName(officeId)}/_local/motcua-push-${checkpoint?.replicaId}`;
	const body = await couchClient(target.adminUrl).json<{ marker: string }>('GET', path);
	return { docs, marker: { path, body: { marker: body.marker } } };
}

async function restore(officeId: string, saved: Backup): Promise<void> {
	const admin = couchClient(target.adminUrl);
	await admin.request('DELETE', `/${officeDbName(officeId)}`);
	await provision({ url: target.adminUrl, province: target.fixture.province });
	await adminDatabase(target, officeDbName(officeId)).bulkDocs(saved.docs as never[], {
		new_edits: false
	});
	await admin.json('PUT', saved.marker.path, saved.marker.body);
}

describe('office sync with the embedded server', () => {
	it('sends, reports refusals with their reason, and counts what is left to send', async () => {
		const { officeA, users } = target.fixture;
		const store = deskStore(officeA);
		const sync = syncOf(store, users.deskA);
		const ids = await receiveMany(store, users.deskA.name, 'S1', 3);
		// Written past the desk's own checks (an older app version, a hand edit): the server refuses it.
		const { id: _unused, payload, ...rest } = transfer(officeA, users.deskA.name, 'S1-0000', 2);
		void [_unused, payload];
		const misfiled = { ...rest, id: 'event:S1-0000:x' };
		await store.db.put({
			...misfiled,
			_id: misfiled.id,
			type: 'event',
			officeId: officeA,
			schemaVersion: 1
		});
		expect((await sync.refresh()).unsent).toBe(7);

		const seen: string[] = [];
		const stop = sync.subscribe((s) =>
			seen.push(s.progress ? `${s.state}:${s.progress.phase}` : s.state)
		);
		const result = await sync.sync();
		stop();
		expect(result).toMatchObject({ status: 'up-to-date', sent: 6, unsent: 0, error: null });
		expect(seen[0]).toBe('idle');
		expect(seen).toContain('syncing:push');
		expect(seen).toContain('syncing:pull');
		expect(seen.at(-1)).toBe('up-to-date');
		expect(result.rejected).toEqual([
			expect.objectContaining({ id: misfiled.id, reason: 'missing-field' })
		]);
		expect(await sync.rejected()).toEqual(result.rejected);
		expect(await serverIds(officeA)).toEqual(expect.arrayContaining(ids));
		expect(await serverIds(officeA)).not.toContain(misfiled.id);
		expect(sync.status).toMatchObject({ state: 'up-to-date', unsent: 0 });
		expect(sync.status.lastSyncAt).not.toBeNull();

		await store.putEvent(transfer(officeA, users.deskA.name, 'S1-0001', 2));
		expect((await sync.refresh()).unsent).toBe(1);
		expect(await sync.sync()).toMatchObject({ status: 'up-to-date', sent: 1, unsent: 0 });
		// The refusal stays listed for the supervisor; it is not sent again.
		expect((await sync.sync()).sent).toBe(0);
		expect(await sync.rejected()).toHaveLength(1);
	});

	it('keeps another officer’s changes until they log in again on the same laptop', async () => {
		const { officeA, users } = target.fixture;
		const store = deskStore(officeA);
		const theirs = transfer(officeA, users.deskA2.name, 'S1-0002', 2);
		await store.putEvent(theirs);
		const mine = transfer(officeA, users.deskA.name, 'S1-0002', 3);
		await store.putEvent(mine);
		const asA = syncOf(store, users.deskA);
		expect(await asA.sync()).toMatchObject({ status: 'up-to-date', sent: 1, unsent: 1 });
		expect(await serverIds(officeA)).not.toContain(theirs.id);
		expect(await asA.rejected()).toEqual([]);
		// The desk names who it expects: a session of somebody else asks for a login.
		const expecting = syncOf(store, users.deskA, { user: () => users.deskA2.name });
		expect(await expecting.sync()).toMatchObject({ status: 'needs-login', unsent: 1, attempts: 1 });
		const asA2 = syncOf(store, users.deskA2);
		expect(await asA2.sync()).toMatchObject({ status: 'up-to-date', sent: 1, unsent: 0 });
		expect(await serverIds(officeA)).toEqual(expect.arrayContaining([theirs.id, mine.id]));
	});

	it('counts a burst of writes outside a run once at a time and ends on the right count', async () => {
		const { officeA, users } = target.fixture;
		const store = deskStore(officeA);
		const sync = syncOf(store, users.deskA);
		const ids = await receiveMany(store, users.deskA.name, 'BURST', 12);
		const counted: number[] = [];
		const stop = sync.subscribe((s) => counted.push(s.unsent));
		// An import notes its writes step after step, faster than a recount of every change.
		for (let i = 0; i < 40; i++) sync.noteLocalWrite();
		await vi.waitFor(() => expect(sync.status.unsent).toBe(ids.length), { timeout: 5_000 });
		await new Promise((resolve) => setTimeout(resolve, 200));
		stop();
		expect(sync.status.unsent).toBe(ids.length);
		// One recount ran, then one more for the writes noted meanwhile: never one per write.
		expect(counted.filter((n) => n === ids.length).length).toBeLessThanOrEqual(3);
	});

	it('brings a second desk what the first sent, without counting it as unsent', async () => {
		const { officeA, users } = target.fixture;
		const store = deskStore(officeA);
		const sync = syncOf(store, users.deskA2);
		const result = await sync.sync();
		expect(result).toMatchObject({ status: 'up-to-date', sent: 0, unsent: 0 });
		expect(result.received).toBe(9);
		expect((await store.load('S1-0001'))?.events).toHaveLength(2);
		await store.putEvent(transfer(officeA, users.deskA2.name, 'S1-0003', 3));
		expect((await sync.refresh()).unsent).toBe(1);
	});

	it('says access-denied for another office and needs-login for a bad password, once', async () => {
		const { officeA, officeB, users } = target.fixture;
		const store = deskStore(officeA);
		await receiveMany(store, users.deskA.name, 'S3', 1);
		const denied = await syncOf(store, users.deskA, {}, officeB).sync();
		expect(denied).toMatchObject({ status: 'access-denied', attempts: 1, unsent: 2 });
		const stranger = { name: users.deskA.name, password: 'wrong' };
		const login = await syncOf(store, stranger).sync();
		expect(login).toMatchObject({ status: 'needs-login', attempts: 1, unsent: 2 });
	});

	it('says access-denied on a 403 (CouchDB’s non-member), retries a 500 as error', async () => {
		const { officeA, users } = target.fixture;
		const store = deskStore(officeA);
		await receiveMany(store, users.deskA.name, 'S9', 1);
		const answer =
			(status: number): Fetch =>
			(input, init) =>
				input.includes('/_revs_diff')
					? Promise.resolve(new Response('{"reason":"no"}', { status }))
					: fetch(input, init);
		const denied = await syncOf(store, users.deskA, { fetch: answer(403) }).sync();
		expect(denied).toMatchObject({ status: 'access-denied', attempts: 1, unsent: 2 });
		const broken = await syncOf(store, users.deskA, { fetch: answer(500), maxAttempts: 3 }).sync();
		expect(broken).toMatchObject({
			status: 'error',
			error: 'server-error',
			attempts: 3,
			unsent: 2
		});
		expect(await syncOf(store, users.deskA).sync()).toMatchObject({
			status: 'up-to-date',
			unsent: 0
		});
	});

	it('syncs with a session cookie as the browser does, and asks for a login when it expires', async () => {
		const { officeA, users } = target.fixture;
		const login = await fetch(`${target.url}/_session`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({ name: users.deskA.name, password: users.deskA.password })
		});
		const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
		expect(cookie).toMatch(/^AuthSession=/);
		const store = deskStore(officeA);
		await receiveMany(store, users.deskA.name, 'S10', 1);
		const withCookie =
			(value: string): Fetch =>
			(input, init) =>
				fetch(input, { ...init, headers: { ...init?.headers, Cookie: value } });
		const sync = syncOf(store, users.deskA, { fetch: withCookie(cookie), headers: {} });
		const [first, same] = [sync.sync(), sync.sync()];
		expect(first).toBe(same);
		expect(await first).toMatchObject({ status: 'up-to-date', sent: 2, unsent: 0 });

		await store.putEvent(transfer(officeA, users.deskA.name, 'S10-0000', 2));
		const expired = syncOf(store, users.deskA, {
			fetch: withCookie('AuthSession=expired'),
			headers: {}
		});
		expect(await expired.sync()).toMatchObject({ status: 'needs-login', attempts: 1, unsent: 1 });
	});

	it('keeps local changes when the server cannot be reached, after its own retries', async () => {
		const { officeA, users } = target.fixture;
		const store = deskStore(officeA);
		await receiveMany(store, users.deskA.name, 'S4', 2);
		const waits: number[] = [];
		const down: Fetch = () => Promise.reject(new TypeError('fetch failed'));
		const sync = syncOf(store, users.deskA, {
			fetch: down,
			maxAttempts: 4,
			backoffMs: 100,
			sleep: (ms) => {
				waits.push(ms);
				return Promise.resolve();
			}
		});
		const result = await sync.sync();
		expect(result).toMatchObject({ status: 'offline', attempts: 4, unsent: 4, serverTime: null });
		expect(waits).toEqual([100, 200, 400]);
		expect(sync.status).toMatchObject({ state: 'offline', unsent: 4, error: 'offline' });
	});

	it('halves upload batches while the server answers 413, down to one document', async () => {
		const { officeA, users } = target.fixture;
		const store = deskStore(officeA);
		const ids = await receiveMany(store, users.deskA.name, 'S5', 20);
		const limit = 6_000;
		let tooLarge = 0;
		const capped: Fetch = (input, init) => {
			if (typeof init?.body === 'string' && init.body.length > limit) {
				tooLarge += 1;
				return Promise.resolve(new Response('{"error":"too_large"}', { status: 413 }));
			}
			return fetch(input, init);
		};
		const sync = syncOf(store, users.deskA, { fetch: capped, batchSize: 40 });
		const result = await sync.sync();
		expect(result).toMatchObject({ status: 'up-to-date', sent: 40, unsent: 0 });
		expect(tooLarge).toBeGreaterThan(0);
		expect(await serverIds(officeA)).toEqual(expect.arrayContaining(ids));
		const checkpoint = await store.readLocal<{ uploadBatch: number }>('motcua-sync');
		expect(checkpoint?.uploadBatch).toBeLessThan(40);

		const huge = deskStore(officeA);
		await receiveMany(huge, users.deskA.name, 'S5c', 1);
		const tiny: Fetch = (input, init) =>
			typeof init?.body === 'string' && init.body.includes('"new_edits"')
				? Promise.resolve(new Response('{}', { status: 413 }))
				: fetch(input, init);
		const refused = await syncOf(huge, users.deskA, { fetch: tiny }).sync();
		expect(refused.rejected.map((r) => r.reason)).toEqual(['too-large', 'too-large']);
	});

	it('tells the server time and flags a laptop clock off by more than 5 minutes', async () => {
		const { officeA, users } = target.fixture;
		const store = deskStore(officeA);
		const late = () => Date.now() - 10 * 60 * 1000;
		const result = await syncOf(store, users.deskA, { now: late }).sync();
		expect(result.serverTime).not.toBeNull();
		expect(Math.abs(Date.parse(result.serverTime ?? '') - Date.now())).toBeLessThan(5_000);
		expect(result.clockSkewMs).toBeGreaterThan(9 * 60 * 1000);
		expect(result.clockOff).toBe(true);
		const onTime = await syncOf(store, users.deskA).sync();
		expect(onTime.clockOff).toBe(false);
	});

	it('sends again what a server restored from a backup lost, even with the marker in it', async () => {
		const { officeB, users } = target.fixture;
		const store = deskStore(officeB);
		const first = await receiveMany(store, users.deskB.name, 'S8', 2);
		const sync = syncOf(store, users.deskB);
		expect(await sync.sync()).toMatchObject({ sent: 4, unsent: 0 });
		const saved = await backup(officeB, store);

		// A push whose documents arrive but whose end is never confirmed (the link drops).
		const later = await receiveMany(store, users.deskB.name, 'S8b', 1);
		const dropsMarker: Fetch = (input, init) =>
			init?.method === 'PUT' && input.includes('/_local/motcua-push-')
				? Promise.reject(new TypeError('fetch failed'))
				: fetch(input, init);
		const cut = await syncOf(store, users.deskB, { fetch: dropsMarker, maxAttempts: 1 }).sync();
		expect(cut).toMatchObject({ status: 'offline', sent: 2, unsent: 0 });
		expect(await serverIds(officeB)).toEqual(expect.arrayContaining(later));

		await restore(officeB, saved);
		expect((await serverIds(officeB)).sort()).toEqual([...first].sort());
		const again = await sync.sync();
		expect(again).toMatchObject({ status: 'up-to-date', sent: 2, unsent: 0 });
		expect((await serverIds(officeB)).sort()).toEqual([...first, ...later].sort());
	});

	it('sends everything again to a server restored without the desk’s documents', async () => {
		const { officeB, users } = target.fixture;
		const store = deskStore(officeB);
		const ids = await receiveMany(store, users.deskB.name, 'S7', 3);
		const sync = syncOf(store, users.deskB);
		expect(await sync.sync()).toMatchObject({ sent: 6, unsent: 0 });

		// The office database as a backup from before those documents would bring it back.
		const admin = couchClient(target.adminUrl);
		await admin.request('DELETE', `/${officeDbName(officeB)}`);
		await provision({ url: target.adminUrl, province: target.fixture.province });
		expect(await serverIds(officeB)).toEqual([]);

		// Everything this desk holds goes back, its own and what it had received from others.
		const local = (await store.db.allDocs()).rows.map((r) => r.id);
		expect(local).toEqual(expect.arrayContaining(ids));
		const again = await sync.sync();
		expect(again).toMatchObject({ status: 'up-to-date', received: 0, unsent: 0 });
		expect(again.sent).toBe(local.length);
		expect((await serverIds(officeB)).sort()).toEqual([...local].sort());
	});
});
