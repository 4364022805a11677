/**
 * The servers the suites run against: the embedded server (a temporary data folder, a free
 * port) or a real CouchDB 3.x given by COUCH_URL. Each is provisioned with a test province.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CATALOGUE_DB, officeDbName } from '../../../server/couch/naming.js';
import { startEmbeddedServer } from '../../../server/embedded.js';
import { couchClient, docPath } from '../../../server/provision/couch-client.js';
import { provision } from '../../../server/provision/provision.js';
import { remoteDatabase } from './desk-pouch.js';
import { runId, testProvince, type TestUser } from './test-province.js';

export interface Target {
	readonly kind: 'embedded' | 'couchdb';
	/** With a server administrator's credentials. */
	readonly adminUrl: string;
	/** Without credentials: users log in on their own. */
	readonly url: string;
	readonly id: string;
	readonly catalogueDb: string;
	readonly fixture: ReturnType<typeof testProvince>;
	/** Databases the suites make besides the provisioned ones, removed at the end. */
	readonly scratch: string[];
	close(): Promise<void>;
}

/** HTTP status CouchDB gives an authenticated user outside a database's members. */
export function nonMemberStatus(target: Target): number {
	return target.kind === 'embedded' ? 401 : 403;
}

export function clientAs(target: Target, user: TestUser) {
	const url = new URL(target.url);
	url.username = encodeURIComponent(user.name);
	url.password = encodeURIComponent(user.password);
	return couchClient(url.toString());
}

/** A database of the target as its server administrator sees it (PouchDB over HTTP). */
export function adminDatabase(target: Target, db: string) {
	const url = new URL(target.adminUrl);
	const admin = {
		name: decodeURIComponent(url.username),
		password: decodeURIComponent(url.password)
	};
	return remoteDatabase(`${target.url}/${db}`, admin);
}

export async function embeddedTarget(): Promise<Target> {
	const dataDir = await mkdtemp(join(tmpdir(), 'motcua-server-'));
	const server = await startEmbeddedServer({ dataDir, port: 0 });
	const id = runId();
	const fixture = testProvince(id);
	await provision({ url: server.adminDbUrl, province: fixture.province });
	return {
		kind: 'embedded',
		adminUrl: server.adminDbUrl,
		url: server.dbUrl,
		id,
		catalogueDb: CATALOGUE_DB,
		fixture,
		scratch: [],
		async close() {
			await server.close();
			await rm(dataDir, { recursive: true, force: true });
		}
	};
}

/** A CouchDB server: everything the run makes carries its id and is removed by `close`. */
export async function couchTarget(adminUrl: string): Promise<Target> {
	const id = runId();
	const fixture = testProvince(id);
	const catalogueDb = `${CATALOGUE_DB}_${id}`;
	await provision({ url: adminUrl, province: fixture.province, catalogueDb });
	const admin = couchClient(adminUrl);
	const scratch: string[] = [];
	// An embedded server given as COUCH_URL (to try this suite itself) keeps its own answers.
	const root = await admin.json<Record<string, unknown>>('GET', '/');
	return {
		kind: root['express-pouchdb'] === undefined ? 'couchdb' : 'embedded',
		adminUrl,
		url: admin.shown,
		id,
		catalogueDb,
		fixture,
		scratch,
		async close() {
			const dbs = [catalogueDb, officeDbName(fixture.officeA), officeDbName(fixture.officeB)];
			for (const db of [...dbs, ...scratch]) await admin.request('DELETE', `/${db}`);
			for (const user of fixture.province.users) {
				const path = docPath('_users', `org.couchdb.user:${user.name}`);
				const { status, body } = await admin.request<{ _rev: string }>('GET', path);
				if (status === 200) await admin.request('DELETE', `${path}?rev=${body._rev}`);
			}
		}
	};
}
