import { describe, expect, it } from 'vitest';
import { isoDate, localDateTime } from '../time';
import {
	closingAt,
	dailyWorkingSeconds,
	isValidOfficeHours,
	openingAt,
	periodSeconds,
	rollToOpening
} from './office-hours';
import { DEFAULT_CALENDAR_SETTINGS, DEFAULT_OFFICE_HOURS, parseClock } from './settings';
import { buildWorkingCalendar } from './working-calendar';
import { BUILT_IN_YEARS } from './years';

const ctx = {
	calendar: buildWorkingCalendar(BUILT_IN_YEARS),
	hours: DEFAULT_OFFICE_HOURS,
	settings: DEFAULT_CALENDAR_SETTINGS
};

describe('receipt outside office hours rolls to the next opening (domain.md §6.2)', () => {
	it.each([
		['before opening', '2019-11-20T06:45', '2019-11-20T07:30:00'],
		['at opening', '2019-11-20T07:30', '2019-11-20T07:30:00'],
		['inside the morning (seconds kept)', '2019-11-20T08:37:15', '2019-11-20T08:37:15'],
		['at the start of lunch', '2019-11-20T11:30', '2019-11-20T13:30:00'],
		['during lunch', '2019-11-20T12:15', '2019-11-20T13:30:00'],
		['last second of the afternoon', '2019-11-20T16:59:59', '2019-11-20T16:59:59'],
		['at closing', '2019-11-20T17:00', '2019-11-21T07:30:00'],
		['after closing on a Friday', '2019-11-22T19:00', '2019-11-25T07:30:00'],
		['on a Saturday-morning desk', '2019-11-23T09:00', '2019-11-25T07:30:00'],
		['on a holiday (Mon 02/09/2019)', '2019-09-02T08:00', '2019-09-03T07:30:00'],
		['on a make-up Saturday (04/05/2019)', '2019-05-04T08:00', '2019-05-04T08:00:00'],
		['after closing before the Tết break', '2019-02-01T17:30', '2019-02-11T07:30:00']
	])('%s: %s → %s', (_, at, expected) => {
		expect(rollToOpening(localDateTime(at), ctx)).toEqual({ ok: true, value: expected });
	});

	it('reports a missing year when the next opening is in it', () => {
		expect(rollToOpening(localDateTime('2027-12-31T18:00'), ctx)).toEqual({
			ok: false,
			error: 'calendar-year-missing',
			year: 2028
		});
		expect(rollToOpening(localDateTime('2030-01-02T08:00'), ctx)).toMatchObject({ year: 2030 });
	});

	it('follows the office hours it is given (07:00–11:30, 13:30–17:30)', () => {
		const hours = {
			periods: [
				{ start: 420, end: 690 },
				{ start: 810, end: 1050 }
			]
		};
		const at = localDateTime('2019-11-20T17:15');
		expect(rollToOpening(at, { ...ctx, hours })).toEqual({ ok: true, value: at });
		expect(rollToOpening(localDateTime('2019-11-20T06:59'), { ...ctx, hours })).toEqual({
			ok: true,
			value: '2019-11-20T07:00:00'
		});
	});
});

describe('office hours (domain.md §6.1)', () => {
	it('defaults to 07:30–11:30 and 13:30–17:00 (7.5 h)', () => {
		expect(dailyWorkingSeconds(DEFAULT_OFFICE_HOURS)).toBe(27_000);
		expect(openingAt(isoDate('2020-03-02'), DEFAULT_OFFICE_HOURS)).toBe('2020-03-02T07:30:00');
		expect(closingAt(isoDate('2020-03-02'), DEFAULT_OFFICE_HOURS)).toBe('2020-03-02T17:00:00');
	});

	it.each([
		['no period', []],
		['an empty period', [{ start: 600, end: 600 }]],
		[
			'overlapping periods',
			[
				{ start: 450, end: 700 },
				{ start: 690, end: 1020 }
			]
		],
		[
			'unsorted periods',
			[
				{ start: 810, end: 1020 },
				{ start: 450, end: 690 }
			]
		],
		['a period to midnight', [{ start: 450, end: 1440 }]],
		['a negative start', [{ start: -10, end: 600 }]],
		['fractional minutes', [{ start: 450.5, end: 600 }]]
	])('rejects %s', (_, periods) => {
		expect(isValidOfficeHours({ periods })).toBe(false);
		expect(() => periodSeconds({ periods })).toThrow();
	});

	it('parses HH:mm clock times', () => {
		expect(parseClock('15:00')).toBe(900);
		expect(parseClock('07:05')).toBe(425);
		expect(parseClock('24:00')).toBeUndefined();
		expect(parseClock('7:30')).toBeUndefined();
	});
});
