import { describe, expect, it } from 'vitest';
import { isoDate, type IsoDate } from '../time';
import type { CalendarYear } from './calendar-year';
import { buildWorkingCalendar } from './working-calendar';
import { proposeProvisionalYear } from './propose-year';
import { BUILT_IN_YEARS } from './years';

const calendar = buildWorkingCalendar(BUILT_IN_YEARS);
const d = isoDate;

function value<T>(result: { ok: true; value: T } | { ok: false }): T {
	if (!result.ok) throw new Error('unexpected failure');
	return result.value;
}

describe('WorkingCalendar (domain.md §6.1)', () => {
	it('lists its years and their status', () => {
		expect(calendar.years).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027]);
		expect(calendar.yearStatus(2026)).toBe('verified');
		expect(calendar.yearStatus(2027)).toBe('provisional');
		expect(calendar.yearStatus(2030)).toBeUndefined();
	});

	it('counts Monday–Friday and skips weekends', () => {
		expect(value(calendar.isWorkingDay(d('2019-11-20')))).toBe(true);
		expect(value(calendar.isWorkingDay(d('2019-11-23')))).toBe(false);
		expect(value(calendar.isWorkingDay(d('2019-11-24')))).toBe(false);
		expect(value(calendar.nextWorkingDay(d('2019-11-22')))).toBe('2019-11-25');
		expect(value(calendar.previousWorkingDay(d('2019-11-25')))).toBe('2019-11-22');
	});

	it('adds and counts working days both ways', () => {
		expect(value(calendar.addWorkingDays(d('2019-11-20'), 25))).toBe('2019-12-25');
		expect(value(calendar.addWorkingDays(d('2019-12-25'), -25))).toBe('2019-11-20');
		expect(value(calendar.addWorkingDays(d('2019-11-23'), 0))).toBe('2019-11-23');
		expect(value(calendar.workingDaysBetween(d('2019-11-20'), d('2019-12-25')))).toBe(25);
		expect(value(calendar.workingDaysBetween(d('2019-12-25'), d('2019-11-20')))).toBe(-25);
		expect(Object.is(value(calendar.workingDaysBetween(d('2019-11-24'), d('2019-11-23'))), 0)).toBe(
			true
		);
		expect(() => calendar.addWorkingDays(d('2019-11-20'), 1.5)).toThrow();
	});

	it('counts a make-up Saturday as a working day (04/05/2024)', () => {
		expect(value(calendar.addWorkingDays(d('2024-05-03'), 1))).toBe('2024-05-04');
		expect(value(calendar.addWorkingDays(d('2024-04-26'), 1))).toBe('2024-05-02');
	});

	it('reports a year that is not loaded, with the year', () => {
		const missing = { ok: false, error: 'calendar-year-missing', year: 2028 };
		expect(calendar.isWorkingDay(d('2028-01-03'))).toEqual(missing);
		expect(calendar.nextWorkingDay(d('2027-12-31'))).toEqual(missing);
		expect(calendar.addWorkingDays(d('2027-12-20'), 30)).toEqual(missing);
		expect(calendar.workingDaysBetween(d('2027-12-20'), d('2028-01-05'))).toEqual(missing);
		expect(calendar.workingDaysBetween(d('2028-01-05'), d('2027-12-20'))).toEqual(missing);
		expect(calendar.previousWorkingDay(d('2019-01-01'))).toEqual({ ...missing, year: 2018 });
	});

	it('refuses a year given twice (a bug in the caller)', () => {
		expect(() => buildWorkingCalendar([BUILT_IN_YEARS[0]!, BUILT_IN_YEARS[0]!])).toThrow();
	});
});

/** Last working day before each Tết break and the first one after it (domain.md §11.4). */
const TET_BREAKS: readonly [number, string, string][] = [
	[2019, '2019-02-01', '2019-02-11'],
	[2020, '2020-01-22', '2020-01-30'],
	[2021, '2021-02-09', '2021-02-17'],
	[2022, '2022-01-28', '2022-02-07'],
	[2023, '2023-01-19', '2023-01-27'],
	[2024, '2024-02-07', '2024-02-15'],
	[2025, '2025-01-24', '2025-02-03'],
	[2026, '2026-02-13', '2026-02-23']
];

describe('Tết breaks', () => {
	it.each(TET_BREAKS)('%i: one working day after %s is %s', (_, before, after) => {
		expect(value(calendar.addWorkingDays(d(before), 1))).toBe(after);
		expect(value(calendar.nextWorkingDay(d(before)))).toBe(after);
		expect(value(calendar.workingDaysBetween(d(before), d(after)))).toBe(1);
		expect(value(calendar.previousWorkingDay(d(after)))).toBe(before);
	});

	it('2027 (provisional): the proposal puts the break from Thu 04/02 to Wed 10/02', () => {
		const proposed = proposeProvisionalYear(2027);
		if (!proposed.ok) throw new Error(proposed.error);
		const withProposal = buildWorkingCalendar([proposed.value]);
		expect(value(withProposal.nextWorkingDay(d('2027-02-03')))).toBe('2027-02-11');
	});
});

describe('a calendar from catalogue data', () => {
	it('uses only the years it is given', () => {
		const year: CalendarYear = {
			year: 2030,
			status: 'provisional',
			open: [],
			bases: {},
			entries: []
		};
		const only2030 = buildWorkingCalendar([year]);
		const day: IsoDate = d('2030-01-01');
		expect(value(only2030.isWorkingDay(day))).toBe(true);
		expect(only2030.entryOn(day)).toBeUndefined();
	});
});
