import { afterEach, describe, expect, it, vi } from 'vitest';
import { dueWindows } from '$lib/domain/classification/urgency';
import { localDateTime } from '$lib/domain/time';
import { deskApi, deskApiOf, type DossierRow, type WorkQueueEntry } from './desk-api';
import type { DeskSession } from './desk-session';
import { receiveInput, testWorkspace } from './test-support';

const at = localDateTime('2019-11-20T08:37:00');
/** After the due time of a dossier received `at` (three working days). */
const later = localDateTime('2019-11-26T08:00:00');
const until = (check: () => boolean) => vi.waitFor(() => expect(check()).toBe(true));

let stops: (() => void)[] = [];
afterEach(() => {
	stops.forEach((stop) => stop());
	stops = [];
});

describe('the desk API', () => {
	it('tells the screens who works where, with what, and nothing of the databases', async () => {
		const ws = await testWorkspace();
		const api = deskApi(ws);
		expect(api.officeId).toBe('lson-test');
		expect(api.office).toBe(ws.office);
		expect(api.desk).toBe(ws.setup.desk);
		expect(api.officer.userName).toBe('canbo.a');
		expect(api.procedures.map((p) => p.code)).toEqual(['1.001193', '1.004227']);
		expect(api.officerNames.get('canbo.a')).toBe('Hoàng Thị Lan');
		expect(api.deskLabel(ws.setup.desk.id)).toBe('Bàn 1');
		expect(api.drafts).toBeNull();
		for (const handle of ['store', 'readModel', 'projector', 'worker', 'catalogue', 'setup'])
			expect(api).not.toHaveProperty(handle);
	});

	it('follows the read model: a dossier, a lookup, the work queue, the report and the rows', async () => {
		const ws = await testWorkspace();
		const api = deskApi(ws);
		const received = await api.receive(receiveInput(), at);
		if (!received.ok) throw new Error(JSON.stringify(received));
		const code = received.dossier.code;

		let dossierCalls = 0;
		let lookedUp: DossierRow | null | undefined;
		let queue: WorkQueueEntry[] | null = null;
		let reportCalls = 0;
		let rowCalls = 0;
		stops.push(
			api.watchDossier(code, () => (dossierCalls += 1)),
			api.watchLookup(` ${code.toLowerCase()} `, { next: (row) => (lookedUp = row) }),
			api.watchWorkQueue(dueWindows(later, api.deadlines.calendar), 2, {
				next: (entries) => (queue = entries)
			}),
			api.onReportChange(() => (reportCalls += 1)),
			api.onDeskRowsChange(() => (rowCalls += 1))
		);
		await until(() => dossierCalls > 0 && reportCalls > 0 && rowCalls > 0 && queue !== null);
		expect(lookedUp).toBeNull();

		await ws.projector.catchUp();
		await until(() => lookedUp?.code === code);
		await until(() => queue?.find((q) => q.kind === 'overdue')?.total === 1);
		const [dossiers, reports, rows] = [dossierCalls, reportCalls, rowCalls];

		const acted = await api.act(code, { kind: 'transfer', payload: { toUnit: 'Tư pháp' } }, at);
		expect(acted.ok).toBe(true);
		await ws.projector.catchUp();
		await until(() => dossierCalls > dossiers);
		expect((await api.viewDossier(code))?.folded.state).not.toBe('received');
		expect(reportCalls).toBeGreaterThanOrEqual(reports);
		expect(rowCalls).toBeGreaterThanOrEqual(rows);

		// Stopped, a subscription hears nothing more.
		stops.forEach((stop) => stop());
		stops = [];
		const stopped = dossierCalls;
		const decided = { kind: 'result-ready', payload: { outcome: 'approved' } } as const;
		expect((await api.act(code, decided, at)).ok).toBe(true);
		await ws.projector.catchUp();
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(dossierCalls).toBe(stopped);
	});

	it('keeps one list index per read model and one API per workspace of a session', async () => {
		const ws = await testWorkspace();
		const api = deskApi(ws);
		expect(deskApi(ws).dossierList()).toBe(api.dossierList());
		await api.dossierList().whenLoaded();

		const session = { workspace: ws, device: null } as unknown as DeskSession;
		expect(deskApiOf(session)).toBe(deskApiOf(session));
		expect(deskApiOf({ ...session, workspace: null })).toBeNull();
		expect(deskApiOf(null)).toBeNull();
	});
});
