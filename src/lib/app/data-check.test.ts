import { describe, expect, it } from 'vitest';
import { localDateTime } from '$lib/domain/time';
import { toDossierDoc, toEventDoc } from '$lib/storage/documents';
import { checkData, rebuildReadModel } from './data-check';
import type { EventDraft } from '$lib/domain/lifecycle';
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

	it('checks and acts on the closed dossiers a first pull archived (ADR 37)', async () => {
		const ws = await testWorkspace();
		// Received on another desk, delivered, and archived here by a first pull.
		const other = await testWorkspace();
		const at = localDateTime('2019-11-20T08:37:00');
		const received = await receiveDossier(other, receiveInput(), at);
		if (!received.ok) throw new Error('receive failed');
		const code = received.dossier.code;
		const steps: [EventDraft, string][] = [
			[{ kind: 'result-ready', payload: { outcome: 'approved' } }, '2019-11-21T09:00:00'],
			[{ kind: 'deliver', payload: { method: 'online' } }, '2019-11-22T09:00:00']
		];
		for (const [draft, when] of steps) {
			const acted = await actOnDossier(other, code, draft, localDateTime(when));
			expect(acted, draft.kind).toMatchObject({ ok: true });
		}
		const stored = await other.store.load(code);
		if (!stored) throw new Error('not stored');
		await ws.store.closed.putDossiers([
			{
				code,
				docs: [
					{ ...toDossierDoc(stored.dossier), _rev: '1-a' },
					...stored.events.map((e) => ({ ...toEventDoc(e, 'lson-test'), _rev: '1-b' }))
				]
			}
		]);
		await ws.projector.catchUp();
		expect((await ws.readModel.dossiers.get(code))?.status).toBe('delivered');
		expect(await checkData(ws)).toMatchObject({ dossiers: 1, events: 2, mismatches: [] });

		// The citizen rates it at this desk: the rating goes to PouchDB and joins the dossier.
		const rated = await actOnDossier(
			ws,
			code,
			{ kind: 'rate', payload: { rating: 'satisfied' } },
			localDateTime('2019-11-22T09:10:00')
		);
		expect(rated.ok).toBe(true);
		await ws.projector.catchUp();
		expect((await ws.store.load(code))?.events).toHaveLength(3);
		expect(await checkData(ws)).toMatchObject({ dossiers: 1, events: 3, mismatches: [] });
		const row = await ws.readModel.dossiers.get(code);
		await ws.readModel.dossiers.put({ ...row!, status: 'in-process' });
		expect(await checkData(ws)).toMatchObject({ mismatches: [code] });
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
