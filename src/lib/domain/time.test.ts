import { describe, expect, it } from 'vitest';
import {
	addDays,
	addMinutes,
	atMinute,
	compareText,
	datePart,
	dayNumber,
	formatVnDate,
	formatVnDateTime,
	fromDayNumber,
	isIsoDate,
	isLocalDateTime,
	isoDate,
	localDateTime,
	minuteOfDay,
	minutesBetween,
	parseVnDate,
	parseVnDateTime,
	toEpochMs,
	toLocalDateTime,
	weekday
} from './time';

describe('time values in Vietnam time', () => {
	it('accepts real days only', () => {
		expect(isIsoDate('2020-02-29')).toBe(true);
		expect(isIsoDate('2019-02-29')).toBe(false);
		expect(isIsoDate('2019-2-1')).toBe(false);
		expect(() => isoDate('31/12/2019')).toThrow();
		expect(isLocalDateTime('2019-11-20T08:37:00')).toBe(true);
		expect(isLocalDateTime('2019-11-20T24:00:00')).toBe(false);
		expect(isLocalDateTime('2019-11-20T23:60:00')).toBe(false);
		expect(isLocalDateTime('2019-11-20T23:59:60')).toBe(false);
		expect(isLocalDateTime('2019-11-31T08:00:00')).toBe(false);
		expect(isLocalDateTime('2019-11-20 08:00:00')).toBe(false);
		expect(localDateTime('2019-11-20T08:37')).toBe('2019-11-20T08:37:00');
		expect(() => localDateTime('2019-11-20T8:37')).toThrow();
	});

	it('counts days and weekdays', () => {
		expect(dayNumber(isoDate('1970-01-02'))).toBe(1);
		expect(fromDayNumber(-1)).toBe('1969-12-31');
		expect(addDays(isoDate('2019-12-31'), 1)).toBe('2020-01-01');
		expect(addDays(isoDate('2020-03-01'), -1)).toBe('2020-02-29');
		expect(weekday(isoDate('2019-11-20'))).toBe(3);
		expect(weekday(isoDate('2026-11-24'))).toBe(2);
	});

	it('converts instants at the edge with a fixed +07:00 offset', () => {
		const at = localDateTime('2019-11-20T08:37:00');
		expect(toEpochMs(at)).toBe(Date.parse('2019-11-20T08:37:00+07:00'));
		expect(toLocalDateTime(Date.parse('2019-11-20T01:37:00Z'))).toBe(at);
		expect(toLocalDateTime(Date.parse('2019-12-31T17:00:00Z'))).toBe('2020-01-01T00:00:00');
		expect(minutesBetween(at, localDateTime('2019-11-21T08:36:00'))).toBe(1439);
		expect(addMinutes(at, -38)).toBe('2019-11-20T07:59:00');
	});

	it('splits and builds wall-clock parts', () => {
		const at = localDateTime('2019-11-20T13:05:09');
		expect(datePart(at)).toBe('2019-11-20');
		expect(minuteOfDay(at)).toBe(13 * 60 + 5);
		expect(atMinute(isoDate('2019-11-20'), 13 * 60 + 5, 9)).toBe(at);
		expect(atMinute(isoDate('2019-11-20'), 0)).toBe('2019-11-20T00:00:00');
	});

	it('formats dates the Vietnamese way and orders text', () => {
		expect(formatVnDate(isoDate('2019-12-25'))).toBe('25/12/2019');
		expect(formatVnDateTime(localDateTime('2019-12-25T08:37:00'))).toBe('08:37 25/12/2019');
		expect(compareText('a', 'b')).toBe(-1);
		expect(compareText('b', 'a')).toBe(1);
		expect(compareText('a', 'a')).toBe(0);
	});

	it('reads dates and times typed the Vietnamese way', () => {
		expect(parseVnDate('01/05/1990')).toBe('1990-05-01');
		expect(parseVnDate(' 1/5/1990 ')).toBe('1990-05-01');
		expect(parseVnDate('01.05.1990')).toBe('1990-05-01');
		expect(parseVnDate('31/02/2000')).toBeNull();
		expect(parseVnDate('1990-05-01')).toBeNull();
		expect(parseVnDateTime('02/12/2019', '8:30')).toBe('2019-12-02T08:30:00');
		expect(parseVnDateTime('02/12/2019', '08h30')).toBe('2019-12-02T08:30:00');
		expect(parseVnDateTime('02/12/2019', '24:00')).toBeNull();
		expect(parseVnDateTime('x', '08:00')).toBeNull();
		expect(parseVnDateTime('02/12/2019', '')).toBeNull();
	});
});
