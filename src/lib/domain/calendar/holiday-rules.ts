/**
 * Statutory holidays versioned by effective date, domain.md §11.1: Quốc khánh is 1 day before
 * 2021 (Labour Code 2012) and 2 days from 2021 (Labour Code 2019, Art. 112); Ngày Văn hóa
 * Việt Nam (24/11) is a day off from 01/07/2026 (NQ 28/2026/QH16). Every holiday on a weekend
 * gets a substitute day (Art. 111(3)); for 24/11 that is untested until Sat 24/11/2029 [R].
 */
import type { IsoDate } from '../time';
import type { Occasion } from './calendar-year';
import type { BASES } from './years/bases';

export interface HolidayRule {
	readonly occasion: Occasion;
	/** Solar `MM-DD`, or a day of a regular lunar month. */
	readonly date:
		{ readonly solar: string } | { readonly lunarMonth: number; readonly lunarDay: number };
	/** Statutory days; Tết's days around mùng 1 and Quốc khánh's adjacent day are set yearly. */
	readonly days: number;
	/** Basis code, as in the year data. */
	readonly basis: keyof typeof BASES;
	/** The rule covers holidays falling on or after this day … */
	readonly from?: IsoDate;
	/** … and on or before this one. */
	readonly until?: IsoDate;
}

export const HOLIDAY_RULES: readonly HolidayRule[] = [
	{ occasion: 'new-year', date: { solar: '01-01' }, days: 1, basis: 'LC' },
	{ occasion: 'tet', date: { lunarMonth: 1, lunarDay: 1 }, days: 5, basis: 'LC' },
	{
		occasion: 'hung-kings',
		date: { lunarMonth: 3, lunarDay: 10 },
		days: 1,
		basis: 'LC'
	},
	{ occasion: 'victory', date: { solar: '04-30' }, days: 1, basis: 'LC' },
	{ occasion: 'labour', date: { solar: '05-01' }, days: 1, basis: 'LC' },
	{
		occasion: 'national-day',
		date: { solar: '09-02' },
		days: 1,
		basis: 'LC',
		until: '2020-12-31' as IsoDate
	},
	{
		occasion: 'national-day',
		date: { solar: '09-02' },
		days: 2,
		basis: 'LC',
		from: '2021-01-01' as IsoDate
	},
	{
		occasion: 'culture-day',
		date: { solar: '11-24' },
		days: 1,
		basis: 'NQ28',
		from: '2026-07-01' as IsoDate
	}
];

/** Whether a rule covers a holiday falling on `date`, domain.md §11.1. */
export function ruleCovers(rule: HolidayRule, date: IsoDate): boolean {
	return (
		(rule.from === undefined || rule.from <= date) &&
		(rule.until === undefined || date <= rule.until)
	);
}

/**
 * Rules in force for a year's holidays, domain.md §11.1: a fixed holiday is judged by its own
 * date; the lunar rules carry no dates of effect.
 */
export function holidayRulesForYear(year: number): HolidayRule[] {
	return HOLIDAY_RULES.filter(
		(rule) => !('solar' in rule.date) || ruleCovers(rule, `${year}-${rule.date.solar}` as IsoDate)
	);
}

/** Days of Quốc khánh in a year: 1 before 2021, 2 from 2021, domain.md §11.1. */
export function nationalDayLength(year: number): number {
	return holidayRulesForYear(year).find((rule) => rule.occasion === 'national-day')?.days ?? 0;
}
