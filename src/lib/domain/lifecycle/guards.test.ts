import { describe, expect, it } from 'vitest';
import type { DeadlineContext } from '../calendar';
import type { DossierEvent } from '../model';
import { foldDossier } from './fold';
import { DEFAULT_LIFECYCLE_SETTINGS as SETTINGS, type LifecycleSettings } from './settings';
import { eventFactory, testContext, makeDossier } from './test-support';

const dossier = makeDossier(); // received Wed 20/11/2019 08:37, due Wed 27/11/2019 08:37
const fold = (
	events: DossierEvent[],
	settings: LifecycleSettings = SETTINGS,
	ctx: DeadlineContext = testContext
) => foldDossier(dossier, events, settings, ctx);
const codes = (events: DossierEvent[], settings?: LifecycleSettings, ctx?: DeadlineContext) =>
	fold(events, settings, ctx).anomalies.map((a) => a.code);

describe('guards become anomalies in the fold (domain.md §4.2, §6.3, §6.4, §10)', () => {
	const e = eventFactory(dossier);
	const transfer = e('transfer', '2019-11-20T09:00:00', { toUnit: 'U' });
	const ask = (at: string, reason = 'Thiếu') => e('request-supplement', at, { reason, items: [] });
	const back = (at: string) => e('supplement-received', at, {});
	const apology = (at: string, newDueAt = '2019-12-02T08:37:00', reason = 'Xác minh') =>
		e('apology', at, { reason, newDueAt: newDueAt as never });

	it('allows one supplement request by default, more when configured', () => {
		const events = [
			transfer,
			ask('2019-11-21T09:00:00'),
			back('2019-11-21T10:00:00'),
			ask('2019-11-21T11:00:00')
		];
		expect(codes(events)).toEqual(['supplement-limit-reached']);
		expect(fold(events).state).toBe('in-process');
		expect(codes(events, { ...SETTINGS, maxSupplementRequests: 2 })).toEqual([]);
		expect(fold(events, { ...SETTINGS, maxSupplementRequests: 2 }).supplementRequests).toBe(2);
	});

	it('requires reasons', () => {
		expect(codes([transfer, ask('2019-11-21T09:00:00', '  ')])).toEqual(['reason-required']);
		expect(codes([transfer, apology('2019-11-21T09:00:00', undefined, '')])).toEqual([
			'reason-required'
		]);
		expect(
			codes([transfer, e('result-ready', '2019-11-21T09:00:00', { outcome: 'refused' })])
		).toEqual(['reason-required']);
		expect(codes([e('withdraw', '2019-11-21T09:00:00', { reason: '' })])).toEqual([
			'reason-required'
		]);
		expect(
			codes([e('stop', '2019-11-21T09:00:00', { reason: '', returnedUnresolved: false })])
		).toEqual(['reason-required']);
		const decided = e('result-ready', '2019-11-21T09:00:00', { outcome: 'approved' });
		expect(codes([decided, e('rate', '2019-11-21T10:00:00', { rating: 'unsatisfied' })])).toEqual([
			'reason-required'
		]);
		expect(codes([e('transfer', '2019-11-20T09:00:00', { toUnit: ' ' })])).toEqual([
			'unit-required'
		]);
	});

	it('takes an apology at least one working day before due, once (§6.4)', () => {
		// Due Wed 27/11 08:37: the letter must be signed by Tue 26/11 08:37.
		expect(codes([transfer, apology('2019-11-26T08:37:00')])).toEqual([]);
		expect(codes([transfer, apology('2019-11-26T08:38:00')])).toEqual(['apology-too-late']);
		expect(codes([transfer, apology('2019-11-28T07:00:00')])).toEqual(['apology-too-late']);
		const lead2 = {
			...testContext,
			settings: { ...testContext.settings, apologyLeadWorkingDays: 2 }
		};
		expect(codes([transfer, apology('2019-11-25T08:37:00')], SETTINGS, lead2)).toEqual([]);
		expect(codes([transfer, apology('2019-11-26T08:00:00')], SETTINGS, lead2)).toEqual([
			'apology-too-late'
		]);
		expect(
			codes([transfer, apology('2019-11-21T09:00:00'), apology('2019-11-22T09:00:00')])
		).toEqual(['apology-already-given']);
		expect(codes([transfer, apology('2019-11-21T09:00:00', '2019-11-27T08:37:00')])).toEqual([
			'apology-date-not-later'
		]);
	});

	it('refuses an apology on a dossier without a due date', () => {
		const noDue = makeDossier({ dueAt: null });
		const n = eventFactory(noDue);
		const f = foldDossier(
			noDue,
			[
				n('transfer', '2019-11-20T09:00:00', { toUnit: 'U' }),
				n('apology', '2019-11-21T09:00:00', {
					reason: 'x',
					newDueAt: '2019-12-01T00:00:00' as never
				})
			],
			SETTINGS,
			testContext
		);
		expect(f.anomalies.map((a) => a.code)).toEqual(['apology-without-due-date']);
	});

	it('keeps an event dated before receipt as an anomaly', () => {
		expect(codes([e('transfer', '2019-11-20T08:00:00', { toUnit: 'U' })])).toEqual([
			'before-receipt'
		]);
	});

	it('reports actions after a terminal state and keeps them in the history', () => {
		const events = [
			e('withdraw', '2019-11-21T09:00:00', { reason: 'Xin rút' }),
			e('transfer', '2019-11-22T09:00:00', { toUnit: 'U' })
		];
		const f = fold(events);
		expect(f.state).toBe('withdrawn');
		expect(f.anomalies).toEqual([
			expect.objectContaining({
				code: 'after-terminal-state',
				kind: 'transfer',
				state: 'withdrawn'
			})
		]);
		expect(f.lastEventAt).toBe('2019-11-22T09:00:00');
		expect(f.supervisorFlags).toEqual(['anomaly']);
	});
});
