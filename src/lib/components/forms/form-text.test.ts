import { describe, expect, it } from 'vitest';
import { isoDate, localDateTime } from '$lib/domain/time';
import { bookTime, longDate, longDateTime, placeAndDate, statutoryTime, vnd } from './form-text';

describe('values as written on the forms', () => {
	it('writes dates the administrative way', () => {
		expect(longDate(isoDate('2019-11-20'))).toBe('ngày 20 tháng 11 năm 2019');
		expect(longDate(isoDate('2020-01-05'))).toBe('ngày 05 tháng 01 năm 2020');
		expect(longDate(isoDate('2020-02-29'))).toBe('ngày 29 tháng 02 năm 2020');
		expect(longDate(isoDate('2020-03-09'))).toBe('ngày 09 tháng 3 năm 2020');
		expect(longDateTime(localDateTime('2019-11-20T08:37'))).toBe(
			'08 giờ 37 phút, ngày 20 tháng 11 năm 2019'
		);
		expect(longDateTime(null)).toBe('……………');
		expect(placeAndDate('Lạng Sơn', isoDate('2019-11-20'))).toBe(
			'Lạng Sơn, ngày 20 tháng 11 năm 2019'
		);
		expect(bookTime(localDateTime('2019-11-20T08:37'))).toEqual({
			day: '20/11/2019',
			time: '08:37'
		});
		expect(bookTime(null)).toBeNull();
	});

	it('writes amounts and statutory times in Vietnamese', () => {
		expect(vnd(30000)).toBe('30.000 đồng');
		expect(vnd(1250000)).toBe('1.250.000 đồng');
		expect(statutoryTime({ unit: 'working-days', amount: 3 })).toBe('3 ngày làm việc');
		expect(statutoryTime({ unit: 'same-day', cutoff: '15:00' })).toBe('trong ngày');
		expect(statutoryTime({ unit: 'none' })).toBe('không hẹn ngày trả');
	});
});
