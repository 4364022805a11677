import { describe, expect, it } from 'vitest';
import { DEFAULT_LIFECYCLE_SETTINGS } from '$lib/domain/lifecycle';
import { eventFactory, makeDossier, testContext } from '$lib/domain/lifecycle/test-support';
import { Projector, type FoldContext } from './projector';
import { freshOffice } from './test-support';

const context = (): FoldContext => ({
	settings: DEFAULT_LIFECYCLE_SETTINGS,
	deadlines: testContext
});

describe('the actions of the read model', () => {
	it('keeps the applied decisions and hand-overs, replaced whole when a dossier is folded again', async () => {
		const { store, readModel } = freshOffice();
		const dossier = makeDossier();
		const desk1 = eventFactory(dossier, 'desk-1', 'officer-a');
		const desk2 = eventFactory(dossier, 'desk-2', 'officer-b');
		await store.putDossier(dossier);
		const transfer = desk1('transfer', '2019-11-20T09:00:00', { toUnit: 'Tư pháp' });
		const decided = desk1('result-ready', '2019-11-22T10:00:00', { outcome: 'approved' });
		const late = desk1('deliver', '2019-11-25T11:00:00', { method: 'online' });
		for (const e of [transfer, decided, late]) await store.putEvent(e);
		const projector = new Projector(store, readModel, context);
		await projector.catchUp();
		const row = (e: typeof decided) => ({
			eventId: e.id,
			code: dossier.code,
			kind: e.kind,
			at: e.at,
			by: e.by,
			deskId: e.deskId
		});
		expect(await readModel.actions.orderBy('at').toArray()).toEqual([row(decided), row(late)]);

		// Another desk's earlier hand-over arrives: desk 1's becomes an anomaly and leaves the table.
		const early = desk2('deliver', '2019-11-25T10:00:00', { method: 'online' });
		await store.putEvent(early);
		await projector.catchUp();
		expect(await readModel.actions.orderBy('at').toArray()).toEqual([row(decided), row(early)]);

		await projector.rebuild();
		expect(await readModel.actions.orderBy('at').toArray()).toEqual([row(decided), row(early)]);
	});
});
