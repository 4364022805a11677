import { describe, expect, it } from 'vitest';
import { DEFAULT_LIFECYCLE_SETTINGS, foldDossier } from '$lib/domain/lifecycle';
import { eventFactory, makeDossier, testContext } from '$lib/domain/lifecycle/test-support';
import { toReportEntry } from '$lib/domain/report';
import type { LocalDateTime } from '$lib/domain/time';
import { toDossierDoc, toEventDoc } from './documents';
import { dossierRow } from './dossier-row';
import { changesBehind, DEFER_IDLE_MS, Projector, type FoldContext } from './projector';
import { PROJECTION_VERSION } from './read-model';
import { freshOffice } from './test-support';

const context = (): FoldContext => ({
	settings: DEFAULT_LIFECYCLE_SETTINGS,
	deadlines: testContext
});

function dossierNo(n: number) {
	const code = `H20.1-191120-${String(n).padStart(4, '0')}`;
	return makeDossier({
		code,
		applicant: { ...makeDossier().applicant, fullName: `Nguyễn Thị Ánh ${n}` }
	});
}

describe('projector', () => {
	it('projects dossiers and their events into rows equal to a fold of the documents', async () => {
		const { store, readModel } = freshOffice();
		const dossier = dossierNo(1);
		const event = eventFactory(dossier);
		await store.putDossier(dossier);
		const events = [
			event('transfer', '2019-11-20T09:00:00', { toUnit: 'Phòng Tư pháp' }),
			event('result-ready', '2019-11-25T10:00:00', { outcome: 'approved' })
		];
		for (const e of events) await store.putEvent(e);

		const projector = new Projector(store, readModel, context);
		expect(await projector.catchUp()).toBe(3);
		const row = await readModel.dossiers.get(dossier.code);
		expect(row).toEqual(
			dossierRow(dossier, foldDossier(dossier, events, DEFAULT_LIFECYCLE_SETTINGS, testContext))
		);
		expect(row?.status).toBe('result-ready');
		expect(row?.resolution).toBe('early');
		expect(row?.nameTokens).toEqual(['nguyen', 'thi', 'anh', '1']);
		expect(await readModel.reportEntries.get(dossier.code)).toEqual(
			toReportEntry(dossier, foldDossier(dossier, events, DEFAULT_LIFECYCLE_SETTINGS, testContext))
		);
	});

	it('is idempotent and resumes from its checkpoint', async () => {
		const { store, readModel } = freshOffice();
		for (let n = 1; n <= 30; n++) await store.putDossier(dossierNo(n));
		const projector = new Projector(store, readModel, context, 7);
		expect(await projector.catchUp()).toBe(30);
		const first = await readModel.dossiers.toArray();

		// A new writer arrives; only the change after the checkpoint is read.
		const d = dossierNo(1);
		await store.putEvent(eventFactory(d)('transfer', '2019-11-21T08:00:00', { toUnit: 'UBND' }));
		expect(await projector.catchUp()).toBe(1);
		expect((await readModel.dossiers.get(d.code))?.status).toBe('in-process');

		// Running everything again from scratch gives the same rows.
		await readModel.meta.put({ key: 'checkpoint', value: 0 });
		expect(await projector.catchUp()).toBe(31);
		const again = await readModel.dossiers.toArray();
		expect(again).toHaveLength(first.length);
		expect(again.filter((r) => r.code !== d.code)).toEqual(first.filter((r) => r.code !== d.code));
	});

	it('rebuilds from scratch, and on its own when the projection version changes', async () => {
		const { store, readModel } = freshOffice();
		for (let n = 1; n <= 5; n++) await store.putDossier(dossierNo(n));
		const projector = new Projector(store, readModel, context);
		await projector.catchUp();
		await readModel.dossiers.put({
			...(await readModel.dossiers.get(dossierNo(1).code))!,
			status: 'withdrawn'
		});
		expect(await projector.rebuild()).toBe(5);
		expect((await readModel.dossiers.get(dossierNo(1).code))?.status).toBe('received');

		await readModel.meta.put({ key: 'projectionVersion', value: PROJECTION_VERSION - 1 });
		await readModel.dossiers.clear();
		await readModel.meta.put({ key: 'checkpoint', value: 999 });
		expect(await projector.catchUp()).toBe(5);
		expect(await readModel.dossiers.count()).toBe(5);
	});

	it('keeps an event that arrives before its dossier and reports unreadable documents', async () => {
		const { store, readModel } = freshOffice();
		const dossier = dossierNo(2);
		await store.putEvent(
			eventFactory(dossier)('transfer', '2019-11-20T09:00:00', { toUnit: 'UBND' })
		);
		await store.db.put({ _id: 'event:X-1:bad', type: 'event', kind: 'transfer' });
		await store.db.put({ _id: 'other:1', type: 'something-else' });
		const projector = new Projector(store, readModel, context);
		await projector.catchUp();
		expect(await readModel.dossiers.count()).toBe(0);
		expect((await readModel.unreadable.toArray()).map((u) => [u.id, u.error])).toEqual([
			['event:X-1:bad', 'malformed'],
			['other:1', 'unknown-type']
		]);

		await store.putDossier(dossier);
		await projector.catchUp();
		expect((await readModel.dossiers.get(dossier.code))?.status).toBe('in-process');
	});

	it('lists a dossier the rules cannot fold and goes on with the others', async () => {
		const { store, readModel } = freshOffice();
		const good = dossierNo(4);
		const broken = dossierNo(5);
		await store.putDossier(good);
		// Passes the shape check, but a hand-over cannot schedule its step of negative length.
		const step = { unit: 'Phòng Tư pháp', time: { unit: 'working-days', amount: -1 } } as const;
		await store.putDossier({ ...broken, procedure: { ...broken.procedure, steps: [step] } });
		await store.putEvent(
			eventFactory(broken)('transfer', '2019-11-20T09:00:00', { toUnit: 'Phòng Tư pháp' })
		);
		await store.putDossier(dossierNo(6));
		const projector = new Projector(store, readModel, context);
		expect(await projector.catchUp()).toBe(4);
		expect((await readModel.dossiers.toArray()).map((r) => r.code)).toEqual([
			good.code,
			dossierNo(6).code
		]);
		const [listed] = await readModel.unreadable.toArray();
		expect(listed).toMatchObject({ id: `dossier:${broken.code}`, error: 'unfoldable' });
		expect(await readModel.meta.get('checkpoint')).not.toEqual({ key: 'checkpoint', value: 0 });
	});

	it('reads a batch of many dossiers in bulk with the same rows as one at a time', async () => {
		const bulk = freshOffice();
		const single = freshOffice();
		for (const { store } of [bulk, single]) {
			for (let n = 1; n <= 45; n++) {
				const d = dossierNo(n);
				await store.putDossier(d);
				const event = eventFactory(d);
				await store.putEvent(event('transfer', '2019-11-20T09:00:00', { toUnit: 'UBND' }));
				if (n % 3 === 0) {
					await store.putEvent(
						event('result-ready', '2019-11-22T09:00:00', { outcome: 'approved' })
					);
				}
			}
		}
		// 45 dossiers in one batch take the range read; one change per batch, the per-dossier one.
		await new Projector(bulk.store, bulk.readModel, context, 500).catchUp();
		await new Projector(single.store, single.readModel, context, 1).catchUp();
		const rows = async (m: typeof bulk) => (await m.readModel.dossiers.toArray()).map((r) => r);
		expect(await rows(bulk)).toHaveLength(45);
		expect(await rows(bulk)).toEqual(await rows(single));
		expect(await bulk.readModel.actions.count()).toBe(await single.readModel.actions.count());
	});

	it('follows live changes', async () => {
		const { store, readModel } = freshOffice();
		const projector = new Projector(store, readModel, context);
		projector.start();
		await store.putDossier(dossierNo(9));
		await expect.poll(() => readModel.dossiers.count()).toBe(1);
		projector.stop();
	});

	it('refuses a second write of the same dossier instead of overwriting it', async () => {
		const { store } = freshOffice();
		const d = dossierNo(3);
		expect(await store.putDossier(d)).toEqual({ ok: true });
		const changed = { ...d, receivedAt: '2019-11-21T08:00:00' as LocalDateTime };
		expect(await store.putDossier(changed)).toEqual({ ok: false, error: 'already-exists' });
		expect((await store.load(d.code))?.dossier.receivedAt).toBe(d.receivedAt);
	});
});

/** The key ranges read from the office database from now on (real PouchDB, calls noted). */
function rangeReads(store: ReturnType<typeof freshOffice>['store']): string[] {
	const ranges: string[] = [];
	const allDocs = store.db.allDocs.bind(store.db);
	store.db.allDocs = ((options: { startkey?: string }) => {
		if (options.startkey !== undefined) ranges.push(options.startkey);
		return allDocs(options as never);
	}) as typeof store.db.allDocs;
	return ranges;
}

describe('projector, the fast path of dossiers that have just arrived (ADR 22)', () => {
	const folded = (
		dossier: ReturnType<typeof dossierNo>,
		events: Parameters<typeof foldDossier>[1]
	) => dossierRow(dossier, foldDossier(dossier, events, DEFAULT_LIFECYCLE_SETTINGS, testContext));

	it('reads nothing back for a dossier that arrives whole in one batch', async () => {
		const { store, readModel } = freshOffice();
		const dossiers = [1, 2, 3].map(dossierNo);
		const events = dossiers.map((d) => [
			eventFactory(d)('transfer', '2019-11-20T09:00:00', { toUnit: 'Phòng Tư pháp' })
		]);
		for (const [i, d] of dossiers.entries()) {
			await store.putDossier(d);
			for (const e of events[i] ?? []) await store.putEvent(e);
		}
		const ranges = rangeReads(store);
		await new Projector(store, readModel, context).catchUp();
		expect(ranges).toEqual([]);
		for (const [i, d] of dossiers.entries()) {
			expect(await readModel.dossiers.get(d.code)).toEqual(folded(d, events[i] ?? []));
		}
		// Their recorded actions are written all the same (none to replace).
		const decided = eventFactory(dossierNo(4))('result-ready', '2019-11-25T10:00:00', {
			outcome: 'approved'
		});
		await store.putDossier(dossierNo(4));
		await store.putEvent(decided);
		await new Projector(store, readModel, context).catchUp();
		expect(
			(await readModel.actions.where('code').equals(dossierNo(4).code).toArray()).map(
				(a) => a.eventId
			)
		).toEqual([decided.id]);
	});

	it('carries a dossier cut by the batch boundary into the next batch without reading it back', async () => {
		const { store, readModel } = freshOffice();
		const dossier = dossierNo(5);
		const event = eventFactory(dossier);
		const events = [
			event('transfer', '2019-11-20T09:00:00', { toUnit: 'Phòng Tư pháp' }),
			event('result-ready', '2019-11-25T10:00:00', { outcome: 'approved' })
		];
		await store.putDossier(dossier);
		for (const e of events) await store.putEvent(e);
		const ranges = rangeReads(store);
		// One change per batch: the record, then each event in a batch of its own.
		await new Projector(store, readModel, context, 1).catchUp();
		expect(ranges).toEqual([]);
		expect(await readModel.dossiers.get(dossier.code)).toEqual(folded(dossier, events));

		// A later event, in a run of its own, is folded with the stored ones read back.
		const late = event('deliver', '2019-11-26T10:00:00', { method: 'online' });
		await store.putEvent(late);
		await new Projector(store, readModel, context, 1).catchUp();
		expect(ranges.length).toBeGreaterThan(0);
		expect(await readModel.dossiers.get(dossier.code)).toEqual(folded(dossier, [...events, late]));
	});

	it('folds an event written before its intake record when the record arrives in a later batch', async () => {
		const { store, readModel } = freshOffice();
		const dossier = dossierNo(7);
		const event = eventFactory(dossier);
		const early = event('result-ready', '2019-11-25T10:00:00', { outcome: 'approved' });
		const late = event('deliver', '2019-11-26T10:00:00', { method: 'online' });
		await store.putEvent(early);
		const projector = new Projector(store, readModel, context, 1);
		await projector.catchUp();
		expect(await readModel.dossiers.get(dossier.code)).toBeUndefined();

		// The record and a later event in one batch: the early event is read back all the same.
		await store.putDossier(dossier);
		await store.putEvent(late);
		await new Projector(store, readModel, context, 10).catchUp();
		const row = await readModel.dossiers.get(dossier.code);
		expect(row).toEqual(folded(dossier, [early, late]));
		expect(row?.status).toBe('delivered');
	});

	it('folds a dossier the rules could not fold before, with every event, once it can be folded', async () => {
		const { store, readModel } = freshOffice();
		const dossier = dossierNo(8);
		const transfer = eventFactory(dossier)('transfer', '2019-11-20T09:00:00', { toUnit: 'UBND' });
		await store.putEvent(transfer);
		// A read model rebuilt from scratch sees the event and the record in one pass.
		await store.putDossier(dossier);
		const projector = new Projector(store, readModel, context, 1);
		await projector.catchUp();
		expect(await readModel.dossiers.get(dossier.code)).toEqual(folded(dossier, [transfer]));
		await projector.rebuild();
		expect(await readModel.dossiers.get(dossier.code)).toEqual(folded(dossier, [transfer]));
	});
});

describe('work between batches (ADR 25)', () => {
	it('holds batches while it runs, and a catch-up asked meanwhile resolves with its changes in', async () => {
		const { store, readModel } = freshOffice();
		const projector = new Projector(store, readModel, context);
		await store.putDossier(dossierNo(1));
		await projector.catchUp();
		let release: () => void = () => undefined;
		const held = projector.between(
			() => new Promise<string>((resolve) => (release = () => resolve('done')))
		);
		await new Promise((resolve) => setTimeout(resolve, 0));
		await store.putDossier(dossierNo(2));
		const asked = projector.catchUp();
		await new Promise((resolve) => setTimeout(resolve, 20));
		// Nothing was projected while the work held the read model.
		expect(await readModel.dossiers.get(dossierNo(2).code)).toBeUndefined();
		release();
		expect(await held).toBe('done');
		expect(await asked).toBe(1);
		expect(await readModel.dossiers.get(dossierNo(2).code)).toBeDefined();
	});
});

describe('a projector held back by a first pull (ADR 36)', () => {
	const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
	const seqOf = async (store: ReturnType<typeof freshOffice>['store']) =>
		Number((await store.db.info()).update_seq);

	it('folds the open set, then nothing more until the pull ends', async () => {
		const { store, readModel } = freshOffice();
		const projector = new Projector(store, readModel, context, 3);
		for (let n = 1; n <= 3; n++) await store.putDossier(dossierNo(n));
		projector.defer(await seqOf(store));
		// The rest of the office arrives meanwhile.
		for (let n = 4; n <= 6; n++) await store.putDossier(dossierNo(n));
		let done = false;
		const caughtUp = projector.catchUp().then((read) => ((done = true), read));
		await pause(400);
		projector.pulled();
		await pause(400);
		expect(done).toBe(false);
		expect((await readModel.dossiers.toArray()).map((r) => r.code)).toEqual(
			[1, 2, 3].map((n) => dossierNo(n).code)
		);
		projector.defer(null);
		expect(await caughtUp).toBe(6);
		expect(await readModel.dossiers.count()).toBe(6);
	});

	it('goes on by itself once the pull has written nothing for a while', async () => {
		const { store, readModel } = freshOffice();
		const projector = new Projector(store, readModel, context);
		await store.putDossier(dossierNo(1));
		await projector.catchUp();
		// Last heard of almost DEFER_IDLE_MS ago: a stalled pull keeps nothing behind for long.
		projector.defer(await seqOf(store), Date.now() - DEFER_IDLE_MS + 300);
		await store.putDossier(dossierNo(2));
		const started = Date.now();
		expect(await projector.catchUp()).toBe(1);
		expect(Date.now() - started).toBeGreaterThanOrEqual(250);
		expect(await readModel.dossiers.count()).toBe(2);
	});

	it('lists what the page writes at once, ahead of the feed, and the feed folds it again the same', async () => {
		const { store, readModel } = freshOffice();
		const projector = new Projector(store, readModel, context);
		await store.putDossier(dossierNo(1));
		await projector.catchUp();
		projector.defer(await seqOf(store));
		await store.putDossier(dossierNo(2));
		// A receipt and an action of the officer, made during the pull.
		const mine = dossierNo(9);
		await store.putDossier(mine);
		const transfer = eventFactory(mine)('transfer', '2019-11-20T09:00:00', { toUnit: 'UBND' });
		await store.putEvent(transfer);
		await projector.projectNow([`dossier:${mine.code}`, transfer.id]);
		const early = await readModel.dossiers.get(mine.code);
		expect(early).toEqual(
			dossierRow(mine, foldDossier(mine, [transfer], DEFAULT_LIFECYCLE_SETTINGS, testContext))
		);
		const earlyActions = await readModel.actions.where('code').equals(mine.code).toArray();
		expect(await readModel.dossiers.get(dossierNo(2).code)).toBeUndefined();
		expect((await readModel.meta.get('checkpoint'))?.value).toBe(1);
		projector.defer(null);
		expect(await projector.catchUp()).toBe(3);
		expect(await readModel.dossiers.get(mine.code)).toEqual(early);
		expect(await readModel.actions.where('code').equals(mine.code).toArray()).toEqual(earlyActions);
	});

	it('leaves the page’s writes to the feed when nothing holds it back', async () => {
		const { store, readModel } = freshOffice();
		const projector = new Projector(store, readModel, context);
		await store.putDossier(dossierNo(1));
		await projector.projectNow([`dossier:${dossierNo(1).code}`]);
		expect(await readModel.dossiers.count()).toBe(0);
	});
});

describe('how far the read model trails', () => {
	it('counts the local changes not folded yet', async () => {
		const { store, readModel } = freshOffice();
		expect(await changesBehind(store, readModel)).toBe(0);
		for (let n = 1; n <= 4; n++) await store.putDossier(dossierNo(n));
		expect(await changesBehind(store, readModel)).toBe(4);
		const projector = new Projector(store, readModel, context, 3);
		await projector.catchUp();
		expect(await changesBehind(store, readModel)).toBe(0);
	});
});

describe('closed dossiers archived by a first pull (ADR 37)', () => {
	/** A closed dossier as a first pull archives it: the server's documents, with revisions. */
	function archivedDossier(n: number) {
		const dossier = dossierNo(n);
		const event = eventFactory(dossier);
		const events = [
			event('transfer', '2019-11-20T09:00:00', { toUnit: 'Phòng Tư pháp' }),
			event('result-ready', '2019-11-22T10:00:00', { outcome: 'approved' }),
			event('deliver', '2019-11-25T10:00:00', { method: 'online' })
		];
		const docs = [
			{ ...toDossierDoc(dossier), _rev: '1-a' },
			...events.map((e) => ({ ...toEventDoc(e, 'office-1'), _rev: '1-b' }))
		];
		return { dossier, events, record: { code: dossier.code, docs } };
	}

	it('folds them after the changes feed, joined with what PouchDB holds of them, and again on a rebuild', async () => {
		const { store, readModel } = freshOffice();
		await store.putDossier(dossierNo(1));
		const a = archivedDossier(2);
		const b = archivedDossier(3);
		await store.closed.putDossiers([a.record, b.record]);
		// A rating of one of them written at the desk later, in PouchDB.
		const rating = eventFactory(b.dossier)('rate', '2019-11-26T08:00:00', {
			rating: 'satisfied'
		});
		await store.putEvent(rating);
		expect(await changesBehind(store, readModel)).toBe(2 + 2 * 5);

		const projector = new Projector(store, readModel, context, 3);
		expect(await projector.catchUp()).toBe(4);
		const fold = (d: typeof a.dossier, events: typeof a.events) =>
			dossierRow(d, foldDossier(d, events, DEFAULT_LIFECYCLE_SETTINGS, testContext));
		expect(await readModel.dossiers.get(a.dossier.code)).toEqual(fold(a.dossier, a.events));
		const rated = await readModel.dossiers.get(b.dossier.code);
		expect(rated).toEqual(fold(b.dossier, [...b.events, rating]));
		expect(rated?.status).toBe('delivered');
		expect(await readModel.actions.where('code').equals(a.dossier.code).count()).toBeGreaterThan(0);
		expect(await changesBehind(store, readModel)).toBe(0);
		// Nothing new: nothing folded again.
		expect(await projector.catchUp()).toBe(0);

		await readModel.dossiers.clear();
		expect(await projector.rebuild()).toBe(4);
		expect(await readModel.dossiers.get(a.dossier.code)).toEqual(fold(a.dossier, a.events));
		expect(await readModel.dossiers.count()).toBe(3);
	});

	it('folds what the desk writes meanwhile before the rest of the archive', async () => {
		const { store, readModel } = freshOffice();
		await store.closed.putDossiers(
			Array.from({ length: 10 }, (_, i) => archivedDossier(20 + i).record)
		);
		const mine = dossierNo(1);
		let calls = 0;
		let seen: { mine: boolean; rows: number } | null = null;
		const projector: Projector = new Projector(store, readModel, context, 3, async () => {
			calls += 1;
			// The third batch is the archive's second: the officer receives a dossier then.
			if (calls === 3) {
				await store.putDossier(mine);
				void projector.catchUp();
			}
			if (calls === 5) {
				const row = await readModel.dossiers.get(mine.code);
				seen = { mine: row !== undefined, rows: await readModel.dossiers.count() };
			}
		});
		expect(await projector.catchUp()).toBeGreaterThanOrEqual(10);
		// Two batches later the receipt is listed, while the archive is not folded yet.
		expect(seen).toEqual({ mine: true, rows: 7 });
		expect(await readModel.dossiers.count()).toBe(11);
	});

	it('leaves them for the end of a first pull', async () => {
		const { store, readModel } = freshOffice();
		const projector = new Projector(store, readModel, context);
		await store.putDossier(dossierNo(1));
		projector.defer(await seqOf(store));
		await store.closed.putDossiers([archivedDossier(2).record]);
		let done = false;
		const caughtUp = projector.catchUp().then((read) => ((done = true), read));
		await new Promise((resolve) => setTimeout(resolve, 400));
		expect(done).toBe(false);
		expect(await readModel.dossiers.count()).toBe(1);
		projector.defer(null);
		expect(await caughtUp).toBe(2);
		expect(await readModel.dossiers.count()).toBe(2);
	});
});

async function seqOf(store: ReturnType<typeof freshOffice>['store']) {
	return Number((await store.db.info()).update_seq);
}
