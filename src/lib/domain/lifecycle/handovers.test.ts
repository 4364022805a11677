import { describe, expect, it } from 'vitest';
import { buildWorkingCalendar } from '../calendar';
import type { ProcedureStep } from '../model';
import { foldDossier } from './fold';
import { DEFAULT_LIFECYCLE_SETTINGS as SETTINGS } from './settings';
import { eventFactory, testContext, makeDossier } from './test-support';

const steps: ProcedureStep[] = [
	{ unit: 'Phòng Tài nguyên', time: { unit: 'working-days', amount: 3 } },
	{ unit: 'Chi cục Thuế', time: { unit: 'working-days', amount: 2 } },
	{ unit: 'Bộ phận khác', time: { unit: 'none' } }
];
const base = makeDossier();
const interAgency = makeDossier({ procedure: { ...base.procedure, steps } });

describe('Form 05 hand-over rows (domain.md §5.5, §6.5)', () => {
	it('gives each step its own due time and timing', () => {
		const e = eventFactory(interAgency);
		const f = foldDossier(
			interAgency,
			[
				e('transfer', '2019-11-20T09:00:00', { toUnit: 'Phòng Tài nguyên' }), // due Mon 25 09:00
				e('transfer', '2019-11-25T10:00:00', { toUnit: 'Chi cục Thuế' }), // late; due Wed 27 10:00
				e('request-supplement', '2019-11-25T11:00:00', { reason: 'x', items: [] }),
				e('supplement-received', '2019-11-26T11:00:00', {}), // step due → Thu 28 10:00
				e('transfer', '2019-11-27T09:00:00', { toUnit: 'Bộ phận khác' }),
				e('transfer', '2019-11-27T10:00:00', { toUnit: 'Extra' }),
				e('result-ready', '2019-11-27T11:00:00', { outcome: 'approved' })
			],
			SETTINGS,
			testContext
		);
		expect(f.handovers.map((h) => [h.step, h.toUnit, h.dueAt, h.endedAt, h.timing])).toEqual([
			[0, 'Phòng Tài nguyên', '2019-11-25T09:00:00', '2019-11-25T10:00:00', 'late'],
			[1, 'Chi cục Thuế', '2019-11-28T10:00:00', '2019-11-27T09:00:00', 'early'],
			[2, 'Bộ phận khác', null, '2019-11-27T10:00:00', null],
			[3, 'Extra', null, '2019-11-27T11:00:00', null]
		]);
	});

	it('uses the dossier due time for a single-agency procedure; an open step has no timing', () => {
		const e = eventFactory(base);
		const open = foldDossier(
			base,
			[e('transfer', '2019-11-20T09:00:00', { toUnit: 'U' })],
			SETTINGS,
			testContext
		);
		expect(open.handovers[0]).toMatchObject({
			dueAt: base.dueAt,
			endedAt: null,
			timing: null,
			by: 'officer-a',
			deskId: 'desk-1'
		});
		const done = foldDossier(
			base,
			[
				e('transfer', '2019-11-20T09:00:00', { toUnit: 'U' }),
				e('result-ready', '2019-11-27T08:00:00', { outcome: 'approved' })
			],
			SETTINGS,
			testContext
		);
		expect(done.handovers[0]?.timing).toBe('on-time');
	});

	it('does not shift a step by a pause still open', () => {
		const e = eventFactory(interAgency);
		const f = foldDossier(
			interAgency,
			[
				e('transfer', '2019-11-20T09:00:00', { toUnit: 'Phòng Tài nguyên' }),
				e('request-supplement', '2019-11-21T09:00:00', { reason: 'x', items: [] })
			],
			SETTINGS,
			testContext
		);
		expect(f.handovers[0]?.dueAt).toBe('2019-11-25T09:00:00');
	});

	it('leaves a step without a due time when the calendar lacks the year', () => {
		const e = eventFactory(interAgency);
		const noYears = { ...testContext, calendar: buildWorkingCalendar([]) };
		const f = foldDossier(
			interAgency,
			[e('transfer', '2019-11-20T09:00:00', { toUnit: 'Phòng Tài nguyên' })],
			SETTINGS,
			noYears
		);
		expect(f.handovers[0]?.dueAt).toBeNull();
	});
});
