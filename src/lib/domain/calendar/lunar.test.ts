import { describe, expect, it } from 'vitest';
import { hungKingsDate, lunarToSolar, tetDate } from './lunar';

// domain.md §11.3; 1985 and 2007 are years where Vietnam (UTC+7) and China (UTC+8) differ.
const KNOWN: readonly [number, string, string][] = [
	[1985, '1985-01-21', '1985-04-29'],
	[2007, '2007-02-17', '2007-04-26'],
	[2019, '2019-02-05', '2019-04-14'],
	[2020, '2020-01-25', '2020-04-02'],
	[2021, '2021-02-12', '2021-04-21'],
	[2022, '2022-02-01', '2022-04-10'],
	[2023, '2023-01-22', '2023-04-29'],
	[2024, '2024-02-10', '2024-04-18'],
	[2025, '2025-01-29', '2025-04-07'],
	[2026, '2026-02-17', '2026-04-26'],
	[2027, '2027-02-06', '2027-04-16'],
	[2028, '2028-01-26', '2028-04-04'],
	[2029, '2029-02-13', '2029-04-23'],
	[2030, '2030-02-02', '2030-04-12']
];

describe('lunar calendar at UTC+7', () => {
	it.each(KNOWN)('%i: Tết %s, Giỗ Tổ %s', (year, tet, hungKings) => {
		expect(tetDate(year)).toBe(tet);
		expect(hungKingsDate(year)).toBe(hungKings);
	});

	it('handles a year whose leap month comes before the 3rd month (2023: tháng 2 nhuận)', () => {
		// 10/3 of 2023 is 59 days after mùng 1 plus a leap month of 29/30 days.
		expect(lunarToSolar(2023, 2, 1)).toBe('2023-02-20');
		expect(lunarToSolar(2023, 3, 1)).toBe('2023-04-20');
	});

	it('rejects years and dates outside what it supports', () => {
		expect(() => tetDate(1899)).toThrow();
		expect(() => tetDate(2200)).toThrow();
		expect(() => tetDate(2020.5)).toThrow();
		expect(() => lunarToSolar(2020, 11, 1)).toThrow();
		expect(() => lunarToSolar(2020, 0, 1)).toThrow();
		expect(() => lunarToSolar(2020, 1, 0)).toThrow();
		expect(() => lunarToSolar(2020, 1, 31)).toThrow();
	});
});
