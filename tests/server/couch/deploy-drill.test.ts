/**
 * The runnable steps of docs/deploy.md, run against a cluster on this machine: the nodes form
 * one cluster and every office database keeps a copy on each; a session cookie from one node
 * opens the others (the balancer needs no sticky sessions); the balancer's health check; the
 * monitoring endpoints; an office backed up by continuous replication to a backup server, lost,
 * and restored, after which a desk sends again what the backup lacked (architecture.md §5).
 *
 * Runs under `npm run test:couch` when COUCH_URL is a cluster's balancer, COUCH_NODES its nodes
 * (administrator URLs, comma-separated) and COUCH_BACKUP_URL another CouchDB 3.x (an
 * administrator URL) that receives the backups. The run removes what it made.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { officeDbName } from '../../../server/couch/naming.js';
import { couchClient, docPath } from '../../../server/provision/couch-client.js';
import { provision } from '../../../server/provision/provision.js';
import { OfficeSync } from '../../../src/lib/sync/office-sync';
import type { OfficeStore } from '../../../src/lib/storage/office-store';
import { basicAuth, deskStore, receiveMany } from '../support/sync-desk.js';
import { couchTarget, type Target } from '../support/targets.js';
import { until } from '../support/until.js';

const url = process.env.COUCH_URL;
const nodes = (process.env.COUCH_NODES ?? '').split(',').filter((n) => n !== '');
const backupUrl = process.env.COUCH_BACKUP_URL;
const enabled = Boolean(url && nodes.length >= 2 && backupUrl);

/** An administrator URL's credentials, for a `_replicator` document. */
function endpoint(adminUrl: string, db: string) {
	const parsed = new URL(adminUrl);
	const auth = {
		basic: {
			username: decodeURIComponent(parsed.username),
			password: decodeURIComponent(parsed.password)
		}
	};
	parsed.username = '';
	parsed.password = '';
	return { url: `${parsed.toString().replace(/\/$/, '')}/${db}`, auth };
}

/**
 * A one-shot `POST /_replicate`, asked again when the replicator's own login to an endpoint failed
 * on a connection the balancer had closed (`replication_auth_error`, seen once in CI right after
 * the cluster's nodes were restarted): an operator running docs/deploy.md §6 does the same.
 */
async function replicateOnce<T>(run: () => Promise<T>, attempts = 4): Promise<T> {
	for (let attempt = 1; ; attempt++) {
		try {
			return await run();
		} catch (error) {
			const body = (error as { body?: { error?: string } }).body;
			if (attempt >= attempts || body?.error !== 'replication_auth_error') throw error;
			await new Promise((resolve) => setTimeout(resolve, 1_000 * attempt));
		}
	}
}

describe.skipIf(!enabled)('the production recipe, step by step (docs/deploy.md)', () => {
	let target: Target;
	let db: string;
	const admin = () => couchClient(target.adminUrl);
	const backup = () => couchClient(backupUrl!);
	const replication = () => `motcua-backup-${db}`;

	beforeAll(async () => {
		target = await couchTarget(url!);
		db = officeDbName(target.fixture.officeA);
	}, 120_000);
	afterAll(async () => {
		const doc = await admin().request<{ _rev?: string }>(
			'GET',
			docPath('_replicator', replication())
		);
		if (doc.status === 200) {
			await admin().request(
				'DELETE',
				`${docPath('_replicator', replication())}?rev=${doc.body._rev}`
			);
		}
		await backup().request('DELETE', `/${db}`);
		await target?.close();
	}, 120_000);

	const syncOf = (store: OfficeStore) =>
		new OfficeSync({
			db: store.db,
			remoteUrl: `${target.url}/${db}`,
			headers: basicAuth(target.fixture.users.deskA),
			backoffMs: 300
		});
	const ids = async (client: ReturnType<typeof couchClient>) => {
		const all = await client.json<{ rows: { id: string }[] }>('GET', `/${db}/_all_docs`);
		return all.rows.map((r) => r.id).filter((id) => /^(dossier|event):/.test(id));
	};

	it('§1: the nodes form one cluster and each office database keeps a copy on every node', async () => {
		const membership = await admin().json<{ all_nodes: string[]; cluster_nodes: string[] }>(
			'GET',
			'/_membership'
		);
		expect(membership.cluster_nodes).toHaveLength(nodes.length);
		expect([...membership.all_nodes].sort()).toEqual([...membership.cluster_nodes].sort());
		const info = await admin().json<{ cluster?: { n: number; q: number } }>('GET', `/${db}`);
		expect(info.cluster?.n).toBe(nodes.length);
		const shards = await admin().json<{ shards: Record<string, string[]> }>(
			'GET',
			`/${db}/_shards`
		);
		for (const copies of Object.values(shards.shards)) expect(copies).toHaveLength(nodes.length);
	});

	it('§3: every node answers the balancer’s health check and accepts another node’s session cookie', async () => {
		for (const node of nodes) {
			const up = await couchClient(node).json<{ status: string }>('GET', '/_up');
			expect(up.status).toBe('ok');
		}
		const { deskA } = target.fixture.users;
		const [first, ...others] = nodes.map((n) => new URL(n).origin);
		const login = await fetch(`${first}/_session`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ name: deskA.name, password: deskA.password })
		});
		expect(login.status).toBe(200);
		const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
		expect(cookie).toMatch(/^AuthSession=/);
		for (const origin of others) {
			const session = await fetch(`${origin}/_session`, { headers: { Cookie: cookie } });
			const body = (await session.json()) as { userCtx?: { name?: string } };
			expect(body.userCtx?.name, origin).toBe(deskA.name);
		}
	});

	it('§5–§6: backs an office up continuously, restores it after a loss, and the desks send again what the backup lacked', async () => {
		const desk = deskStore(target.fixture.officeA);
		const before = await receiveMany(desk, target.fixture.users.deskA.name, 'BAK', 30);
		expect(await syncOf(desk).sync()).toMatchObject({ status: 'up-to-date' });

		// §5: the cluster itself replicates the office to the backup server, continuously.
		await admin().json('PUT', docPath('_replicator', replication()), {
			source: endpoint(target.adminUrl, db),
			target: endpoint(backupUrl!, db),
			create_target: true,
			continuous: true
		});
		await until('the backup holds the office', async () => {
			const held = await backup().request<{ rows?: { id: string }[] }>('GET', `/${db}/_all_docs`);
			const got = new Set((held.body?.rows ?? []).map((r) => r.id));
			return before.every((id) => got.has(id)) ? true : null;
		});
		// §6: monitoring sees the backup as a running replication.
		const jobs = await admin().json<{ docs: { doc_id: string; state: string }[] }>(
			'GET',
			'/_scheduler/docs/_replicator'
		);
		expect(jobs.docs.find((d) => d.doc_id === replication())?.state).toBe('running');
		const stats = await couchClient(nodes[0]!).json<{
			couchdb?: { httpd?: { requests?: { value: number } } };
		}>('GET', '/_node/_local/_stats');
		expect(stats.couchdb?.httpd?.requests?.value).toBeGreaterThan(0);
		const system = await couchClient(nodes[0]!).json<{ internal_replication_jobs?: number }>(
			'GET',
			'/_node/_local/_system'
		);
		expect(typeof system.internal_replication_jobs).toBe('number');

		// The backup stops (say, the last nightly copy); the desk goes on working and syncing.
		const replicator = await admin().json<{ _rev: string }>(
			'GET',
			docPath('_replicator', replication())
		);
		await admin().json('DELETE', `${docPath('_replicator', replication())}?rev=${replicator._rev}`);
		// The node running the job stops it only once it sees the deletion: until then it would
		// still copy what the desk sends next to the backup.
		await until('the backup replication has stopped', async () => {
			const listed = await admin().json<{ docs: { doc_id: string }[] }>(
				'GET',
				'/_scheduler/docs/_replicator'
			);
			const running = await admin().json<{ jobs: { doc_id?: string }[] }>(
				'GET',
				'/_scheduler/jobs'
			);
			const gone = ({ doc_id }: { doc_id?: string }) => doc_id !== replication();
			return listed.docs.every(gone) && running.jobs.every(gone) ? true : null;
		});
		const after = await receiveMany(desk, target.fixture.users.deskA.name, 'AFT', 5);
		expect(await syncOf(desk).sync()).toMatchObject({ status: 'up-to-date', unsent: 0 });

		// The office database is lost.
		await admin().json('DELETE', `/${db}`);

		// Restore: provisioning recreates the database with its security and validation, then the
		// backup is replicated into it.
		await provision({
			url: target.adminUrl,
			province: target.fixture.province,
			catalogueDb: target.catalogueDb
		});
		const restored = await replicateOnce(() =>
			admin().json<{ ok?: boolean }>('POST', '/_replicate', {
				source: endpoint(backupUrl!, db),
				target: endpoint(target.adminUrl, db)
			})
		);
		expect(restored.ok).toBe(true);
		const onServer = new Set(await ids(admin()));
		expect(before.every((id) => onServer.has(id))).toBe(true);
		expect(after.some((id) => onServer.has(id))).toBe(false);
		const security = await admin().json<{ members?: { roles?: string[] } }>(
			'GET',
			`/${db}/_security`
		);
		expect(security.members?.roles).toContain(`office:${target.fixture.officeA}`);

		// The desk's next sync finds the server restored (its marker is gone) and sends again what
		// the backup lacked; nothing is lost.
		const run = await syncOf(desk).sync();
		expect(run).toMatchObject({ status: 'up-to-date', unsent: 0, rejected: [] });
		expect(run.sent).toBe(after.length);
		const now = new Set(await ids(admin()));
		expect([...before, ...after].every((id) => now.has(id))).toBe(true);
	}, 300_000);
});
