import { describe, expect, it } from 'vitest';
import type { ProcedureTime } from '../model';
import { localDateTime } from '../time';
import { computeDueAt } from './due-date';
import { DEFAULT_CALENDAR_SETTINGS, DEFAULT_OFFICE_HOURS } from './settings';
import { computeStepDueAts } from './steps';
import { buildWorkingCalendar } from './working-calendar';
import { BUILT_IN_YEARS } from './years';

const ctx = {
	calendar: buildWorkingCalendar(BUILT_IN_YEARS),
	hours: DEFAULT_OFFICE_HOURS,
	settings: DEFAULT_CALENDAR_SETTINGS
};
const due = (at: string, time: ProcedureTime, context = ctx) =>
	computeDueAt(localDateTime(at), time, context);
const workingDays = (amount: number): ProcedureTime => ({ unit: 'working-days', amount });
const calendarDays = (amount: number): ProcedureTime => ({ unit: 'calendar-days', amount });
const hours = (amount: number): ProcedureTime => ({ unit: 'working-hours', amount });
const sameDay = (cutoff = '15:00'): ProcedureTime => ({ unit: 'same-day', cutoff });
const okAt = (value: string) => ({ ok: true, value });

describe('working days keep the clock time (domain.md §6.2)', () => {
	it('the real slip: Wed 20/11/2019 08:37 + 25 working days = Wed 25/12/2019 08:37', () => {
		expect(due('2019-11-20T08:37', workingDays(25))).toEqual(okAt('2019-12-25T08:37:00'));
		expect(due('2019-11-20T08:37:42', workingDays(25))).toEqual(okAt('2019-12-25T08:37:42'));
	});

	it('a 3-working-day dossier of Thu 03/12/2026 09:00 is due Tue 08/12 09:00; before opening, 07:30', () => {
		// Issue 9.10: "07 giờ 30 phút ngày 08/12" is right only for a receipt before 07:30 (the clock
		// starts at opening); at 09:00 the due time keeps 09:00.
		expect(due('2026-12-03T09:00', workingDays(3))).toEqual(okAt('2026-12-08T09:00:00'));
		expect(due('2026-12-03T07:05', workingDays(3))).toEqual(okAt('2026-12-08T07:30:00'));
	});

	it.each([
		['after closing', '2019-11-22T17:30', 1, '2019-11-26T07:30:00'],
		['during lunch', '2019-11-20T12:15', 2, '2019-11-22T13:30:00'],
		['before opening', '2019-11-20T06:00', 1, '2019-11-21T07:30:00'],
		['on a Saturday', '2019-11-23T09:00', 0, '2019-11-25T07:30:00'],
		['across Quốc khánh 2021 (2 days)', '2021-09-01T10:00', 1, '2021-09-06T10:00:00'],
		['across Quốc khánh 2020 (1 day)', '2020-09-01T10:00', 1, '2020-09-03T10:00:00'],
		['onto a make-up Saturday', '2025-04-25T10:00', 1, '2025-04-26T10:00:00']
	])('received %s (%s) + %i', (_, at, n, expected) => {
		expect(due(at, workingDays(n))).toEqual(okAt(expected));
	});

	it.each([
		['2019-02-01', '2019-02-11'],
		['2020-01-22', '2020-01-30'],
		['2021-02-09', '2021-02-17'],
		['2022-01-28', '2022-02-07'],
		['2023-01-19', '2023-01-27'],
		['2024-02-07', '2024-02-15'],
		['2025-01-24', '2025-02-03'],
		['2026-02-13', '2026-02-23']
	])('received %s before Tết, 1 working day later is %s', (before, after) => {
		expect(due(`${before}T09:00`, workingDays(1))).toEqual(okAt(`${after}T09:00:00`));
	});

	it('a fraction of a day adds office time (0.5 day = 3 h 45 with 7.5 h days)', () => {
		expect(due('2019-11-20T08:00', workingDays(0.5))).toEqual(okAt('2019-11-20T13:45:00'));
		expect(due('2019-11-20T08:00', workingDays(1.5))).toEqual(okAt('2019-11-21T13:45:00'));
	});
});

describe('calendar days (domain.md §6.2)', () => {
	it.each([
		['landing on a Friday', '2019-11-20T09:00', 2, '2019-11-22T09:00:00'],
		['landing on a Saturday → Monday', '2019-11-20T09:00', 3, '2019-11-25T09:00:00'],
		['landing on a Sunday → Monday', '2019-11-20T09:00', 4, '2019-11-25T09:00:00'],
		['landing on Quốc khánh → Tuesday', '2019-08-28T09:00', 5, '2019-09-03T09:00:00'],
		['received on a Sunday', '2019-11-24T09:00', 4, '2019-11-29T07:30:00'],
		['received on a Sunday, landing on a Saturday', '2019-11-24T09:00', 5, '2019-12-02T07:30:00']
	])('%s', (_, at, n, expected) => {
		expect(due(at, calendarDays(n))).toEqual(okAt(expected));
	});

	it('refuses a fractional number of calendar days (a catalogue bug)', () => {
		expect(() => due('2019-11-20T09:00', calendarDays(1.5))).toThrow();
		expect(() => due('2019-11-20T09:00', workingDays(-1))).toThrow();
		expect(() => due('2019-11-20T09:00', hours(Number.NaN))).toThrow();
	});
});

describe('working hours (domain.md §6.2)', () => {
	it.each([
		['across lunch and the night', '2019-11-20T10:00', 8, '2019-11-21T10:30:00'],
		['ending exactly at lunch', '2019-11-20T07:30', 4, '2019-11-20T11:30:00'],
		['starting just before lunch', '2019-11-20T11:15', 0.5, '2019-11-20T13:45:00'],
		['over a weekend', '2019-11-22T16:30', 2, '2019-11-25T09:00:00'],
		['received after closing', '2019-11-20T18:00', 1, '2019-11-21T08:30:00']
	])('%s', (_, at, n, expected) => {
		expect(due(at, hours(n))).toEqual(okAt(expected));
	});
});

describe('same-day procedures with a cut-off (domain.md §6.2, §7)', () => {
	it.each([
		['before the cut-off', '2019-11-20T10:00', '2019-11-20T17:00:00'],
		['exactly at the cut-off', '2019-11-20T15:00', '2019-11-20T17:00:00'],
		['one second after the cut-off', '2019-11-20T15:00:01', '2019-11-21T17:00:00'],
		['after the cut-off on a Friday', '2019-11-22T15:30', '2019-11-25T17:00:00'],
		['before opening', '2019-11-20T06:00', '2019-11-20T17:00:00'],
		['after closing', '2019-11-20T17:30', '2019-11-21T17:00:00'],
		['on a Saturday', '2019-11-23T09:00', '2019-11-25T17:00:00'],
		['after the cut-off before Tết', '2019-02-01T16:00', '2019-02-11T17:00:00']
	])('received %s', (_, at, expected) => {
		expect(due(at, sameDay())).toEqual(okAt(expected));
	});

	it('uses the procedure cut-off, or the setting when the procedure gives none', () => {
		expect(due('2019-11-20T11:00', sameDay('10:30'))).toEqual(okAt('2019-11-21T17:00:00'));
		const settings = { ...DEFAULT_CALENDAR_SETTINGS, sameDayCutoff: '10:00' };
		expect(due('2019-11-20T11:00', sameDay(''), { ...ctx, settings })).toEqual(
			okAt('2019-11-21T17:00:00')
		);
		expect(due('2019-11-20T11:00', sameDay(''))).toEqual(okAt('2019-11-20T17:00:00'));
		expect(() => due('2019-11-20T11:00', sameDay('3pm'))).toThrow();
	});

	it('reports missing years', () => {
		expect(due('2027-12-31T16:00', sameDay())).toMatchObject({ ok: false, year: 2028 });
		expect(due('2028-01-03T09:00', sameDay())).toMatchObject({ ok: false, year: 2028 });
		expect(due('2027-12-31T09:00', sameDay())).toEqual(okAt('2027-12-31T17:00:00'));
	});
});

describe('no time limit, missing years', () => {
	it('a procedure without an appointment date has no due time', () => {
		expect(due('2019-11-20T08:37', { unit: 'none' })).toEqual({ ok: true, value: null });
	});

	it.each([workingDays(10), calendarDays(10), hours(80), workingDays(1.5)])(
		'%o beyond the loaded years gives calendar-year-missing',
		(time) => {
			const missing = { ok: false, error: 'calendar-year-missing', year: 2028 };
			expect(due('2027-12-30T16:55', time)).toEqual(missing);
			expect(due('2028-01-03T09:00', time)).toEqual(missing);
		}
	);
});

describe('per-step due times of an inter-agency procedure (domain.md §6.5)', () => {
	const steps = [
		{ unit: 'UBND xã', time: workingDays(5) },
		{ unit: 'Bưu điện', time: { unit: 'none' } as const },
		{ unit: 'Sở Tư pháp', time: workingDays(10) }
	];

	it('chains each step from the previous due time', () => {
		expect(computeStepDueAts(localDateTime('2019-11-20T08:37'), steps, ctx)).toEqual({
			ok: true,
			value: [
				{ unit: 'UBND xã', startAt: '2019-11-20T08:37:00', dueAt: '2019-11-27T08:37:00' },
				{ unit: 'Bưu điện', startAt: '2019-11-27T08:37:00', dueAt: null },
				{ unit: 'Sở Tư pháp', startAt: '2019-11-27T08:37:00', dueAt: '2019-12-11T08:37:00' }
			]
		});
	});

	it('reports a missing year from any step', () => {
		expect(computeStepDueAts(localDateTime('2027-12-20T08:37'), steps, ctx)).toMatchObject({
			ok: false,
			year: 2028
		});
	});
});
