import { describe, expect, it } from 'vitest';
import { parseCalendarYear, type CalendarYearSource } from './calendar-year';
import { BUILT_IN_YEAR_SOURCES } from './years';

const base = (entries: CalendarYearSource['entries']): CalendarYearSource => ({
	year: 2030,
	status: 'provisional',
	bases: { LC: 'Bộ luật Lao động' },
	entries
});
const day = (from: string, extra: Partial<CalendarYearSource['entries'][number]> = {}) => ({
	kind: 'holiday' as const,
	from,
	occasion: 'new-year' as const,
	name: 'Tết Dương lịch',
	basis: ['LC'],
	evidence: 'A' as const,
	...extra
});

describe('parseCalendarYear (domain.md §11.2)', () => {
	it('accepts every built-in year and defaults `open` to none', () => {
		for (const source of BUILT_IN_YEAR_SOURCES) expect(parseCalendarYear(source).ok).toBe(true);
		const parsed = parseCalendarYear(base([day('2030-01-01')]));
		expect(parsed.ok && parsed.value.open).toEqual([]);
	});

	it.each([
		['not an object', null, 'shape'],
		['a bad date', base([day('2030-02-30')]), 'shape'],
		['an unknown kind', { ...base([]), entries: [{ ...day('2030-01-01'), kind: 'x' }] }, 'shape'],
		['a reversed range', base([day('2030-01-03', { to: '2030-01-01' })]), 'range-reversed'],
		['a date two years away', base([day('2028-01-03')]), 'date-outside-year'],
		[
			'a range over a month long',
			base([day('2030-01-01', { to: '2030-03-01' })]),
			'date-outside-year'
		],
		['an unknown basis', base([day('2030-01-01', { basis: ['V99'] })]), 'basis-unknown'],
		[
			'a make-up day on a Monday',
			base([day('2030-01-07', { kind: 'makeup' })]),
			'makeup-not-saturday'
		],
		[
			'a make-up range',
			base([day('2030-01-05', { kind: 'makeup', to: '2030-01-12' })]),
			'makeup-not-saturday'
		],
		['a single day off on a Sunday', base([day('2030-01-06')]), 'off-day-not-weekday'],
		[
			'a day listed twice',
			base([day('2030-01-01'), day('2029-12-31', { to: '2030-01-02' })]),
			'day-listed-twice'
		]
	])('rejects %s', (_, input, issue) => {
		const parsed = parseCalendarYear(input);
		expect(parsed.ok).toBe(false);
		if (!parsed.ok) {
			expect(parsed.error).toBe('calendar-year-invalid');
			expect(parsed.issue).toBe(issue);
		}
	});

	it('accepts a make-up Saturday and an off range spanning a weekend', () => {
		const parsed = parseCalendarYear(
			base([day('2030-01-05', { kind: 'makeup' }), day('2030-01-31', { to: '2030-02-06' })])
		);
		expect(parsed.ok).toBe(true);
	});
});
