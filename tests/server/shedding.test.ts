/**
 * A desk that stays small (ADR 25), against the embedded server: what closed before the window
 * leaves the laptop once the server holds it, what the server may lack stays, and a dossier that
 * left is read from the server with the same history the laptop had.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shedAged } from '../../src/lib/app/shedding';
import { DEFAULT_LIFECYCLE_SETTINGS } from '../../src/lib/domain/lifecycle';
import { testContext } from '../../src/lib/domain/lifecycle/test-support';
import { Projector } from '../../src/lib/storage/projector';
import { ReadModelDb } from '../../src/lib/storage/read-model';
import { dossierFromServer } from '../../src/lib/sync/archived-dossiers';
import type { Fetch } from '../../src/lib/sync/couch-http';
import { OfficeSync } from '../../src/lib/sync/office-sync';
import { embeddedTarget, type Target } from './support/targets.js';
import {
	basicAuth,
	deskStore,
	receiveMany,
	remoteOfficeUrl,
	transfer,
	withdrawal
} from './support/sync-desk.js';

let target: Target;
beforeAll(async () => {
	target = await embeddedTarget();
}, 30_000);
afterAll(async () => {
	await target?.close();
});

describe('shedding what aged out of the window', () => {
	it('drops only what the server holds, and the server still shows it whole', async () => {
		const { officeA, users } = target.fixture;
		const store = deskStore(officeA);
		const readModel = new ReadModelDb(`shed-${process.pid}-${Date.now()}`);
		const projector = new Projector(store, readModel, () => ({
			settings: DEFAULT_LIFECYCLE_SETTINGS,
			deadlines: testContext
		}));
		const [sent, unsent, open] = ['S1-0000', 'S1-0001', 'S1-0002'];
		await receiveMany(store, users.deskA.name, 'S1', 3);
		// Received on 25/11/2026 (the suite's fixed time), closed the next day; shed in June 2027.
		const oldDay = '2026-11-26';
		await store.putEvent(withdrawal(officeA, users.deskA.name, sent, `${oldDay}T09:00:00`));
		const url = remoteOfficeUrl(target.url, officeA);
		const sync = new OfficeSync({
			db: store.db,
			remoteUrl: url,
			headers: basicAuth(users.deskA),
			batchSize: 3,
			backoffMs: 5
		});
		expect(await sync.sync()).toMatchObject({ status: 'up-to-date', unsent: 0 });
		// Written on the laptop after the last sync: the server does not have it yet.
		await store.putEvent(withdrawal(officeA, users.deskA.name, unsent, `${oldDay}T10:00:00`));
		await projector.catchUp();
		const before = await store.load(sent);

		const result = await shedAged({
			store,
			readModel,
			projector,
			keepClosedDays: 90,
			nowMs: Date.parse('2027-06-01T09:00:00+07:00')
		});
		expect(result).toEqual({ dossiers: 1, documents: 3, kept: 1 });
		expect(await store.load(sent)).toBeNull();
		expect((await store.load(unsent))?.events).toHaveLength(2);
		expect((await store.load(open))?.events).toHaveLength(1);
		expect(await readModel.dossiers.get(sent)).toBeUndefined();
		expect((await readModel.dossiers.get(unsent))?.status).toBe('withdrawn');

		// Reached online, the dossier that left shows the history the laptop had.
		const fetcher: Fetch = (input, init) =>
			fetch(input, {
				...init,
				headers: { ...(init?.headers as Record<string, string>), ...basicAuth(users.deskA) }
			});
		const fromServer = await dossierFromServer(url, sent, fetcher);
		expect(fromServer).toEqual({ ok: true, stored: before });

		// Deleted on the laptop only: the next sync sends the waiting withdrawal and nothing else,
		// and the server keeps the dossier that left.
		expect(await sync.sync()).toMatchObject({ status: 'up-to-date', sent: 1, unsent: 0 });
		expect(await dossierFromServer(url, sent, fetcher)).toEqual({ ok: true, stored: before });
		const waited = await dossierFromServer(url, unsent, fetcher);
		expect(waited.ok && waited.stored?.events).toHaveLength(2);

		// Another desk writes a late event of the dossier that left: it stays on the server only,
		// never as a history without its dossier on this laptop.
		const other = deskStore(officeA);
		await other.putEvent(transfer(officeA, users.deskA2.name, sent, 7));
		const otherSync = new OfficeSync({
			db: other.db,
			remoteUrl: url,
			headers: basicAuth(users.deskA2),
			batchSize: 3,
			backoffMs: 5
		});
		expect(await otherSync.sync()).toMatchObject({ status: 'up-to-date', unsent: 0 });
		expect(await sync.sync()).toMatchObject({ status: 'up-to-date', sent: 0, unsent: 0 });
		expect(await store.load(sent)).toBeNull();
		const live = await store.db.allDocs({
			startkey: `event:${sent}:`,
			endkey: `event:${sent}:\ufff0`
		});
		expect(live.rows).toEqual([]);
		await projector.catchUp();
		expect(await readModel.dossiers.get(sent)).toBeUndefined();
		const onServer = await dossierFromServer(url, sent, fetcher);
		expect(onServer.ok && onServer.stored?.events).toHaveLength(3);
	});
});
