/**
 * Issue 5 acceptance: a TCP proxy between the desk and the embedded server cuts connections at
 * random at least 20 times while 1,000 documents (500 dossiers, 500 events) sync; the service
 * retries until done, and every document is on the server exactly once, with the desk up to
 * date and nothing unsent.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { officeDbName } from '../../server/couch/naming.js';
import { couchClient } from '../../server/provision/couch-client.js';
import { OfficeSync } from '../../src/lib/sync/office-sync';
import { startFaultProxy, type FaultProxy } from './support/fault-proxy.js';
import { basicAuth, deskStore, receiveMany } from './support/sync-desk.js';
import { adminDatabase, embeddedTarget, type Target } from './support/targets.js';

let target: Target;
let proxy: FaultProxy;
let ids: string[] = [];
beforeAll(async () => {
	target = await embeddedTarget();
	proxy = await startFaultProxy({
		targetPort: Number(new URL(target.url).port),
		seed: 20261125,
		cutChance: 1,
		maxBytesBeforeCut: 30_000,
		maxCuts: 40
	});
}, 30_000);
afterAll(async () => {
	await proxy?.close();
	await target?.close();
});

it('syncs 1,000 documents through a proxy that cuts connections, each exactly once', async () => {
	const { officeA, users } = target.fixture;
	const store = deskStore(officeA);
	ids = await receiveMany(store, users.deskA.name, 'F', 500);
	expect(ids).toHaveLength(1000);
	const viaProxy = new URL(target.url);
	viaProxy.port = String(proxy.port);
	const sync = new OfficeSync({
		db: store.db,
		remoteUrl: `${viaProxy.toString().replace(/\/$/, '')}/${officeDbName(officeA)}`,
		headers: basicAuth(users.deskA),
		batchSize: 50,
		maxAttempts: 500,
		backoffMs: 1,
		maxBackoffMs: 20
	});
	expect((await sync.refresh()).unsent).toBe(1000);

	const started = Date.now();
	const result = await sync.sync();
	const seconds = (Date.now() - started) / 1000;
	console.info(
		`fault proxy: ${proxy.cuts()} cuts over ${proxy.connections()} connections, ` +
			`${result.attempts} attempts, ${result.sent} sent in ${seconds.toFixed(1)} s`
	);
	expect(proxy.cuts()).toBeGreaterThanOrEqual(20);
	expect(result).toMatchObject({ status: 'up-to-date', unsent: 0, rejected: [], error: null });
	expect(result.attempts).toBeGreaterThan(1);
	expect(sync.status).toMatchObject({ state: 'up-to-date', unsent: 0 });

	const local = await store.db.allDocs({ keys: ids });
	const server = await adminDatabase(target, officeDbName(officeA)).allDocs({
		include_docs: true,
		conflicts: true
	});
	const rows = server.rows.filter((r) => !r.id.startsWith('_design/'));
	expect(rows.map((r) => r.id).sort()).toEqual([...ids].sort());
	const localRevs = new Map(local.rows.map((r) => [r.key, 'value' in r ? r.value?.rev : null]));
	for (const row of rows) {
		expect(row.value.rev).toBe(localRevs.get(row.id));
		expect(row.value.rev.startsWith('1-')).toBe(true);
		expect((row.doc as { _conflicts?: unknown })._conflicts).toBeUndefined();
	}
	const info = await couchClient(target.adminUrl).json<{ doc_count: number }>(
		'GET',
		`/${officeDbName(officeA)}`
	);
	expect(info.doc_count - (server.rows.length - rows.length)).toBe(1000);
}, 60_000);

it('brings the 1,000 documents to a second desk through cuts, each exactly once', async () => {
	const { officeA, users } = target.fixture;
	const pullProxy = await startFaultProxy({
		targetPort: Number(new URL(target.url).port),
		seed: 7,
		cutChance: 1,
		maxBytesBeforeCut: 25_000,
		maxCuts: 25
	});
	try {
		const store = deskStore(officeA);
		const viaProxy = new URL(target.url);
		viaProxy.port = String(pullProxy.port);
		const sync = new OfficeSync({
			db: store.db,
			remoteUrl: `${viaProxy.toString().replace(/\/$/, '')}/${officeDbName(officeA)}`,
			headers: basicAuth(users.deskA2),
			batchSize: 50,
			maxAttempts: 500,
			backoffMs: 1,
			maxBackoffMs: 20
		});
		const result = await sync.sync();
		console.info(`pull through fault proxy: ${pullProxy.cuts()} cuts, ${result.attempts} attempts`);
		expect(pullProxy.cuts()).toBeGreaterThanOrEqual(20);
		expect(result).toMatchObject({ status: 'up-to-date', sent: 0, unsent: 0, received: 1000 });
		const local = await store.db.allDocs({ conflicts: true, include_docs: true });
		const rows = local.rows.filter((r) => !r.id.startsWith('_'));
		expect(rows.map((r) => r.id).sort()).toEqual([...ids].sort());
		for (const row of rows) {
			expect(row.value.rev.startsWith('1-')).toBe(true);
			expect((row.doc as { _conflicts?: unknown })._conflicts).toBeUndefined();
		}
	} finally {
		await pullProxy.close();
	}
}, 60_000);
