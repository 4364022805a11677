import { describe, expect, it } from 'vitest';
import { addDays, isoDate, weekday, type IsoDate } from '../../time';
import { entryDays, type CalendarYear } from '../calendar-year';
import { buildWorkingCalendar } from '../working-calendar';
import { BUILT_IN_YEARS } from '.';

/**
 * The §11.4 table of domain.md, typed again by hand (weekdays off, Saturdays worked) so the data
 * files are checked against it, not against themselves. `a..b` = every weekday in between.
 */
const TABLE: Record<number, { off: string[]; makeup: string[]; status: string }> = {
	2019: {
		off: ['01-01', '02-04..02-08', '04-15', '04-29', '04-30', '05-01', '09-02'],
		makeup: ['01-05', '05-04'],
		status: 'verified'
	},
	2020: {
		off: ['01-01', '01-23', '01-24', '01-27', '01-28..01-29', '04-02', '04-30', '05-01', '09-02'],
		makeup: [],
		status: 'verified'
	},
	2021: {
		off: ['01-01', '02-10..02-12', '02-15..02-16', '04-21', '04-30', '05-03', '09-02..09-03'],
		makeup: [],
		status: 'verified'
	},
	2022: {
		off: ['01-03', '01-31..02-04', '04-11', '05-02..05-03', '09-01..09-02'],
		makeup: [],
		status: 'verified'
	},
	2023: {
		off: ['01-02', '01-20', '01-23..01-26', '05-01..05-03', '09-01', '09-04'],
		makeup: [],
		status: 'verified'
	},
	2024: {
		off: ['01-01', '02-08..02-09', '02-12..02-14', '04-18', '04-29..05-01', '09-02..09-03'],
		makeup: ['05-04'],
		status: 'verified'
	},
	2025: {
		off: ['01-01', '01-27..01-31', '04-07', '04-30..05-02', '09-01..09-02'],
		makeup: ['04-26'],
		status: 'verified'
	},
	2026: {
		off: ['01-01..01-02', '02-16..02-20', '04-27', '04-30..05-01', '08-31..09-02', '11-24'],
		makeup: ['01-10', '08-22'],
		status: 'verified'
	},
	2027: {
		off: ['01-01', '04-16', '04-30', '05-03', '09-02', '11-24'],
		makeup: [],
		status: 'provisional'
	}
};

function expand(year: number, items: string[]): IsoDate[] {
	return items.flatMap((item) => {
		const [from, to] = item.split('..').map((md) => isoDate(`${year}-${md}`));
		return entryDays({
			kind: 'holiday',
			from: from!,
			...(to === undefined ? {} : { to }),
			occasion: 'tet',
			name: 'x',
			basis: ['x'],
			evidence: 'C'
		});
	});
}

// A stub 2018 so that the 2019 swap of Mon 31/12/2018 can be asked about.
const stub2018: CalendarYear = {
	year: 2018,
	status: 'provisional',
	open: [],
	bases: {},
	entries: []
};
const calendar = buildWorkingCalendar([stub2018, ...BUILT_IN_YEARS]);

function working(date: IsoDate): boolean {
	const result = calendar.isWorkingDay(date);
	if (!result.ok) throw new Error(result.error);
	return result.value;
}

describe('built-in years 2019–2027 (domain.md §11.4)', () => {
	it('loads every year 2019–2027 once', () => {
		expect(BUILT_IN_YEARS.map((y) => y.year)).toEqual([
			2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027
		]);
	});

	describe.each(Object.entries(TABLE))('%s', (yearText, expected) => {
		const year = Number(yearText);
		const off = new Set(expand(year, expected.off));
		const makeup = new Set(expand(year, expected.makeup));
		const days = Array.from({ length: 366 }, (_, i) => addDays(isoDate(`${year}-01-01`), i)).filter(
			(d) => d.startsWith(String(year))
		);

		it(`is ${expected.status}`, () => {
			expect(calendar.yearStatus(year)).toBe(expected.status);
		});

		it.each([...off])('%s is a day off', (date) => {
			expect(working(date)).toBe(false);
			expect(calendar.entryOn(date)?.kind).not.toBe('makeup');
		});

		it.each([...makeup].map((d) => [d]))('%s is a make-up working Saturday', (date) => {
			expect(weekday(date)).toBe(6);
			expect(working(date)).toBe(true);
		});

		it('has no other weekday off and no other Saturday worked', () => {
			const weekdaysOff = days.filter((d) => weekday(d) >= 1 && weekday(d) <= 5 && !working(d));
			const saturdaysWorked = days.filter((d) => weekday(d) === 6 && working(d));
			expect(weekdaysOff).toEqual([...off].sort());
			expect(saturdaysWorked).toEqual([...makeup].sort());
			expect(days.filter((d) => weekday(d) === 0 && working(d))).toEqual([]);
		});
	});

	it('2019 includes the swap of Mon 31/12/2018', () => {
		expect(working(isoDate('2018-12-31'))).toBe(false);
		expect(calendar.entryOn(isoDate('2018-12-31'))?.basis).toEqual(['V19']);
	});

	it('every entry names its occasion and a basis defined by its year', () => {
		for (const year of BUILT_IN_YEARS) {
			for (const entry of year.entries) {
				expect(entry.name.length).toBeGreaterThan(0);
				for (const code of entry.basis) expect(year.bases[code]).toBeDefined();
			}
		}
	});

	it('2027 leaves Tết and the day next to Quốc khánh open', () => {
		expect(BUILT_IN_YEARS.at(-1)?.open).toEqual(['tet', 'national-day']);
	});

	it('24/11 is off in 2026 (Ngày Văn hóa Việt Nam) but a working day in 2025', () => {
		expect(working(isoDate('2026-11-24'))).toBe(false);
		expect(calendar.entryOn(isoDate('2026-11-24'))?.occasion).toBe('culture-day');
		expect(working(isoDate('2025-11-24'))).toBe(true);
	});

	it('Quốc khánh is 1 day in 2020 (Wed 02/09 only) and 2 days in 2021 (Thu 02/09 + Fri 03/09)', () => {
		expect(working(isoDate('2020-09-01'))).toBe(true);
		expect(working(isoDate('2020-09-02'))).toBe(false);
		expect(working(isoDate('2020-09-03'))).toBe(true);
		expect(working(isoDate('2021-09-02'))).toBe(false);
		expect(working(isoDate('2021-09-03'))).toBe(false);
	});
});
