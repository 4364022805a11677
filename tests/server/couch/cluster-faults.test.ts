/**
 * `npm run test:couch` on a CouchDB cluster whose nodes the run may stop and start (ADR 14,
 * docs/deploy.md): what a desk sees when one node of a province's cluster goes down in the
 * middle of its work, and read-after-write through the balancer in the app's own flows.
 *
 * Runs when COUCH_URL is the balancer and the environment says how to reach and stop nodes:
 * - COUCH_NODES: the nodes' administrator URLs, comma-separated, in order (node 1, 2, 3);
 * - COUCH_NODE_STOP: a shell command that stops node `$NODE` (1-based), e.g. over ssh;
 * - COUCH_NODE_START: a shell command that starts every stopped node again.
 * Without them it is skipped (scripts/test-couch.js says so). The run provisions its own province
 * and removes it at the end.
 */
import { execSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { officeDbName } from '../../../server/couch/naming.js';
import { couchClient } from '../../../server/provision/couch-client.js';
import { logIn } from '../../../src/lib/app/login';
import type { Fetch } from '../../../src/lib/sync/couch-http';
import { OfficeSync } from '../../../src/lib/sync/office-sync';
import type { OfficeStore } from '../../../src/lib/storage/office-store';
import { as, laptop } from '../support/laptop.js';
import { basicAuth, deskStore, receiveMany } from '../support/sync-desk.js';
import { couchTarget, type Target } from '../support/targets.js';
import { until } from '../support/until.js';
import type { TestUser } from '../support/test-province.js';

const url = process.env.COUCH_URL;
const nodes = (process.env.COUCH_NODES ?? '').split(',').filter((n) => n !== '');
const stopCommand = process.env.COUCH_NODE_STOP;
const startCommand = process.env.COUCH_NODE_START;
const enabled = Boolean(url && nodes.length >= 3 && stopCommand && startCommand);

/** The node stopped in the middle of the syncs; its copies must catch up once it is back. */
const STOPPED = 2;

function stopNode(node: number): void {
	execSync(stopCommand!, { env: { ...process.env, NODE: String(node) }, stdio: 'ignore' });
}

async function startNodes(): Promise<void> {
	execSync(startCommand!, { stdio: 'ignore', timeout: 120_000 });
	await settled();
}

/** Until every node answers and has no internal replication left to do (at most a minute). */
async function settled(): Promise<void> {
	await until('the cluster settles', async () => {
		const pending = await Promise.all(
			nodes.map(async (node) => {
				const system = await couchClient(node)
					.json<{ internal_replication_jobs?: number }>('GET', '/_node/_local/_system')
					.catch(() => null);
				return system === null ? 1 : (system.internal_replication_jobs ?? 0);
			})
		);
		return pending.every((jobs) => jobs === 0) ? true : null;
	});
}

async function answers(node: number): Promise<boolean> {
	const up = await couchClient(nodes[node - 1]!)
		.request('GET', '/_up')
		.catch(() => null);
	return up?.status === 200;
}

/** A fetch that stops node `node` just before the `count`-th request whose URL has `marker`. */
function stoppingAt(marker: string, count: number, node: number): Fetch {
	let seen = 0;
	return (input, init) => {
		if (String(input).includes(marker)) {
			seen += 1;
			if (seen === count) stopNode(node);
		}
		return globalThis.fetch(input, init);
	};
}

describe.skipIf(!enabled)('a cluster whose nodes stop and start (COUCH_NODES)', () => {
	let target: Target;
	/** Documents written while node STOPPED was down: it must hold them once back. */
	const writtenWhileDown: string[] = [];

	beforeAll(async () => {
		await settled();
		target = await couchTarget(url!);
	}, 120_000);
	afterAll(async () => {
		// Whatever failed, leave every node running for the next suite.
		execSync(startCommand!, { stdio: 'ignore', timeout: 120_000 });
		await target?.close();
	}, 180_000);

	const officeUrl = () => `${target.url}/${officeDbName(target.fixture.officeA)}`;
	const syncOf = (store: OfficeStore, user: TestUser, fetch?: Fetch) =>
		new OfficeSync({
			db: store.db,
			remoteUrl: officeUrl(),
			headers: basicAuth(user),
			backoffMs: 300,
			maxBackoffMs: 2_000,
			...(fetch ? { fetch } : {})
		});
	/** The ids of the office's replicated documents on the server, read as its administrator. */
	const serverIds = async () => {
		const admin = couchClient(target.adminUrl);
		const all = await admin.json<{ rows: { id: string }[] }>(
			'GET',
			`/${officeDbName(target.fixture.officeA)}/_all_docs`
		);
		return all.rows.map((r) => r.id).filter((id) => /^(dossier|event):/.test(id));
	};
	const localIds = async (store: OfficeStore) =>
		(await store.db.allDocs()).rows.map((r) => r.id).filter((id) => /^(dossier|event):/.test(id));

	it('logs every officer in right after provisioning, whichever node each request reaches', async () => {
		// couchTarget provisioned the province through the balancer a moment ago.
		for (const user of target.fixture.province.users) {
			const desk = laptop(target.url);
			const result = await logIn(desk.session, as({ name: user.name, password: user.password! }), {
				iterations: 1_000,
				fetch: desk.fetch,
				catalogueDb: target.catalogueDb
			});
			expect(result.ok ? 'ok' : result.error, user.name).toBe('ok');
			if (!result.ok) continue;
			// CouchDB 3 keeps `_users` from its owner: an office officer's name comes from the office.
			if (user.office) expect(result.session.officer?.fullName).toBe(user.fullName);
			result.session.workspace?.projector.stop();
		}
	}, 120_000);

	it('brings a desk everything another desk has just sent, read through other nodes', async () => {
		const { officeA, users } = target.fixture;
		for (let round = 0; round < 8; round += 1) {
			const writer = deskStore(officeA);
			const sent = await receiveMany(writer, users.deskA.name, `RAW${round}`, 5);
			expect(await syncOf(writer, users.deskA).sync()).toMatchObject({ status: 'up-to-date' });
			// At once, a new laptop's first pull: the writes reached two copies, the reads go anywhere.
			const reader = deskStore(officeA);
			expect(await syncOf(reader, users.deskA2).sync()).toMatchObject({
				status: 'up-to-date',
				unsent: 0
			});
			expect(await localIds(reader), `round ${round}`).toEqual(expect.arrayContaining(sent));
		}
	}, 180_000);

	it('finishes a first sync when a node stops in the middle of it, and sends the desk’s own work', async () => {
		const { officeA, users } = target.fixture;
		const writer = deskStore(officeA);
		await receiveMany(writer, users.deskA.name, 'FST', 600);
		expect(await syncOf(writer, users.deskA).sync()).toMatchObject({ status: 'up-to-date' });
		const everything = await serverIds();
		expect(everything.length).toBeGreaterThanOrEqual(1_200);

		// A new laptop that received two dossiers before its first sync.
		const reader = deskStore(officeA);
		const mine = await receiveMany(reader, users.deskA2.name, 'FSM', 2);
		const run = await syncOf(reader, users.deskA2, stoppingAt('_bulk_get', 2, STOPPED)).sync();
		writtenWhileDown.push(...mine);
		expect(await answers(STOPPED), 'the node was stopped').toBe(false);
		expect(run).toMatchObject({ status: 'up-to-date', unsent: 0, rejected: [] });
		expect(await localIds(reader)).toEqual(expect.arrayContaining(everything));
		expect(await serverIds()).toEqual(expect.arrayContaining(mine));
	}, 300_000);

	it('finishes a day-end sync when a node stops in the middle of it, losing nothing', async () => {
		const { officeA, users } = target.fixture;
		const desk = deskStore(officeA);
		const day = await receiveMany(desk, users.deskA.name, 'DAY', 400);
		// The node stopped during the first sync comes back, and goes away again during the push.
		await startNodes();
		const run = await syncOf(desk, users.deskA, stoppingAt('_bulk_docs', 2, STOPPED)).sync();
		writtenWhileDown.push(...day);
		expect(await answers(STOPPED), 'the node was stopped').toBe(false);
		expect(run).toMatchObject({ status: 'up-to-date', unsent: 0, rejected: [] });
		expect(run.sent).toBe(day.length);
		expect(await serverIds()).toEqual(expect.arrayContaining(day));
	}, 300_000);

	it('catches a node brought back up: alone, it holds what was written while it was down', async () => {
		expect(writtenWhileDown.length).toBeGreaterThan(0);
		const others = [1, 2, 3].filter((n) => n !== STOPPED);
		const alone = couchClient(nodes[STOPPED - 1]!);
		const db = officeDbName(target.fixture.officeA);
		// The node catches up by internal replication, which starts some seconds after it is back
		// (its job count reads 0 before the jobs are scheduled): look at it alone, and if it still
		// lacks documents, bring the others back for a while and look again.
		let missing: string[] = writtenWhileDown;
		for (let attempt = 0; attempt < 5 && missing.length > 0; attempt++) {
			await startNodes();
			await new Promise((resolve) => setTimeout(resolve, 3_000 * attempt));
			await settled();
			for (const node of others) stopNode(node);
			try {
				const held = await alone.json<{ rows: { key: string; error?: string }[] }>(
					'POST',
					`/${db}/_all_docs`,
					{ keys: writtenWhileDown }
				);
				missing = held.rows.filter((r) => r.error !== undefined).map((r) => r.key);
			} finally {
				await startNodes();
			}
		}
		expect(missing).toEqual([]);
	}, 300_000);
});
