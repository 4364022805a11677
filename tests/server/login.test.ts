/**
 * Logging in at a desk (src/lib/app/login.ts) against the embedded server: the first login of a
 * laptop brings the catalogue and registers a desk; later logins work offline through the
 * verifier; the password itself is never stored (issue 5, items 4–5).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logIn, logOut } from '../../src/lib/app/login';
import { CouchHttp, type Fetch } from '../../src/lib/sync/couch-http';
import { readOfficerName } from '../../src/lib/sync/officer-directory';
import { CatalogueAdmin } from '../../src/lib/app/catalogue-admin';
import { embeddedTarget, type Target } from './support/targets.js';
import { basicAuth } from './support/sync-desk.js';
import { as, laptop as newLaptop } from './support/laptop.js';

let target: Target;
beforeAll(async () => {
	target = await embeddedTarget();
}, 30_000);
afterAll(async () => {
	await target?.close();
});

const laptop = () => newLaptop(target.url);

const fast = { iterations: 1_000 };

/** CouchDB 3: a user may not read their own `_users` document. */
const usersClosed =
	(fetch: Fetch): Fetch =>
	(input, init) =>
		String(input).includes('/_users/')
			? Promise.resolve(new Response('{"error":"forbidden"}', { status: 403 }))
			: fetch(input, init);

describe('login at a desk', () => {
	it('registers the laptop as a desk at the first login, with the catalogue, and keeps no password', async () => {
		const { officeA, users } = target.fixture;
		const one = laptop();
		const steps: string[] = [];
		const result = await logIn(one.session, as(users.deskA), {
			...fast,
			fetch: one.fetch,
			onStep: (s) => steps.push(s.step)
		});
		if (!result.ok) throw new Error(result.error);
		expect(result.online).toBe(true);
		expect(steps).toEqual(expect.arrayContaining(['checking', 'catalogue', 'desk', 'opening']));
		const { registration, workspace, officer } = result.session;
		expect(registration?.desk).toMatchObject({ id: `${officeA}-desk-01`, officeId: officeA });
		expect(registration?.desk.sequenceRange).toEqual({ first: 1, last: 500 });
		expect(officer).toMatchObject({
			userName: users.deskA.name,
			officeId: officeA,
			roles: ['desk-officer']
		});
		expect(workspace?.setup.officer.userName).toBe(users.deskA.name);
		expect(workspace?.procedures.map((p) => p.code)).toEqual(['1.001193']);
		// The verifier, never the password.
		const stored = JSON.stringify(await one.session.device.settings.toArray());
		expect(stored).not.toContain(users.deskA.password);
		expect(stored).toContain('PBKDF2-SHA-256');
		// Other desks of the office name this officer from the catalogue's directory (ADR 34).
		const directory = new CouchHttp(`${target.url}/${target.catalogueDb}`, { fetch: one.fetch });
		expect(await readOfficerName(directory, users.deskA.name)).toBe('Cán bộ desk-a');
		expect(workspace?.officerNames.get(users.supervisorA.name)).toBe('Cán bộ sup-a');
		workspace?.projector.stop();

		// A second laptop of the office takes the next desk; two at once never share one.
		const [two, three] = [laptop(), laptop()];
		const both = await Promise.all([
			logIn(two.session, as(users.deskA2), { ...fast, fetch: two.fetch }),
			logIn(three.session, as(users.deskA2), { ...fast, fetch: three.fetch })
		]);
		const desks = both.map((r) => (r.ok ? r.session.registration?.desk.id : r.error));
		expect(new Set(desks).size).toBe(2);
		expect(desks.sort()).toEqual([`${officeA}-desk-02`, `${officeA}-desk-03`]);
		for (const r of both) if (r.ok) r.session.workspace?.projector.stop();
	});

	it('names the officer from the catalogue’s directory when the server keeps `_users` from its owner (CouchDB 3)', async () => {
		const { users } = target.fixture;
		/** The name a fresh laptop shows for `user` on a server that keeps `_users` closed. */
		const nameAfterLogin = async (user: { name: string; password: string }) => {
			const desk = laptop();
			const result = await logIn(desk.session, as(user), {
				...fast,
				fetch: usersClosed(desk.fetch)
			});
			if (!result.ok) throw new Error(result.error);
			result.session.workspace?.projector.stop();
			return result.session.officer?.fullName;
		};
		expect(await nameAfterLogin(users.supervisorA)).toBe('Cán bộ sup-a');
		// A province officer's too.
		expect(await nameAfterLogin(users.provinceSupervisor)).toBe('Cán bộ psup');
	});

	it('takes no desk when the server cannot confirm the claim on every copy (202)', async () => {
		const { users } = target.fixture;
		const desk = laptop();
		// A cluster with a node down answers the claim 202: some copies only took it.
		const partial: Fetch = async (input, init) => {
			const response = await desk.fetch(input, init);
			if (init?.method === 'PUT' && String(input).includes('/desk%3A')) {
				return new Response(await response.text(), { status: 202, headers: response.headers });
			}
			return response;
		};
		const result = await logIn(desk.session, as(users.deskB), { ...fast, fetch: partial });
		expect(result).toEqual({ ok: false, error: 'desk-unconfirmed' });
		expect(desk.session.registration).toBeNull();
		// Once the server answers again for every copy, the next login takes the next slot.
		const again = await logIn(desk.session, as(users.deskB), { ...fast, fetch: desk.fetch });
		if (!again.ok) throw new Error(again.error);
		expect(again.session.registration?.slot).toBe(2);
		again.session.workspace?.projector.stop();
	});

	it('lets the same officer in offline with the verifier, and nobody else', async () => {
		const { users } = target.fixture;
		const desk = laptop();
		const first = await logIn(desk.session, as(users.deskA), { ...fast, fetch: desk.fetch });
		if (!first.ok) throw new Error(first.error);
		const out = await logOut(first.session, { fetch: desk.fetch });
		expect(out.active).toBeNull();

		const offline = { ...fast, fetch: desk.offline };
		expect(await logIn(out, { ...as(users.deskA), password: 'sai-mat-khau' }, offline)).toEqual({
			ok: false,
			error: 'wrong-password'
		});
		expect(await logIn(out, as(users.deskA2), offline)).toEqual({
			ok: false,
			error: 'first-login-offline'
		});
		// A laptop whose registration never happened cannot open a desk offline.
		expect(await logIn({ ...out, registration: null }, as(users.deskA), offline)).toEqual({
			ok: false,
			error: 'first-login-offline'
		});
		const again = await logIn(out, as(users.deskA), offline);
		expect(again.ok && again.online).toBe(false);
		expect(again.ok && again.session.workspace?.setup.officer.userName).toBe(users.deskA.name);
		if (again.ok) again.session.workspace?.projector.stop();
	});

	it('lets a province supervisor use a desk laptop for the province pages without its desk', async () => {
		const { officeA, users } = target.fixture;
		const desk = laptop();
		const first = await logIn(desk.session, as(users.deskA), { ...fast, fetch: desk.fetch });
		if (!first.ok) throw new Error(first.error);
		const province = await logIn(first.session, as(users.provinceSupervisor), {
			...fast,
			fetch: desk.fetch
		});
		if (!province.ok) throw new Error(province.error);
		// No desk for them: no workspace, the laptop's registration untouched.
		expect(province.session.workspace).toBeNull();
		expect(province.session.registration?.officeId).toBe(officeA);
		expect(province.session.officer?.province).not.toBeNull();
		// The desk's officer comes back to their desk.
		const back = await logIn(province.session, as(users.deskA), { ...fast, fetch: desk.fetch });
		if (!back.ok) throw new Error(back.error);
		expect(back.session.workspace?.setup.desk.id).toBe(first.session.registration?.desk.id);
		back.session.workspace?.projector.stop();
	});

	it('refuses a wrong password online and an officer of another office on a registered desk', async () => {
		const { users } = target.fixture;
		const desk = laptop();
		expect(
			await logIn(
				desk.session,
				{ ...as(users.deskA), password: 'sai' },
				{ ...fast, fetch: desk.fetch }
			)
		).toEqual({ ok: false, error: 'wrong-password' });
		const first = await logIn(desk.session, as(users.deskA), { ...fast, fetch: desk.fetch });
		if (!first.ok) throw new Error(first.error);
		first.session.workspace?.projector.stop();
		expect(await logIn(first.session, as(users.deskB), { ...fast, fetch: desk.fetch })).toEqual({
			ok: false,
			error: 'other-office'
		});
		// Switching to another officer of the office keeps the desk and names the new officer.
		const switched = await logIn(first.session, as(users.supervisorA), {
			...fast,
			fetch: desk.fetch
		});
		if (!switched.ok) throw new Error(switched.error);
		expect(switched.session.registration).toEqual(first.session.registration);
		expect(switched.session.workspace?.setup.officer).toMatchObject({
			userName: users.supervisorA.name,
			role: 'supervisor'
		});
	});

	it('gives a laptop the slot of one the province retired with its slot freed (ADR 34)', async () => {
		const { officeB, users } = target.fixture;
		const admin = new CatalogueAdmin(
			`${target.url}/${target.catalogueDb}`,
			users.admin.name,
			undefined,
			{
				headers: basicAuth(users.admin)
			}
		);
		const before = await admin.officeDesks(officeB);
		const first = before.find((d) => d.retirement === null);
		if (first === undefined) throw new Error('office B has a desk from the tests above');
		expect((await admin.retireDesk(officeB, first, 'free', true)).ok).toBe(true);
		const desk = laptop();
		const result = await logIn(desk.session, as(users.deskB), { ...fast, fetch: desk.fetch });
		if (!result.ok) throw new Error(result.error);
		result.session.workspace?.projector.stop();
		expect(result.session.registration?.slot).toBe(first.slot);
		expect(result.session.registration?.desk).toMatchObject({
			id: `${first.deskId}-2`,
			sequenceRange: first.range
		});
	});
});
