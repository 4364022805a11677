/**
 * What each desk tells the server after a sync (`_local/motcua-desk-<deskId>`), read back by the
 * supervisor's desk for the day-end page, against the embedded server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CouchHttp } from '../../src/lib/sync/couch-http';
import { readDeskReports, writeDeskReport } from '../../src/lib/sync/desk-reports';
import { embeddedTarget, type Target } from './support/targets.js';
import { basicAuth, remoteOfficeUrl } from './support/sync-desk.js';

let target: Target;
beforeAll(async () => {
	target = await embeddedTarget();
}, 30_000);
afterAll(async () => {
	await target?.close();
});

describe('desk reports', () => {
	it('are written by a desk, replaced by its next report and read by the office supervisor', async () => {
		const { officeA, officeB, users } = target.fixture;
		const desk = new CouchHttp(remoteOfficeUrl(target.url, officeA), {
			headers: basicAuth(users.deskA)
		});
		const report = {
			deskId: `${officeA}-desk-01`,
			deskName: 'Bàn 1',
			officer: users.deskA.name,
			unsent: 3,
			lastSyncAt: null,
			reportedAt: '2026-11-26T01:00:00.000Z',
			rejected: [{ id: 'event:X:1', reason: 'missing-field' as const }]
		};
		expect(await writeDeskReport(desk, report)).toBe(true);
		expect(await writeDeskReport(desk, { ...report, unsent: 0 })).toBe(true);

		const supervisor = new CouchHttp(remoteOfficeUrl(target.url, officeA), {
			headers: basicAuth(users.supervisorA)
		});
		const read = await readDeskReports(supervisor, [report.deskId, `${officeA}-desk-09`]);
		expect(read.get(report.deskId)).toEqual({ ...report, unsent: 0 });
		expect(read.get(`${officeA}-desk-09`)).toBeNull();

		// Another office's officer reads nothing of it; a write there is refused, not thrown.
		const stranger = new CouchHttp(remoteOfficeUrl(target.url, officeA), {
			headers: basicAuth(users.deskB)
		});
		await expect(readDeskReports(stranger, [report.deskId])).rejects.toMatchObject({
			code: 'access-denied'
		});
		const elsewhere = new CouchHttp(remoteOfficeUrl(target.url, officeB), {
			headers: basicAuth(users.deskA)
		});
		expect(await writeDeskReport(elsewhere, report)).toBe(false);
	});
});
