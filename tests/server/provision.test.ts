/**
 * The provisioning command's promises (architecture.md §6, ADR 6), on the embedded server:
 * safe to run again, upgrades what changed, keeps passwords, refuses what is not a CouchDB
 * administrator, never shows a password.
 */
import { missingNodes, shardProblems } from '../../server/provision/cluster.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { parseCalendarYear } from '../../src/lib/domain/calendar/calendar-year';
import { DESIGN_DOC_ID } from '../../server/couch/design-docs.js';
import { officeDbName } from '../../server/couch/naming.js';
import { couchClient, docPath } from '../../server/provision/couch-client.js';
import { ProvisionRefused, provision } from '../../server/provision/provision.js';
import { readProvinceFile, type Province } from '../../server/provision/province.js';
import { clientAs, embeddedTarget, type Target } from './support/targets.js';

type Session = { userCtx: { name: string; roles: string[] } };
type DesignDoc = { _rev: string; version: string; validate_doc_update: string };

let target: Target;
beforeAll(async () => {
	target = await embeddedTarget();
}, 30_000);
afterAll(async () => {
	await target?.close();
});

async function run(province: Province, options: { resetPasswords?: boolean } = {}) {
	const lines: string[] = [];
	await provision({ url: target.adminUrl, province, log: (l) => lines.push(l), ...options });
	return lines.join('\n');
}

function refusal(promise: Promise<unknown>) {
	return promise.then(
		() => null,
		(error: unknown) => error as Error
	);
}

describe('provisioning', () => {
	it('changes nothing when run again', async () => {
		const log = await run(target.fixture.province);
		expect(log).not.toMatch(/: created|_security set|installed|upgraded|: updated/);
		expect(log.match(/: unchanged$/gm)).toHaveLength(target.fixture.province.users.length);
		expect(log.match(/exists; _security unchanged; validation unchanged/g)).toHaveLength(3);
		expect(log).toMatch(/0 created, 0 updated, 4 unchanged/);
	});

	it('writes every officer’s record into the catalogue’s directory, which every desk reads', async () => {
		const { officeA, users } = target.fixture;
		const read = await clientAs(target, users.deskB).json<{
			rows: { doc: Record<string, unknown> }[];
		}>(
			'GET',
			`/${target.catalogueDb}/_all_docs?include_docs=true&startkey="officer:"&endkey="officer:\ufff0"`
		);
		const byName = new Map(read.rows.map((r) => [r.doc.userName, r.doc]));
		expect(byName.size).toBe(Object.keys(users).length);
		expect(byName.get(users.deskA.name)).toMatchObject({
			type: 'officer',
			fullName: 'Cán bộ desk-a',
			officeId: officeA,
			functions: ['desk-officer'],
			disabled: false
		});
		expect(byName.get(users.admin.name)).toMatchObject({
			officeId: null,
			functions: ['province-admin']
		});
		// Province administrators manage accounts as `_users`' administrators (ADR 34).
		const security = await couchClient(target.adminUrl).json<{ admins: { roles: string[] } }>(
			'GET',
			'/_users/_security'
		);
		expect(security.admins.roles).toEqual(['province-admin']);
	});

	it('updates roles and names but keeps the password, unless asked to reset it', async () => {
		const { province, users } = target.fixture;
		const moved = province.users.map((u) =>
			u.name === users.deskA2.name ? { ...u, roles: ['processing-officer'] } : u
		);
		const log = await run({ ...province, users: moved });
		expect(log).toContain(
			`${users.deskA2.name} (${target.fixture.officeA}, processing-officer): updated`
		);
		const session = await clientAs(target, users.deskA2).json<Session>('GET', '/_session');
		expect(session.userCtx.roles).toEqual([
			`office:${target.fixture.officeA}`,
			'role:processing-officer'
		]);

		const renewed = moved.map((u) =>
			u.name === users.deskA2.name ? { ...u, password: 'new-pw-1' } : u
		);
		await run({ ...province, users: renewed });
		expect(
			(await clientAs(target, users.deskA2).request<Session>('GET', '/_session')).body.userCtx.name
		).toBe(users.deskA2.name);
		await run({ ...province, users: renewed }, { resetPasswords: true });
		const fresh = { name: users.deskA2.name, password: 'new-pw-1' };
		expect((await clientAs(target, fresh).json<Session>('GET', '/_session')).userCtx.name).toBe(
			fresh.name
		);
		await run(province, { resetPasswords: true });
	});

	it('writes a changed catalogue document over its revision, with plain HTTP', async () => {
		const { province } = target.fixture;
		const [first, ...rest] = province.catalogue.procedures;
		const renamed = { ...first!, name: `${String(first!.name)} (sửa đổi)` };
		const log = await run({
			...province,
			catalogue: { ...province.catalogue, procedures: [renamed, ...rest] }
		});
		expect(log).toMatch(/0 created, 1 updated, 3 unchanged/);
		const admin = couchClient(target.adminUrl);
		const stored = await admin.json<{ name: string; _rev: string }>(
			'GET',
			docPath(target.catalogueDb, `procedure:${first!.code}`)
		);
		expect([stored.name, stored._rev.split('-')[0]]).toEqual([renamed.name, '2']);
		await run(province);
	});

	it('upgrades a design document of another version, and only that one', async () => {
		const admin = couchClient(target.adminUrl);
		const db = officeDbName(target.fixture.officeB);
		const path = docPath(db, DESIGN_DOC_ID);
		const current = await admin.json<DesignDoc>('GET', path);
		await admin.json('PUT', path, {
			...current,
			version: 'old',
			validate_doc_update: 'function () {}'
		});
		const log = await run(target.fixture.province);
		expect(log).toContain(
			`${db}: exists; _security unchanged; validation upgraded (${current.version})`
		);
		expect(log.match(/validation upgraded/g)).toHaveLength(1);
		expect((await admin.json<DesignDoc>('GET', path)).validate_doc_update).toBe(
			current.validate_doc_update
		);
	});

	it('refuses credentials that are not a server administrator’s, without showing them', async () => {
		const officer = target.fixture.users.deskA;
		const url = new URL(target.url);
		url.username = officer.name;
		url.password = officer.password;
		const error = await refusal(
			provision({ url: url.toString(), province: target.fixture.province })
		);
		expect(error).toBeInstanceOf(ProvisionRefused);
		expect(error?.message).toMatch(/not a server administrator/);
		expect(error?.message).not.toContain(officer.password);
	});

	it('refuses a server that is not CouchDB 3.x nor the embedded server', async () => {
		const appRoot = new URL(target.adminUrl);
		appRoot.pathname = '/';
		const error = await refusal(
			provision({ url: appRoot.toString(), province: target.fixture.province })
		);
		expect(error).toBeInstanceOf(ProvisionRefused);
		expect(error?.message).toMatch(/is not a CouchDB 3\.x/);
		expect(error?.message).not.toContain(appRoot.password);
	});

	it('refuses a province file with problems, naming them', async () => {
		const { province } = target.fixture;
		const bad: Province = {
			...province,
			catalogue: { ...province.catalogue, offices: [{ id: 'Bad Office', procedureCodes: [] }] },
			users: [{ name: 'x', roles: ['mayor'], office: 'Bad Office' }]
		};
		const error = await refusal(provision({ url: target.adminUrl, province: bad }));
		expect(error).toBeInstanceOf(ProvisionRefused);
		expect(error?.message).toContain('office id "Bad Office" must match');
		expect(error?.message).toContain('user "x": unknown roles mayor');
		expect(error?.message).toContain('give "password" or "passwordEnv"');
	});
});

describe('the demo province file', () => {
	it('describes the demo catalogue, the built-in calendars and the demo users', async () => {
		const file = fileURLToPath(new URL('../../server/demo-province.json', import.meta.url));
		const province = await readProvinceFile(file);
		const { procedures, offices, calendars } = province.catalogue;
		expect([procedures.length, offices.length, calendars.length]).toEqual([62, 2, 9]);
		expect(province.notes).toEqual([]);
		expect(offices.map((o) => [o.id, o.procedureCodes.length])).toEqual([
			['lson-province', 7],
			['lson-luongvantri', 55]
		]);
		for (const year of calendars) expect(parseCalendarYear(year).ok).toBe(true);
		expect(province.users.map((u) => [u.name, u.office ?? null, u.roles.join()])).toEqual([
			['lvt.motcua1', 'lson-luongvantri', 'desk-officer'],
			['lvt.motcua2', 'lson-luongvantri', 'desk-officer'],
			['lvt.giamsat', 'lson-luongvantri', 'supervisor'],
			['tinh.motcua1', 'lson-province', 'desk-officer'],
			['tinh.giamsat', null, 'province-supervisor'],
			['tinh.quantri', null, 'province-admin']
		]);
	});
});

describe('provisioning on a cluster (issue 14)', () => {
	it('reports shard ranges held by fewer nodes than n, and nodes that do not answer', () => {
		expect(
			shardProblems('motcua_office_a', 3, {
				'00000000-7fffffff': ['n1', 'n2', 'n3'],
				'80000000-ffffffff': ['n1', 'n2']
			})
		).toEqual(['motcua_office_a: shard 80000000-ffffffff on 2 of 3 nodes']);
		expect(shardProblems('db', 1, { '00000000-ffffffff': ['n1'] })).toEqual([]);
		expect(missingNodes({ all_nodes: ['n1', 'n2'], cluster_nodes: ['n1', 'n2', 'n3'] })).toEqual([
			'n3'
		]);
	});
});
