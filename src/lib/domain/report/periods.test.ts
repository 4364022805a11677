import { describe, expect, it } from 'vitest';
import { isoDate } from '../time';
import { customPeriod, periodContaining, presetPeriod } from './periods';

const span = (p: { from: string; to: string }) => `${p.from}..${p.to}`;

describe('Decree 09/2019 periods (domain.md §8.3)', () => {
	it.each([
		['month', 1, '2019-12-15..2020-01-14'],
		['month', 3, '2020-02-15..2020-03-14'],
		['month', 12, '2020-11-15..2020-12-14'],
		['quarter', 1, '2019-12-15..2020-03-14'],
		['quarter', 2, '2020-03-15..2020-06-14'],
		['quarter', 4, '2020-09-15..2020-12-14'],
		['six-months', 1, '2019-12-15..2020-06-14'],
		['nine-months', 1, '2019-12-15..2020-09-14'],
		['year', 1, '2019-12-15..2020-12-14']
	] as const)('%s %i of 2020 is %s', (preset, index, expected) => {
		expect(span(presetPeriod(preset, 2020, index))).toBe(expected);
	});

	it('finds the period containing a date', () => {
		expect(span(periodContaining(isoDate('2020-12-14'), 'month'))).toBe('2020-11-15..2020-12-14');
		expect(periodContaining(isoDate('2020-12-15'), 'month')).toMatchObject({
			year: 2021,
			index: 1,
			from: '2020-12-15'
		});
		expect(periodContaining(isoDate('2020-03-15'), 'quarter')).toMatchObject({
			year: 2020,
			index: 2
		});
		expect(periodContaining(isoDate('2020-02-29'), 'quarter')).toMatchObject({
			year: 2020,
			index: 1
		});
		expect(periodContaining(isoDate('2019-12-20'), 'year')).toMatchObject({
			year: 2020,
			from: '2019-12-15',
			to: '2020-12-14'
		});
	});

	it('rejects an impossible index (a bug)', () => {
		expect(() => presetPeriod('month', 2020, 13)).toThrow();
		expect(() => presetPeriod('quarter', 2020, 0)).toThrow();
		expect(presetPeriod('year', 2020).index).toBe(1);
	});
});

describe('the older convention (domain.md §8.3)', () => {
	it.each([
		['quarter', 1, '2019-12-01..2020-02-29'],
		['quarter', 2, '2020-03-01..2020-05-31'],
		['quarter', 4, '2020-09-01..2020-11-30'],
		['month', 1, '2019-12-01..2019-12-31'],
		['month', 3, '2020-02-01..2020-02-29'],
		['six-months', 1, '2019-12-01..2020-05-31'],
		['nine-months', 1, '2019-12-01..2020-08-31'],
		['year', 1, '2019-12-01..2020-11-30']
	] as const)('%s %i of 2020 is %s', (preset, index, expected) => {
		expect(span(presetPeriod(preset, 2020, index, 'older'))).toBe(expected);
	});

	it('puts December into the next year', () => {
		expect(periodContaining(isoDate('2019-12-01'), 'quarter', 'older')).toMatchObject({
			year: 2020,
			index: 1
		});
		expect(periodContaining(isoDate('2020-11-30'), 'year', 'older')).toMatchObject({ year: 2020 });
		expect(periodContaining(isoDate('2020-06-01'), 'month', 'older')).toMatchObject({
			index: 7,
			from: '2020-06-01',
			to: '2020-06-30'
		});
	});
});

describe('custom periods', () => {
	it('refuses an end before the start', () => {
		expect(customPeriod(isoDate('2020-01-02'), isoDate('2020-01-01'))).toEqual({
			ok: false,
			error: 'period-end-before-start'
		});
		expect(customPeriod(isoDate('2020-01-01'), isoDate('2020-01-01'))).toEqual({
			ok: true,
			period: { from: '2020-01-01', to: '2020-01-01' }
		});
	});
});
