import { describe, expect, it } from 'vitest';
import { localDateTime } from '$lib/domain/time';
import { checkData, rebuildReadModel } from './data-check';
import { actOnDossier } from './dossier-actions';
import { receiveDossier } from './receive-dossier';
import { receiveInput, testWorkspace } from './test-support';

describe('checking the read model against the documents', () => {
	it('finds it consistent, notices a tampered row and rebuilds it', async () => {
		const ws = await testWorkspace();
		const at = localDateTime('2019-11-20T08:37:00');
		const a = await receiveDossier(ws, receiveInput(), at);
		const b = await receiveDossier(ws, receiveInput(), at);
		if (!a.ok || !b.ok) throw new Error('receive failed');
		const acted = await actOnDossier(
			ws,
			a.dossier.code,
			{ kind: 'transfer', payload: { toUnit: 'Tư pháp' } },
			localDateTime('2019-11-20T09:00:00')
		);
		expect(acted.ok).toBe(true);

		expect(await checkData(ws)).toEqual({
			dossiers: 2,
			events: 1,
			mismatches: [],
			orphanRows: [],
			unreadable: 0
		});

		const row = await ws.readModel.dossiers.get(b.dossier.code);
		await ws.readModel.dossiers.put({ ...row!, status: 'delivered' });
		await ws.readModel.dossiers.put({ ...row!, code: 'X-1' });
		expect(await checkData(ws)).toMatchObject({
			mismatches: [b.dossier.code],
			orphanRows: ['X-1']
		});

		expect(await rebuildReadModel(ws)).toBe(3);
		expect(await checkData(ws)).toMatchObject({ mismatches: [], orphanRows: [] });
	});

	it('refuses an action the dossier does not allow and writes nothing', async () => {
		const ws = await testWorkspace();
		const a = await receiveDossier(ws, receiveInput(), localDateTime('2019-11-20T08:37:00'));
		if (!a.ok) throw new Error('receive failed');
		const result = await actOnDossier(
			ws,
			a.dossier.code,
			{ kind: 'deliver', payload: { method: 'online' } },
			localDateTime('2019-11-20T09:00:00')
		);
		expect(result).toEqual({ ok: false, error: 'not-allowed-in-state' });
		expect(
			await actOnDossier(
				ws,
				'NOPE-1',
				{ kind: 'withdraw', payload: { reason: 'x' } },
				localDateTime('2019-11-20T09:00:00')
			)
		).toEqual({ ok: false, error: 'dossier-not-found' });
		expect((await ws.store.load(a.dossier.code))?.events).toEqual([]);
	});
});
