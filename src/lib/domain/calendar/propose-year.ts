/**
 * A provisional year's calendar proposed from the rules and the lunar calendar
 * (domain.md §11.1–§11.3), for an administrator to start from before the notice is out.
 * It never enters a calendar by itself: official days off are loaded as data (§11.4 note 3).
 */
import { addDays, isoDate, weekday, type IsoDate } from '../time';
import type { CalendarEntry, CalendarYear, Occasion } from './calendar-year';
import { holidayRulesForYear, type HolidayRule } from './holiday-rules';
import { hungKingsDate, tetDate } from './lunar';
import { BASES, HOLIDAY_NAMES } from './years/bases';

/** First year the holiday rules here describe (the built-in data starts then). */
export const FIRST_PROPOSAL_YEAR = 2019;
export const LAST_PROPOSAL_YEAR = 2199;

export type ProposalResult =
	| { readonly ok: true; readonly value: CalendarYear }
	| { readonly ok: false; readonly error: 'proposal-year-unsupported'; readonly year: number };

const isWeekend = (date: IsoDate): boolean => weekday(date) === 0 || weekday(date) === 6;

/**
 * The statutory days of one rule in a year [A]: Tết = 2 days before mùng 1 to mùng 3 (with the
 * substitutes this gives the same weekdays off as every notice 2019–2026); the day next to
 * Quốc khánh is the one touching a weekend (after 2/9 on Thursday, Monday, Sunday; before
 * otherwise), as in every notice 2021–2026.
 */
function ruleDays(rule: HolidayRule, year: number): IsoDate[] {
	if (!('solar' in rule.date)) {
		const first = rule.occasion === 'tet' ? tetDate(year) : hungKingsDate(year);
		const before = Math.floor((rule.days - 1) / 2);
		return Array.from({ length: rule.days }, (_, i) => addDays(first, i - before));
	}
	const day = isoDate(`${year}-${rule.date.solar}`);
	if (rule.days === 1) return [day];
	const after = [0, 1, 4].includes(weekday(day));
	return [day, addDays(day, after ? 1 : -1)].sort();
}

function entry(kind: 'holiday' | 'substitute', from: IsoDate, rule: HolidayRule): CalendarEntry {
	const name = HOLIDAY_NAMES[rule.occasion];
	return {
		kind,
		from,
		occasion: rule.occasion,
		name: kind === 'holiday' ? name : `Nghỉ bù ${name}`,
		basis: [rule.basis],
		evidence: 'A',
		note: 'proposed'
	};
}

/**
 * Proposes a provisional year, domain.md §11.1–§11.3: statutory days from the rules in force and
 * the lunar dates (UTC+7), a substitute on the next free weekday for each one on a weekend
 * (Art. 111(3)), no swaps or make-up Saturdays. Tết and Quốc khánh stay `open`.
 */
export function proposeProvisionalYear(year: number): ProposalResult {
	if (!Number.isInteger(year) || year < FIRST_PROPOSAL_YEAR || year > LAST_PROPOSAL_YEAR) {
		return { ok: false, error: 'proposal-year-unsupported', year };
	}
	const rules = holidayRulesForYear(year);
	const days = rules
		.flatMap((rule) => ruleDays(rule, year).map((date) => ({ date, rule })))
		.sort((a, b) => (a.date < b.date ? -1 : 1));
	const taken = new Set(days.map((d) => d.date));
	const entries: CalendarEntry[] = [];
	for (const { date, rule } of days) {
		if (!isWeekend(date)) entries.push(entry('holiday', date, rule));
		else {
			let sub = addDays(date, 1);
			while (isWeekend(sub) || taken.has(sub)) sub = addDays(sub, 1);
			taken.add(sub);
			entries.push(entry('substitute', sub, rule));
		}
	}
	entries.sort((a, b) => (a.from < b.from ? -1 : 1));
	const open: Occasion[] = rules.some((r) => r.occasion === 'national-day' && r.days > 1)
		? ['tet', 'national-day']
		: ['tet'];
	const bases = Object.fromEntries(rules.map((r) => [r.basis, BASES[r.basis]]));
	return { ok: true, value: { year, status: 'provisional', open, bases, entries } };
}
