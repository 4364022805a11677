/**
 * One year of official days off and make-up working Saturdays, as loaded from data
 * (domain.md §11.2, §11.4). Built-in years and catalogue documents go through the same parser.
 */
import * as v from 'valibot';
import { addDays, dayNumber, isIsoDate, weekday, type IsoDate } from '../time';

export const OCCASIONS = [
	'new-year',
	'tet',
	'hung-kings',
	'victory',
	'labour',
	'national-day',
	'culture-day'
] as const;
/** The statutory holiday an entry belongs to (domain.md §11.1). */
export type Occasion = (typeof OCCASIONS)[number];

/** holiday, substitute (nghỉ bù), swap (hoán đổi: weekday off), makeup (làm bù: Saturday worked). */
export type EntryKind = 'holiday' | 'substitute' | 'swap' | 'makeup';
/** Evidence marker of domain.md: confirmed, recalled / single source, assumed. */
export type Evidence = 'C' | 'R' | 'A';
export type YearStatus = 'verified' | 'provisional';

export interface CalendarEntry {
	readonly kind: EntryKind;
	readonly from: IsoDate;
	/** Last day, inclusive; a range covers every weekday in it. Absent for a single day. */
	readonly to?: IsoDate;
	readonly occasion: Occasion;
	/** Vietnamese name, shown as data. */
	readonly name: string;
	/** Codes of the documents deciding the entry, keys of `CalendarYear.bases`. */
	readonly basis: readonly string[];
	readonly evidence: Evidence;
	readonly note?: string;
}

export interface CalendarYear {
	readonly year: number;
	readonly status: YearStatus;
	/** Occasions whose days still await the official notice (provisional years). */
	readonly open: readonly Occasion[];
	/** Basis code → the document it stands for. */
	readonly bases: Readonly<Record<string, string>>;
	readonly entries: readonly CalendarEntry[];
}

const date = v.pipe(
	v.string(),
	v.check(isIsoDate),
	v.transform((s) => s as IsoDate)
);
const entrySchema = v.object({
	kind: v.picklist(['holiday', 'substitute', 'swap', 'makeup']),
	from: date,
	to: v.optional(date),
	occasion: v.picklist(OCCASIONS),
	name: v.pipe(v.string(), v.minLength(1)),
	basis: v.pipe(v.array(v.string()), v.minLength(1)),
	evidence: v.picklist(['C', 'R', 'A']),
	note: v.optional(v.string())
});
const yearSchema = v.object({
	year: v.pipe(v.number(), v.integer(), v.minValue(1900), v.maxValue(2199)),
	status: v.picklist(['verified', 'provisional']),
	open: v.optional(v.array(v.picklist(OCCASIONS)), []),
	bases: v.record(v.string(), v.string()),
	entries: v.array(entrySchema)
});

/** The JSON shape of a year (dates as `YYYY-MM-DD` strings). */
export type CalendarYearSource = v.InferInput<typeof yearSchema>;

export type CalendarYearIssue =
	| 'shape'
	| 'range-reversed'
	| 'off-day-not-weekday'
	| 'makeup-not-saturday'
	| 'date-outside-year'
	| 'day-listed-twice'
	| 'basis-unknown';

export type ParseCalendarYearResult =
	| { readonly ok: true; readonly value: CalendarYear }
	| {
			readonly ok: false;
			readonly error: 'calendar-year-invalid';
			readonly issue: CalendarYearIssue;
			readonly date?: IsoDate;
	  };

/** Every day an entry covers: a single day, or the weekdays of its range. */
export function entryDays(entry: CalendarEntry): IsoDate[] {
	if (entry.to === undefined) return [entry.from];
	const days: IsoDate[] = [];
	for (let d = entry.from; d <= entry.to; d = addDays(d, 1)) {
		const w = weekday(d);
		if (w !== 0 && w !== 6) days.push(d);
	}
	return days;
}

function entryIssue(year: CalendarYear, e: CalendarEntry): CalendarYearIssue | undefined {
	const last = e.to ?? e.from;
	if (last < e.from) return 'range-reversed';
	if (
		Math.abs(Number(e.from.slice(0, 4)) - year.year) > 1 ||
		dayNumber(last) - dayNumber(e.from) > 31
	)
		return 'date-outside-year';
	if (e.basis.some((code) => year.bases[code] === undefined)) return 'basis-unknown';
	if (e.kind === 'makeup')
		return e.to === undefined && weekday(e.from) === 6 ? undefined : 'makeup-not-saturday';
	const w = weekday(e.from);
	return e.to === undefined && (w === 0 || w === 6) ? 'off-day-not-weekday' : undefined;
}

/** Validates one year's data (built-in or from the catalogue), domain.md §11.2. */
export function parseCalendarYear(input: unknown): ParseCalendarYearResult {
	const parsed = v.safeParse(yearSchema, input);
	if (!parsed.success) return { ok: false, error: 'calendar-year-invalid', issue: 'shape' };
	const year: CalendarYear = parsed.output;
	const seen = new Set<IsoDate>();
	for (const entry of year.entries) {
		const issue = entryIssue(year, entry);
		if (issue !== undefined)
			return { ok: false, error: 'calendar-year-invalid', issue, date: entry.from };
		for (const day of entryDays(entry)) {
			if (seen.has(day))
				return { ok: false, error: 'calendar-year-invalid', issue: 'day-listed-twice', date: day };
			seen.add(day);
		}
	}
	return { ok: true, value: year };
}
