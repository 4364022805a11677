/**
 * The province-wide view on the embedded server (ADR 12): officers of two offices write their
 * dossiers and events as the desks do (validated, under their own names); the counts views give
 * exact figures per office and period; a province supervisor reads every office, a desk officer
 * only their own; provisioning again leaves the view alone and upgrades an old one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { officeCountsDesignDoc } from '../../server/couch/design-docs.js';
import { COUNTS_DESIGN_DOC_ID } from '../../server/couch/office-counts.js';
import { officeDbName } from '../../server/couch/naming.js';
import { couchClient, docPath } from '../../server/provision/couch-client.js';
import { provision } from '../../server/provision/provision.js';
import { provinceOverview } from '../../src/lib/app/province-overview';
import { isoDate } from '../../src/lib/domain/time';
import { fetchProvinceCounts } from '../../src/lib/sync/province-counts';
import { dossierFor } from './suites/security.js';
import { clientAs, embeddedTarget, nonMemberStatus, type Target } from './support/targets.js';
import type { TestUser } from './support/test-province.js';

/** How the tests log in (Node's fetch keeps no session cookie). */
function basicAuth(user: TestUser): Record<string, string> {
	return { Authorization: `Basic ${btoa(`${user.name}:${user.password}`)}` };
}

/** Decree 09/2019 reporting month 2 of 2026: 15/01/2026–14/02/2026. */
const PERIOD = { from: isoDate('2026-01-15'), to: isoDate('2026-02-14') };

let target: Target;
beforeAll(async () => {
	target = await embeddedTarget();
	await writeOfficeA();
	await writeOfficeB();
}, 60_000);
afterAll(async () => {
	await target?.close();
});

const PAYLOADS: Record<string, Record<string, unknown>> = {
	transfer: { toUnit: 'Công chức Tư pháp - Hộ tịch' },
	approved: { outcome: 'approved' },
	refused: { outcome: 'refused', reason: 'Không đủ điều kiện' },
	deliver: { method: 'in-person', receiverName: 'Nguyễn Văn A' },
	withdraw: { reason: 'Công dân rút hồ sơ' },
	stop: { reason: 'Hết hạn bổ sung', returnedUnresolved: true }
};

/**
 * Writes one dossier received at `receivedAt` and its events `[payload key, at]`, as `user`
 * through HTTP, so the office's validation sees every document.
 */
async function dossier(
	officeId: string,
	user: TestUser,
	code: string,
	receivedAt: string,
	events: [keyof typeof PAYLOADS, string][] = []
) {
	const db = officeDbName(officeId);
	const client = clientAs(target, user);
	const doc = { ...dossierFor(officeId, user.name, code), receivedAt };
	await client.json('PUT', docPath(db, doc._id), doc);
	let n = 0;
	for (const [which, at] of events) {
		n += 1;
		const deskId = `${officeId}-desk-01`;
		const id = `event:${code}:${at}:${deskId}:${String(n).padStart(3, '0')}`;
		const kind = which === 'approved' || which === 'refused' ? 'result-ready' : which;
		const event = {
			_id: id,
			id,
			type: 'event',
			schemaVersion: 1,
			officeId,
			dossierCode: code,
			kind,
			at,
			by: user.name,
			deskId,
			payload: PAYLOADS[which]
		};
		await client.json('PUT', docPath(db, id), event);
	}
}

async function writeOfficeA() {
	const { officeA: a, users } = target.fixture;
	const desk = users.deskA;
	// Received before the period and still open: carried over, pending at the end.
	await dossier(a, desk, 'A-00', '2026-01-05T08:00:00', [['transfer', '2026-01-05T09:00:00']]);
	// Received before the period, decided before it: in neither.
	await dossier(a, desk, 'A-01', '2026-01-06T08:00:00', [['approved', '2026-01-14T16:59:59']]);
	// Received on the first day, decided then handed over in the period.
	await dossier(a, desk, 'A-02', '2026-01-15T00:00:00', [
		['transfer', '2026-01-15T09:00:00'],
		['approved', '2026-01-25T10:00:00'],
		['deliver', '2026-02-02T08:30:00']
	]);
	await dossier(a, desk, 'A-03', '2026-01-21T14:00:00', [['refused', '2026-02-10T15:00:00']]);
	await dossier(a, desk, 'A-04', '2026-02-05T08:00:00', [['withdraw', '2026-02-06T08:00:00']]);
	// Stopped just after the period: open at its end.
	await dossier(a, desk, 'A-05', '2026-02-10T08:00:00', [['stop', '2026-02-15T07:30:00']]);
	// Received on the last second of the last day.
	await dossier(a, desk, 'A-06', '2026-02-14T23:59:59');
	// After the period.
	await dossier(a, desk, 'A-07', '2026-02-15T00:00:00', [['approved', '2026-02-16T08:00:00']]);
	// Decided in the period, handed over after it.
	await dossier(a, desk, 'A-08', '2026-01-16T08:00:00', [
		['approved', '2026-02-14T16:00:00'],
		['deliver', '2026-02-20T08:00:00']
	]);
}

async function writeOfficeB() {
	const { officeB: b, users } = target.fixture;
	const desk = users.deskB;
	await dossier(b, desk, 'B-01', '2026-01-20T08:00:00', [['approved', '2026-01-20T10:00:00']]);
	await dossier(b, desk, 'B-02', '2026-02-01T08:00:00', [['stop', '2026-02-03T08:00:00']]);
	await dossier(b, desk, 'B-03', '2026-02-13T08:00:00');
}

type ViewAnswer = { rows: { key: unknown; value: number[] }[] };

function viewPath(officeId: string, query: string) {
	return `/${officeDbName(officeId)}/_design/motcua-counts/_view/by-day?${query}`;
}

function periodArgs(): [string, string] {
	return [PERIOD.from, PERIOD.to];
}

/** A reduced range query: one row with the sums, none for an empty range. */
const range = (from: string | null, to: string, grouping = 'reduce=true&group_level=0') =>
	[
		grouping,
		...(from === null ? [] : [`startkey=${encodeURIComponent(JSON.stringify([from]))}`]),
		`endkey=${encodeURIComponent(JSON.stringify([to]))}`
	].join('&');

describe('the counts view of an office database', () => {
	it('gives the period’s counts and those up to its end in one row each', async () => {
		const supervisor = clientAs(target, target.fixture.users.provinceSupervisor);
		const { officeA, officeB } = target.fixture;
		// [received, resolvedApproved, resolvedRefused, delivered, withdrawn, stopped]
		const a = await supervisor.json<ViewAnswer>('GET', viewPath(officeA, range(...periodArgs())));
		expect(a.rows.map((r) => r.value)).toEqual([[6, 2, 1, 1, 1, 0]]);
		const aUntil = await supervisor.json<ViewAnswer>(
			'GET',
			viewPath(officeA, range(null, PERIOD.to))
		);
		expect(aUntil.rows.map((r) => r.value)).toEqual([[8, 3, 1, 1, 1, 0]]);
		const b = await supervisor.json<ViewAnswer>('GET', viewPath(officeB, range(...periodArgs())));
		expect(b.rows.map((r) => r.value)).toEqual([[3, 1, 0, 0, 0, 1]]);
	});

	it('answers days with group_level=1, and nothing for an empty range', async () => {
		const supervisor = clientAs(target, target.fixture.users.provinceSupervisor);
		const { officeB } = target.fixture;
		const days = await supervisor.json<ViewAnswer>(
			'GET',
			viewPath(officeB, range('2026-02-01', '2026-02-28', 'group_level=1'))
		);
		expect(days.rows).toEqual([
			{ key: ['2026-02-01'], value: [1, 0, 0, 0, 0, 0] },
			{ key: ['2026-02-03'], value: [0, 0, 0, 0, 0, 1] },
			{ key: ['2026-02-13'], value: [1, 0, 0, 0, 0, 0] }
		]);
		const empty = await supervisor.json<ViewAnswer>(
			'GET',
			viewPath(officeB, range('2025-01-01', '2025-12-31'))
		);
		expect(empty.rows).toEqual([]);
	});

	it('refuses a desk officer of office A on office B’s view, and serves their own', async () => {
		const officer = clientAs(target, target.fixture.users.deskA);
		const { officeA, officeB } = target.fixture;
		const other = await officer.request('GET', viewPath(officeB, range(...periodArgs())));
		expect(other.status).toBe(nonMemberStatus(target));
		const own = await officer.request('GET', viewPath(officeA, range(...periodArgs())));
		expect(own.status).toBe(200);
	});

	it('is refused to anonymous readers', async () => {
		const anonymous = couchClient(target.url);
		const answer = await anonymous.request('GET', viewPath(target.fixture.officeA, 'reduce=true'));
		expect(answer.status).toBe(401);
	});
});

describe('province counts read as the browser does (sync module and use case)', () => {
	it('reads every office for a province supervisor, with exact figures', async () => {
		const { officeA, officeB, users } = target.fixture;
		const progress: { pending: number; ready: number }[] = [];
		const result = await provinceOverview(PERIOD, {
			serverUrl: target.url,
			headers: basicAuth(users.provinceSupervisor),
			concurrency: 1,
			onProgress: (o) =>
				progress.push({ pending: o.pending, ready: o.rows.length - o.pending - o.failed })
		});
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const { rows, total, failed, pending } = result.overview;
		expect([failed, pending]).toEqual([0, 0]);
		// Every office is listed as pending first, then fills in one answer at a time.
		const offices = rows.length;
		expect(progress).toEqual(
			Array.from({ length: offices + 1 }, (_, i) => ({ pending: offices - i, ready: i }))
		);
		const byOffice = Object.fromEntries(
			rows.map((r) => [r.officeId, r.state === 'ready' ? r.figures : null])
		);
		expect(byOffice[officeA]).toEqual({
			receivedOnline: 0,
			early: 0,
			onTime: 0,
			late: 0,
			verySatisfied: 0,
			satisfied: 0,
			unsatisfied: 0,
			received: 6,
			resolved: 3,
			refused: 1,
			delivered: 1,
			withdrawn: 1,
			stopped: 0,
			// A-00 (open since before the period).
			carriedOver: 1,
			// A-00, A-05 (stopped after the end), A-06.
			pendingAtEnd: 3
		});
		expect(byOffice[officeB]).toEqual({
			receivedOnline: 0,
			early: 0,
			onTime: 0,
			late: 0,
			verySatisfied: 0,
			satisfied: 0,
			unsatisfied: 0,
			received: 3,
			resolved: 1,
			refused: 0,
			delivered: 0,
			withdrawn: 0,
			stopped: 1,
			carriedOver: 0,
			pendingAtEnd: 1
		});
		expect(total).toEqual({
			receivedOnline: 0,
			early: 0,
			onTime: 0,
			late: 0,
			verySatisfied: 0,
			satisfied: 0,
			unsatisfied: 0,
			received: 9,
			resolved: 4,
			refused: 1,
			delivered: 1,
			withdrawn: 1,
			stopped: 1,
			carriedOver: 1,
			pendingAtEnd: 4
		});
	});

	it('reports a refused office on its own row, not as a failure of the page', async () => {
		const { officeA, officeB, users } = target.fixture;
		const counts = await fetchProvinceCounts({
			serverUrl: target.url,
			period: PERIOD,
			headers: basicAuth(users.deskA)
		});
		expect(counts.ok).toBe(true);
		if (!counts.ok) return;
		const byOffice = Object.fromEntries(counts.offices.map((o) => [o.office.id, o]));
		expect(byOffice[officeA]?.ok).toBe(true);
		expect(byOffice[officeB]).toMatchObject({ ok: false, error: 'access-denied' });
	});

	it('asks nothing more of the server once a newer period is asked for (aborted)', async () => {
		const { users } = target.fixture;
		const asked: string[] = [];
		const controller = new AbortController();
		const counts = await fetchProvinceCounts({
			serverUrl: target.url,
			period: PERIOD,
			headers: basicAuth(users.provinceSupervisor),
			fetch: (input, init) => {
				asked.push(input);
				return globalThis.fetch(input, init);
			},
			signal: controller.signal,
			onOffices: () => controller.abort()
		});
		expect(counts.ok).toBe(true);
		if (!counts.ok) return;
		expect(counts.offices.length).toBeGreaterThan(0);
		expect(counts.offices.every((o) => !o.ok)).toBe(true);
		expect(asked).toHaveLength(1);
	});

	it('fails as a whole, with a reason, when the office list cannot be read', async () => {
		const anonymous = await fetchProvinceCounts({ serverUrl: target.url, period: PERIOD });
		expect(anonymous).toEqual({ ok: false, error: 'needs-login' });
		const nowhere = await fetchProvinceCounts({
			serverUrl: 'http://127.0.0.1:9/db',
			period: PERIOD
		});
		expect(nowhere).toEqual({ ok: false, error: 'offline' });
	});
});

describe('provisioning the counts view', () => {
	type DesignDoc = { _rev: string; version: string; views: unknown };
	const run = async () => {
		const lines: string[] = [];
		await provision({
			url: target.adminUrl,
			province: target.fixture.province,
			log: (l) => lines.push(l)
		});
		return lines.join('\n');
	};

	it('installs it in every office database and leaves it alone when run again', async () => {
		const admin = couchClient(target.adminUrl);
		const paths = [target.fixture.officeA, target.fixture.officeB].map((o) =>
			docPath(officeDbName(o), COUNTS_DESIGN_DOC_ID)
		);
		const before = await Promise.all(paths.map((p) => admin.json<DesignDoc>('GET', p)));
		expect(before.map((d) => d.version)).toEqual([
			officeCountsDesignDoc.version,
			officeCountsDesignDoc.version
		]);
		const log = await run();
		expect(log.match(/counts view unchanged/g)).toHaveLength(2);
		expect(log.match(/window view unchanged/g)).toHaveLength(2);
		expect(log.match(/report view unchanged/g)).toHaveLength(2);
		expect(log).not.toMatch(/(counts|window) view (installed|upgraded)/);
		const after = await Promise.all(paths.map((p) => admin.json<DesignDoc>('GET', p)));
		expect(after.map((d) => d._rev)).toEqual(before.map((d) => d._rev));
		const catalogueLine = log.split('\n').find((l) => l.includes(target.catalogueDb));
		expect(catalogueLine).not.toContain('counts view');
	});

	it('upgrades a view of another version, and the counts stay right', async () => {
		const admin = couchClient(target.adminUrl);
		const { officeB, users } = target.fixture;
		const path = docPath(officeDbName(officeB), COUNTS_DESIGN_DOC_ID);
		const current = await admin.json<DesignDoc>('GET', path);
		await admin.json('PUT', path, {
			...current,
			version: 'old',
			views: { 'by-day': { map: 'function (doc) { emit([doc._id], [0]); }', reduce: '_sum' } }
		});
		const log = await run();
		const line = log.split('\n').find((l) => l.includes(`${officeDbName(officeB)}:`));
		expect(line).toMatch(
			/validation unchanged \(\w+\); counts view upgraded \(\w+\); window view unchanged \(\w+\); report view unchanged \(\w+\)$/
		);
		expect(line).toContain(`counts view upgraded (${officeCountsDesignDoc.version})`);
		expect(log.match(/counts view upgraded/g)).toHaveLength(1);
		const stored = await admin.json<DesignDoc>('GET', path);
		expect(stored.views).toEqual(officeCountsDesignDoc.views);
		const supervisor = clientAs(target, users.provinceSupervisor);
		const b = await supervisor.json<ViewAnswer>('GET', viewPath(officeB, range(...periodArgs())));
		expect(b.rows.map((r) => r.value)).toEqual([[3, 1, 0, 0, 0, 1]]);
	});
});
