import { describe, expect, it } from 'vitest';
import { DEFAULT_LIFECYCLE_SETTINGS, foldDossier } from '$lib/domain/lifecycle';
import { eventFactory, makeDossier, testContext } from '$lib/domain/lifecycle/test-support';
import { toReportEntry } from '$lib/domain/report';
import type { LocalDateTime } from '$lib/domain/time';
import { dossierRow } from './dossier-row';
import { Projector, type FoldContext } from './projector';
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
