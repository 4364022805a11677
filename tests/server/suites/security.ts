/**
 * Security of the provisioned databases (architecture.md §4, ADR 6), through HTTP as the desks
 * and administrators meet it. Run against the embedded server by `npm test` and against a real
 * CouchDB by `npm run test:couch`.
 */
import { describe, expect, it } from 'vitest';
import { officeDbName } from '../../../server/couch/naming.js';
import { couchClient, docPath } from '../../../server/provision/couch-client.js';
import { CatalogueAdmin } from '../../../src/lib/app/catalogue-admin';
import {
	addEntry,
	addNotice,
	emptyEntryDraft
} from '../../../src/lib/domain/calendar/calendar-edit';
import { draftOfOffice } from '../../../src/lib/domain/catalogue/office-draft';
import { draftOfProcedure } from '../../../src/lib/domain/catalogue/procedure-draft';
import { fetchProvinceSubmissions } from '../../../src/lib/sync/province-counts';
import { reportDoc } from '../support/office-docs.js';
import { basicAuth } from '../support/sync-desk.js';
import { until } from '../support/until.js';
import { clientAs, nonMemberStatus, type Target } from '../support/targets.js';
import type { TestUser } from '../support/test-province.js';

const AT = '2026-11-25T08:30:00';

/** A dossier document as a desk writes it (every field the app's intake record has). */
export function dossierFor(officeId: string, by: string, code: string) {
	return {
		_id: `dossier:${code}`,
		type: 'dossier',
		schemaVersion: 1,
		by,
		code,
		officeId,
		deskId: `${officeId}-desk-01`,
		receivedBy: by,
		procedure: {
			code: '1.001193',
			version: 1,
			name: 'Đăng ký khai sinh',
			sector: 'Hộ tịch',
			time: { unit: 'none' },
			steps: []
		},
		applicant: {
			fullName: 'Nguyễn Văn A',
			idType: 'citizen-id',
			idNumber: '001099012345',
			address: 'Lạng Sơn'
		},
		components: [],
		sets: 1,
		channel: 'direct',
		resultReturn: { kind: 'desk' },
		feeVnd: 0,
		receivedAt: AT,
		dueAt: null,
		ruleVersion: 'nd118-2025'
	};
}

export function eventFor(officeId: string, by: string, code: string, kind = 'transfer', n = 1) {
	const id = `event:${code}:${AT}:${officeId}-desk-01:${String(n).padStart(3, '0')}`;
	const payload = kind === 'transfer' ? { toUnit: 'Tư pháp' } : { reason: 'Hết thời hạn' };
	const extra = kind === 'stop' ? { returnedUnresolved: false } : {};
	return {
		_id: id,
		id,
		type: 'event',
		schemaVersion: 1,
		officeId,
		dossierCode: code,
		kind,
		at: AT,
		by,
		deskId: `${officeId}-desk-01`,
		payload: { ...payload, ...extra }
	};
}

/** The short code at the start of a CouchDB `reason`. */
function codeOf(body: unknown): string {
	const reason = (body as { reason?: unknown } | null)?.reason;
	return typeof reason === 'string' ? (reason.split(':')[0] ?? '') : '';
}

export function securitySuite(target: () => Target) {
	describe('security of the provisioned databases', () => {
		const t = () => target();
		const dbA = () => officeDbName(t().fixture.officeA);
		const dbB = () => officeDbName(t().fixture.officeB);
		/** Copies of each document the server keeps (the database's `n`; 1 on a single node). */
		const copies = async () => {
			const info = await clientAs(t(), t().fixture.users.deskA).request('GET', `/${dbA()}`);
			return (info.body as { cluster?: { n?: number } }).cluster?.n ?? 1;
		};
		const put = (user: keyof Target['fixture']['users'], db: string, doc: { _id: string }) =>
			clientAs(t(), t().fixture.users[user]).request('PUT', docPath(db, doc._id), doc);

		it('lets an officer read their office and refuses the other office', async () => {
			const officer = clientAs(t(), t().fixture.users.deskA);
			expect((await officer.request('GET', `/${dbA()}/_all_docs`)).status).toBe(200);
			const other = await officer.request('GET', `/${dbB()}/_all_docs`);
			expect(other.status).toBe(nonMemberStatus(t()));
			expect((await officer.request('GET', `/${dbB()}/_changes`)).status).toBe(
				nonMemberStatus(t())
			);
		});

		it('refuses anonymous reads and lets province roles read every office', async () => {
			const anonymous = couchClient(t().url);
			expect((await anonymous.request('GET', `/${dbA()}/_all_docs`)).status).toBe(401);
			for (const user of ['admin', 'provinceSupervisor'] as const) {
				const client = clientAs(t(), t().fixture.users[user]);
				expect((await client.request('GET', `/${dbB()}/_all_docs`)).status).toBe(200);
			}
		});

		it('refuses a write into another office database', async () => {
			const { officeB, users } = t().fixture;
			const response = await put('deskA', dbB(), dossierFor(officeB, users.deskA.name, 'X-1'));
			expect(response.status).toBe(nonMemberStatus(t()));
		});

		it('accepts an officer’s own dossier and event, and refuses another officer’s name', async () => {
			const { officeA, users } = t().fixture;
			const me = users.deskA.name;
			expect((await put('deskA', dbA(), dossierFor(officeA, me, 'SEC-1'))).status).toBe(201);
			expect((await put('deskA', dbA(), eventFor(officeA, me, 'SEC-1'))).status).toBe(201);
			const forged = await put(
				'deskA',
				dbA(),
				eventFor(officeA, users.deskA2.name, 'SEC-1', 'transfer', 2)
			);
			expect(forged.status).toBe(403);
			expect(codeOf(forged.body)).toBe('not-author');
		});

		it('refuses to update or delete an existing dossier', async () => {
			const { officeA, users } = t().fixture;
			const doc = dossierFor(officeA, users.deskA.name, 'SEC-2');
			const created = await put('deskA', dbA(), doc);
			const rev = String((created.body as { rev: string }).rev);
			const changed = { ...doc, _rev: rev, applicant: { ...doc.applicant, fullName: 'Khác' } };
			const update = await put('deskA', dbA(), changed);
			// On a cluster the copy asked may not hold the creation yet: it answers 409, not the
			// validation's 403. Either way the update is refused and nothing changes.
			expect([403, 409]).toContain(update.status);
			if (update.status === 403) expect(codeOf(update.body)).toBe('immutable');
			const officer = clientAs(t(), users.deskA);
			const removal = await officer.request('DELETE', `${docPath(dbA(), doc._id)}?rev=${rev}`);
			expect([403, 409]).toContain(removal.status);
			// Read back from every copy: the one revision written, the original applicant.
			const stored = await officer.request(
				'GET',
				`${docPath(dbA(), doc._id)}?conflicts=true&r=${await copies()}`
			);
			expect(stored.status).toBe(200);
			expect(stored.body).toMatchObject({
				_rev: rev,
				applicant: { fullName: doc.applicant.fullName }
			});
			expect((stored.body as { _conflicts?: unknown })._conflicts).toBeUndefined();
		});

		it('refuses unknown document types and kinds outside the user’s role', async () => {
			const { officeA, users } = t().fixture;
			const odd = { _id: 'note:1', type: 'note', schemaVersion: 1, officeId: officeA };
			const unknown = await put('deskA', dbA(), odd);
			expect([unknown.status, codeOf(unknown.body)]).toEqual([403, 'unknown-type']);
			const sup = users.supervisorA.name;
			const transfer = await put(
				'supervisorA',
				dbA(),
				eventFor(officeA, sup, 'SEC-1', 'transfer', 3)
			);
			expect([transfer.status, codeOf(transfer.body)]).toEqual([403, 'role-not-allowed']);
			const stop = await put('supervisorA', dbA(), eventFor(officeA, sup, 'SEC-1', 'stop', 4));
			expect(stop.status).toBe(201);
		});

		it('keeps feedback (PAKN) in its office: written by its desk, unreadable to another office', async () => {
			const { officeA, users } = t().fixture;
			const me = users.deskA.name;
			const code = 'PA-261125-0001';
			const intake = {
				_id: `feedback:${code}`,
				type: 'feedback',
				schemaVersion: 1,
				by: me,
				code,
				officeId: officeA,
				deskId: `${officeA}-desk-01`,
				receivedBy: me,
				receivedAt: AT,
				dueAt: '2026-12-09T08:30:00',
				sender: { name: 'Trần Văn Bình', phone: '0912345678' },
				channel: 'direct',
				kind: 'conduct',
				content: 'Cán bộ tiếp nhận hẹn trả kết quả muộn hơn quy định.'
			};
			expect((await put('deskA', dbA(), intake)).status).toBe(201);
			const stepId = `feedback:${code}:${AT}:${officeA}-desk-01:001`;
			const step = {
				_id: stepId,
				id: stepId,
				type: 'feedback-step',
				schemaVersion: 1,
				officeId: officeA,
				feedbackCode: code,
				kind: 'assign',
				at: AT,
				by: me,
				deskId: `${officeA}-desk-01`,
				payload: { unit: 'Lãnh đạo Trung tâm' }
			};
			expect((await put('deskA', dbA(), step)).status).toBe(201);
			// Publishing is the leader's or the supervisor's: the desk is refused.
			const publishId = `feedback:${code}:${AT}:${officeA}-desk-01:002`;
			const publish = {
				...step,
				_id: publishId,
				id: publishId,
				kind: 'publish',
				payload: { published: true }
			};
			const refused = await put('deskA', dbA(), publish);
			expect([refused.status, codeOf(refused.body)]).toEqual([403, 'role-not-allowed']);
			const other = clientAs(t(), users.deskB);
			const read = await other.request('GET', docPath(dbA(), intake._id));
			expect(read.status).toBe(nonMemberStatus(t()));
			const listed = await other.request('GET', `/${dbA()}/_all_docs?startkey=%22feedback%3A%22`);
			expect(listed.status).toBe(nonMemberStatus(t()));
			const own = await clientAs(t(), users.deskA2).request('GET', docPath(dbA(), intake._id));
			expect([own.status, (own.body as { content?: string }).content]).toEqual([
				200,
				intake.content
			]);
		});

		it('takes an office’s report from its supervisor, not its desk, and the province reads it', async () => {
			const { officeA, users } = t().fixture;
			const report = (by: string) => ({
				...reportDoc(by),
				_id: `report:2026-10-15:2026-11-14:${AT}:${officeA}-desk-01`,
				officeId: officeA,
				deskId: `${officeA}-desk-01`
			});
			const refused = await put('deskA', dbA(), report(users.deskA.name));
			expect([refused.status, codeOf(refused.body)]).toEqual([403, 'role-not-allowed']);
			expect((await put('supervisorA', dbA(), report(users.supervisorA.name))).status).toBe(201);
			// The province supervisor reads it the way the province page does (ADR 32).
			const read = await fetchProvinceSubmissions({
				serverUrl: t().url,
				catalogueDb: t().catalogueDb,
				headers: basicAuth(users.provinceSupervisor),
				period: { from: '2026-10-15', to: '2026-11-14' }
			});
			expect(read.ok).toBe(true);
			if (!read.ok) return;
			const mine = read.offices.find((o) => o.office.id === officeA);
			expect(mine?.ok && mine.submission?.total.columns.totalToHandle).toBe(2);
			expect(mine?.ok && mine.submission?.submittedBy).toBe(users.supervisorA.name);
		});

		it('lets a province administrator change the catalogue and nobody else', async () => {
			const db = t().catalogueDb;
			const path = docPath(db, 'procedure:1.001193');
			const officer = clientAs(t(), t().fixture.users.deskA);
			const read = await officer.request<Record<string, unknown>>('GET', path);
			expect(read.status).toBe(200);
			const edited = { ...read.body, feeNote: `edited by ${t().id}` };
			const refused = await officer.request('PUT', path, edited);
			expect([refused.status, codeOf(refused.body)]).toEqual([403, 'not-province-admin']);
			// An administrator's own write must be signed and be the next version (ADR 34).
			const admin = clientAs(t(), t().fixture.users.admin);
			const unsigned = await admin.request('PUT', path, edited);
			expect([unsigned.status, codeOf(unsigned.body)]).toEqual([403, 'not-author']);
		});

		it('takes catalogue changes made through the administration pages’ code (ADR 34)', async () => {
			const { users, officeA, officeB } = t().fixture;
			const url = `${t().url}/${t().catalogueDb}`;
			let at = Date.parse('2026-12-04T01:00:00.000Z');
			const clock = () => (at += 1000);
			const admin = new CatalogueAdmin(url, users.admin.name, clock, {
				headers: basicAuth(users.admin)
			});
			const offices = await admin.offices();
			const birth = (await admin.procedures()).find((p) => p.procedure.code === '1.001193');
			expect(birth).toBeDefined();
			if (birth === undefined) return;
			const draft = {
				...draftOfProcedure(birth.procedure),
				timeUnit: 'working-days' as const,
				timeAmount: '3'
			};
			// Both test offices receive it; from this version on only office A does.
			const onlyA = new Set([officeA]);
			const saved = await admin.saveProcedure(draft, birth, onlyA, offices);
			expect(saved).toEqual({ ok: true, officesFailed: [], auditMissing: false });
			// Listings answer from one copy of each shard: on a cluster they may trail a write.
			const after = await until('the new version listed', async () => {
				const found = (await admin.procedures()).find((p) => p.procedure.code === '1.001193');
				return found?.procedure.version === birth.procedure.version + 1 ? found : null;
			});
			expect(after.procedure.version).toBe(birth.procedure.version + 1);
			expect(after.procedure.time).toEqual({ unit: 'working-days', amount: 3 });
			expect(after.changedBy).toBe(users.admin.name);
			const officeBAfter = await until('office B without the procedure', async () => {
				const found = (await admin.offices()).find((o) => o.office.id === officeB);
				return found && !found.office.procedureCodes.includes('1.001193') ? found : null;
			});
			expect(officeBAfter.office.procedureCodes).not.toContain('1.001193');
			// A second save from the version read before is somebody else's conflict; nothing written.
			const stale = await admin.saveProcedure({ ...draft, timeAmount: '9' }, birth, onlyA, []);
			expect(stale).toEqual({ ok: false, error: 'conflict' });
			const duplicate = await admin.saveProcedure(draft, null, new Set(), []);
			expect(duplicate).toEqual({ ok: false, error: 'duplicate-code' });
			// A desk officer using the same code is refused by the server.
			const officer = new CatalogueAdmin(url, users.deskA.name, clock, {
				headers: basicAuth(users.deskA)
			});
			expect(await officer.setRetired(after, true)).toEqual({
				ok: false,
				error: 'refused',
				reason: 'not-province-admin'
			});
			// A holiday added to a year the catalogue lacks; the audit trail lists every change.
			const year = admin.startingYear(2026);
			expect(year).not.toBeNull();
			if (year === null) return;
			const withNotice = addNotice(year, {
				number: '99/TB-TEST',
				date: '01/12/2026',
				kind: 'Thông báo'
			});
			expect(withNotice.ok).toBe(true);
			if (!withNotice.ok) return;
			const holiday = addEntry(withNotice.value, {
				...emptyEntryDraft(),
				from: '10/12/2026',
				basis: '99/TB-TEST'
			});
			expect(holiday.ok).toBe(true);
			if (!holiday.ok) return;
			const calendarSaved = await admin.saveCalendar(holiday.value, null, ['entries']);
			expect(calendarSaved.ok).toBe(true);
			const stored = await until('the holiday listed', async () => {
				const found = (await admin.calendars()).find((c) => c.calendar.year === 2026);
				return found?.calendar.entries.some((e) => e.from === '2026-12-10') ? found : null;
			});
			expect(stored.calendar.entries.some((e) => e.from === '2026-12-10')).toBe(true);
			const audit = await until('three audit entries', async () => {
				const entries = await admin.audit();
				return entries.length >= 3 ? entries : null;
			});
			expect(audit.map((e) => [e.action, e.target, e.by])).toEqual([
				['create', 'calendar:2026', users.admin.name],
				['update', `office:${officeB}`, users.admin.name],
				['update', 'procedure:1.001193', users.admin.name]
			]);
			expect(audit[2]?.fields).toEqual(['time']);
		});

		it('lets a province administrator edit an office and retire a laptop, nobody else (ADR 34)', async () => {
			const { users, officeB } = t().fixture;
			const url = `${t().url}/${t().catalogueDb}`;
			const admin = new CatalogueAdmin(url, users.admin.name, undefined, {
				headers: basicAuth(users.admin)
			});
			// A laptop of office B registers as its desk 7 (of 20: numbers 3001–3500).
			const deskId = `${officeB}-desk-07`;
			const desk = {
				_id: `desk:${deskId}`,
				type: 'desk',
				schemaVersion: 1,
				id: deskId,
				officeId: officeB,
				name: 'Bàn 7',
				sequenceRange: { first: 3001, last: 3500 },
				registeredBy: users.deskB.name,
				registeredAt: '2026-12-04T01:00:00.000Z'
			};
			expect((await put('deskB', officeDbName(officeB), desk)).status).toBe(201);
			const desks = await until('the laptop listed', async () => {
				const listed = await admin.officeDesks(officeB);
				return listed.some((d) => d.deskId === deskId) ? listed : null;
			});
			const seven = desks.find((d) => d.deskId === deskId);
			expect(seven).toMatchObject({ slot: 7, generation: 1, range: { first: 3001, last: 3500 } });
			if (!seven) return;
			const entry = (await admin.offices()).find((o) => o.office.id === officeB);
			if (!entry) throw new Error('office B is in the catalogue');
			// 40 slots would give free slot 13 numbers 3001–3250: refused, naming the laptop.
			const draft = draftOfOffice(entry.office);
			const refused = await admin.saveOffice({ ...draft, deskSlots: '40' }, entry, desks);
			expect(refused).toMatchObject({
				ok: false,
				error: 'invalid-office',
				overlapping: [{ deskId }]
			});
			expect((await admin.saveOffice({ ...draft, lockMinutes: '5' }, entry, desks)).ok).toBe(true);
			const saved = await until('the lock timeout listed', async () => {
				const found = (await admin.offices()).find((o) => o.office.id === officeB);
				return found?.office.lockMinutes === 5 ? found : null;
			});
			expect(saved.office.lockMinutes).toBe(5);
			// Retiring needs the loss confirmed when the laptop never reported; a supervisor cannot.
			expect(await admin.retireDesk(officeB, seven, 'free', false)).toEqual({
				ok: false,
				error: 'unsent-unconfirmed'
			});
			const supervisor = new CatalogueAdmin(url, users.supervisorA.name, undefined, {
				headers: basicAuth(users.supervisorA)
			});
			expect(await supervisor.retireDesk(officeB, seven, 'never', false)).toMatchObject({
				ok: false
			});
			expect(await admin.retireDesk(officeB, seven, 'free', true)).toMatchObject({ ok: true });
			const after = await until('the retirement listed', async () => {
				const found = (await admin.officeDesks(officeB)).find((d) => d.deskId === deskId);
				return found?.retirement ? found : null;
			});
			expect(after.retirement).toMatchObject({ release: 'free', by: users.admin.name });
			// Written once: a second retirement of the same laptop is refused.
			expect(await admin.retireDesk(officeB, seven, 'never', true)).toMatchObject({ ok: false });
		});

		it('lets a province administrator create, change and disable accounts with their own session (ADR 34)', async () => {
			const { users, officeA } = t().fixture;
			const url = `${t().url}/${t().catalogueDb}`;
			const admin = new CatalogueAdmin(url, users.admin.name, undefined, {
				headers: basicAuth(users.admin)
			});
			const name = `${t().id}.moi`;
			const draft = {
				userName: name,
				fullName: 'Nông Thị  Mới',
				officeId: officeA,
				functions: ['desk-officer' as const],
				password: 'mat-khau-1'
			};
			expect(await admin.saveAccount({ ...draft, password: 'ngan' }, null)).toMatchObject({
				ok: false,
				error: 'invalid-account',
				errors: { password: 'password-short' }
			});
			expect(await admin.saveAccount(draft, null)).toEqual({
				ok: true,
				officesFailed: [],
				auditMissing: false
			});
			expect(await admin.saveAccount(draft, null)).toEqual({ ok: false, error: 'duplicate-user' });
			const created = await until('the account listed', async () => {
				const found = (await admin.accounts()).find((a) => a.account.userName === name);
				return found ?? null;
			});
			expect(created.account).toEqual({
				userName: name,
				fullName: 'Nông Thị Mới',
				officeId: officeA,
				functions: ['desk-officer'],
				disabled: false
			});
			// The new officer logs in and reads the office; the directory names them.
			const newcomer = { name, password: 'mat-khau-1' } as TestUser;
			// Each node of a cluster learns of an account's change from `_users` on its own: an
			// answer may trail the change for a moment, never for long.
			const reads = (who: TestUser, status: number) =>
				until(
					`the office answering ${status} to ${who.name}`,
					async () => {
						const answer = await clientAs(t(), who).request('GET', `/${officeDbName(officeA)}`);
						return answer.status === status ? status : null;
					},
					30
				);
			expect(await reads(newcomer, 200)).toBe(200);
			const record = await clientAs(t(), newcomer).json<{ fullName: string }>(
				'GET',
				docPath(t().catalogueDb, `officer:${name}`)
			);
			expect(record.fullName).toBe('Nông Thị Mới');
			// A new password and a second function; the old password stops working.
			const changed = await admin.saveAccount(
				{ ...draft, functions: ['desk-officer', 'supervisor'], password: 'mat-khau-2' },
				created
			);
			expect(changed).toMatchObject({ ok: true });
			expect(await reads(newcomer, 401)).toBe(401);
			const renewed = { name, password: 'mat-khau-2' } as TestUser;
			expect(await reads(renewed, 200)).toBe(200);
			// Disabled: the account keeps its record and opens nothing.
			const current = await until('the changed account listed', async () => {
				const found = (await admin.accounts()).find((a) => a.account.userName === name);
				return found?.account.functions.includes('supervisor') ? found : null;
			});
			expect(await admin.setDisabled(current, true)).toMatchObject({ ok: true });
			expect(await reads(renewed, nonMemberStatus(t()))).toBe(nonMemberStatus(t()));
			const disabled = await until('the account listed as disabled', async () => {
				const found = (await admin.accounts()).find((a) => a.account.userName === name);
				return found?.account.disabled ? found : null;
			});
			expect(disabled.account).toMatchObject({
				disabled: true,
				functions: ['desk-officer', 'supervisor']
			});
			expect((await admin.setDisabled(disabled, false)).ok).toBe(true);
			expect(await reads(renewed, 200)).toBe(200);
			// A desk officer can do none of it.
			const officer = new CatalogueAdmin(url, users.deskA.name, undefined, {
				headers: basicAuth(users.deskA)
			});
			const refused = await officer.saveAccount({ ...draft, userName: `${t().id}.khac` }, null);
			expect(refused.ok).toBe(false);
			const audit = await until('four audit entries of the account', async () => {
				const entries = (await admin.audit()).filter((e) => e.target === `user:${name}`);
				return entries.length >= 4 ? entries : null;
			});
			expect(audit.map((e) => e.action)).toEqual(['restore', 'retire', 'update', 'create']);
			expect(JSON.stringify(audit)).not.toContain('mat-khau');
		});
	});
}
