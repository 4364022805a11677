import { describe, expect, it } from 'vitest';
import { DEFAULT_LIFECYCLE_SETTINGS, foldDossier } from '../lifecycle';
import { eventFactory, makeDossier, testContext } from '../lifecycle/test-support';
import type { DossierEvent } from '../model';
import { toReportEntry } from './entry';

const dossier = makeDossier({ channel: 'online' });
const e = eventFactory(dossier);
const entryOf = (events: DossierEvent[]) =>
	toReportEntry(dossier, foldDossier(dossier, events, DEFAULT_LIFECYCLE_SETTINGS, testContext));

describe('toReportEntry (domain.md §8.2)', () => {
	const transfer = e('transfer', '2019-11-20T09:00:00', { toUnit: 'U' });

	it("keeps an unsatisfied rating's reason, and no other comment", () => {
		const rated = (rating: 'satisfied' | 'unsatisfied', reason: string) =>
			entryOf([
				transfer,
				e('result-ready', '2019-11-25T09:00:00', { outcome: 'approved' }),
				e('rate', '2019-11-25T10:00:00', { rating, reason })
			]).ratings;
		expect(rated('unsatisfied', 'Chờ lâu')).toEqual([
			{
				rating: 'unsatisfied',
				at: '2019-11-25T10:00:00',
				reason: 'Chờ lâu',
				followUp: { state: 'open', assignee: null }
			}
		]);
		expect(rated('satisfied', 'Tốt')).toEqual([{ rating: 'satisfied', at: '2019-11-25T10:00:00' }]);
	});

	it('takes the finish from the fold', () => {
		expect(entryOf([transfer]).finish).toBeNull();
		const decided = entryOf([
			transfer,
			e('result-ready', '2019-11-25T09:00:00', {
				outcome: 'refused',
				reason: 'Không đủ điều kiện'
			}),
			e('rate', '2019-11-25T10:00:00', { rating: 'satisfied' })
		]);
		expect(decided).toMatchObject({
			code: dossier.code,
			officeId: 'office-1',
			sector: 'tu-phap',
			procedureCode: dossier.procedure.code,
			procedureName: dossier.procedure.name,
			channel: 'online',
			finish: { kind: 'resolved', at: '2019-11-25T09:00:00', outcome: 'refused' },
			ratings: [{ rating: 'satisfied', at: '2019-11-25T10:00:00' }]
		});
		expect(entryOf([e('withdraw', '2019-11-21T09:00:00', { reason: 'x' })]).finish).toEqual({
			kind: 'withdrawn',
			at: '2019-11-21T09:00:00'
		});
		expect(
			entryOf([e('stop', '2019-11-21T09:00:00', { reason: 'x', returnedUnresolved: true })]).finish
		).toEqual({
			kind: 'returned',
			at: '2019-11-21T09:00:00'
		});
	});

	it('keeps the due-time history so past periods see the due time of their day', () => {
		const entry = entryOf([
			transfer,
			e('request-supplement', '2019-11-21T09:00:00', { reason: 'x', items: [] }),
			e('supplement-received', '2019-11-22T09:00:00', {})
		]);
		expect(entry.dueTimeline.map((d) => d.dueAt)).toEqual([
			'2019-11-27T08:37:00',
			'2019-11-28T08:37:00'
		]);
		expect(entry.pauses).toHaveLength(1);
	});

	it('throws when given the fold of another dossier (a bug)', () => {
		const other = makeDossier({ code: 'OTHER' });
		const folded = foldDossier(other, [], DEFAULT_LIFECYCLE_SETTINGS, testContext);
		expect(() => toReportEntry(dossier, folded)).toThrow(/OTHER/);
	});
});
