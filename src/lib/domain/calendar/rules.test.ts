import { describe, expect, it } from 'vitest';
import { isoDate, localDateTime, weekday, type IsoDate } from '../time';
import { HOLIDAY_RULES, holidayRulesForYear, nationalDayLength, ruleCovers } from './holiday-rules';
import { hungKingsDate, tetDate } from './lunar';
import { RULE_SETS, ruleSetAt, ruleVersionAt } from './rule-versions';
import { buildWorkingCalendar } from './working-calendar';
import { BUILT_IN_YEARS } from './years';

const calendar = buildWorkingCalendar(BUILT_IN_YEARS);

describe('one-stop rule sets by effective date (domain.md §1)', () => {
	it.each([
		['2018-06-21T08:00', 'nd61-2018'],
		['2020-05-12T09:15', 'nd61-2018'],
		['2025-06-30T16:59', 'nd61-2018'],
		['2025-07-01T07:30', 'nd118-2025'],
		['2027-03-01T10:00', 'nd118-2025']
	])('a dossier received %s falls under %s', (at, id) => {
		expect(ruleVersionAt(localDateTime(at))).toEqual({ ok: true, value: id });
	});

	it('accepts a plain date and names the decree and guidance', () => {
		const set = ruleSetAt(isoDate('2019-01-10'));
		expect(set.ok && set.value.guidance).toBe('Thông tư 01/2018/TT-VPCP');
		expect(RULE_SETS.map((s) => s.id)).toEqual(['nd61-2018', 'nd118-2025']);
	});

	it('has no rule set before ND 61/2018 took effect', () => {
		expect(ruleVersionAt(localDateTime('2018-06-20T10:00'))).toEqual({
			ok: false,
			error: 'rule-version-missing',
			date: '2018-06-20'
		});
	});
});

describe('statutory holidays by effective date (domain.md §11.1)', () => {
	it('Quốc khánh is 1 day before 2021 and 2 days from 2021', () => {
		expect(nationalDayLength(2019)).toBe(1);
		expect(nationalDayLength(2020)).toBe(1);
		expect(nationalDayLength(2021)).toBe(2);
		expect(nationalDayLength(2027)).toBe(2);
	});

	it('Ngày Văn hóa Việt Nam counts from 01/07/2026', () => {
		const culture = HOLIDAY_RULES.find((r) => r.occasion === 'culture-day')!;
		expect(ruleCovers(culture, isoDate('2026-06-30'))).toBe(false);
		expect(ruleCovers(culture, isoDate('2026-07-01'))).toBe(true);
		expect(holidayRulesForYear(2025).some((r) => r.occasion === 'culture-day')).toBe(false);
		expect(holidayRulesForYear(2026).some((r) => r.occasion === 'culture-day')).toBe(true);
	});

	it('has seven holidays in force from 2026, six before', () => {
		expect(holidayRulesForYear(2020).map((r) => r.occasion)).toEqual([
			'new-year',
			'tet',
			'hung-kings',
			'victory',
			'labour',
			'national-day'
		]);
		expect(holidayRulesForYear(2026)).toHaveLength(7);
	});

	// Every rule in force, every year of data: its day is off, or (on a weekend) substituted.
	const cases = BUILT_IN_YEARS.flatMap((year) =>
		holidayRulesForYear(year.year)
			.filter((rule) => !year.open.includes(rule.occasion))
			.map((rule) => [year.year, rule.occasion, rule] as const)
	);
	it.each(cases)('%i %s is a day off or has a substitute', (year, occasion, rule) => {
		const date: IsoDate =
			'solar' in rule.date
				? isoDate(`${year}-${rule.date.solar}`)
				: occasion === 'tet'
					? tetDate(year)
					: hungKingsDate(year);
		const w = weekday(date);
		if (w === 0 || w === 6) {
			const entries = BUILT_IN_YEARS.find((y) => y.year === year)!.entries;
			const substituted = entries.some(
				(e) => e.occasion === occasion && (e.kind === 'substitute' || e.kind === 'holiday')
			);
			expect(substituted).toBe(true);
		} else {
			const result = calendar.isWorkingDay(date);
			expect(result).toEqual({ ok: true, value: false });
			expect(calendar.entryOn(date)?.occasion).toBe(occasion);
		}
	});
});
