import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DeskSyncPort } from '$lib/app/desk-api';
import type { DeskSyncResult, SyncHost, SyncStatus } from '$lib/app/desk-sync';
import { IDLE_STATUS } from '$lib/sync/sync-status';
import { SyncState, type SyncDesk } from './sync.svelte';

const status: SyncStatus = IDLE_STATUS;

function result(overrides: Partial<DeskSyncResult> = {}): DeskSyncResult {
	return {
		status: 'up-to-date',
		sent: 0,
		received: 0,
		rejected: [],
		serverTime: null,
		clockSkewMs: null,
		clockOff: false,
		unsent: 0,
		attempts: 1,
		error: null,
		catalogueReceived: 0,
		...overrides
	};
}

/** A desk whose sync records who each run was for, and answers `answer`. */
function fakeDesk(answer: DeskSyncResult) {
	const runs: (string | null)[] = [];
	let known = 0;
	const desk: SyncDesk = {
		officerNames: new Map([['canbo.b', 'Trần Văn Bình']]),
		onLocalWrite: () => () => undefined,
		openSync: (_url, user): DeskSyncPort => ({
			office: {
				status,
				subscribe: (listener) => (listener(status), () => undefined),
				refresh: () => Promise.resolve(status),
				noteLocalWrite: () => undefined,
				rejected: () => Promise.resolve([]),
				sync: () => Promise.resolve(answer)
			},
			run: () => (runs.push(user()), Promise.resolve(answer)),
			knownDesks: () => {
				known += 1;
				return Promise.resolve([
					{
						deskId: 'd2',
						deskName: 'Bàn 2',
						registeredBy: 'canbo.b',
						report: {
							deskId: 'd2',
							deskName: 'Bàn 2',
							officer: 'canbo.b',
							unsent: 1,
							lastSyncAt: null,
							reportedAt: '2019-11-20T01:00:00.000Z',
							rejected: []
						}
					}
				]);
			}
		})
	};
	return { desk, runs, known: () => known };
}

function host(overrides: Partial<SyncHost> = {}): SyncHost & { reloads: number } {
	const h = {
		reloads: 0,
		user: () => 'canbo.a',
		canRun: () => true,
		supervises: () => false,
		catalogueChanged: () => {
			h.reloads += 1;
			return Promise.resolve();
		},
		...overrides
	};
	return h;
}

// Node has no window events; the schedule listens for `online` and `offline`.
beforeEach(() => {
	vi.stubGlobal('addEventListener', () => undefined);
	vi.stubGlobal('removeEventListener', () => undefined);
});
afterEach(() => vi.unstubAllGlobals());

describe('SyncState', () => {
	it('runs on a schedule only when the desk it was given says so, as its officer', async () => {
		const locked = fakeDesk(result());
		const sync = new SyncState();
		sync.follow(locked.desk, 'http://localhost/db', host({ canRun: () => false }));
		await new Promise((resolve) => setTimeout(resolve, 0));
		expect(locked.runs).toEqual([]);

		const ready = fakeDesk(result());
		sync.follow(ready.desk, 'http://localhost/db', host());
		await vi.waitFor(() => expect(ready.runs).toEqual(['canbo.a']));
		sync.follow(null, null, host());
	});

	it('tells the desk that the catalogue changed, and reads the desks for a supervisor', async () => {
		const desk = fakeDesk(result({ catalogueReceived: 2 }));
		const sync = new SyncState();
		const h = host({ canRun: () => false, supervises: () => true });
		sync.follow(desk.desk, 'http://localhost/db', h);
		const ran = await sync.syncNow();
		expect(ran?.catalogueReceived).toBe(2);
		expect(h.reloads).toBe(1);
		expect(desk.known()).toBe(1);
		expect(sync.deskReports.map((d) => [d.deskName, d.officer, d.unsent])).toEqual([
			['Bàn 2', 'Trần Văn Bình', 1]
		]);
		sync.follow(null, null, h);
	});
});
