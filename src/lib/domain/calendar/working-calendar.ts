/**
 * The working-day calendar built from loaded years (domain.md §6.1): Monday–Friday, minus the
 * listed days off, plus the make-up Saturdays. A date whose year is not loaded is an expected
 * failure (`calendar-year-missing`), never a guess.
 */
import { addDays, dayNumber, weekday, type IsoDate } from '../time';
import { entryDays, type CalendarEntry, type CalendarYear, type YearStatus } from './calendar-year';
import { ok, yearMissing, type CalendarResult } from './result';

export interface WorkingCalendar {
	/** Loaded years, ascending. */
	readonly years: readonly number[];
	/** `verified` or `provisional`; undefined when the year is not loaded. */
	yearStatus(year: number): YearStatus | undefined;
	/** The entry (day off or make-up Saturday) covering a date, if any. */
	entryOn(date: IsoDate): CalendarEntry | undefined;
	isWorkingDay(date: IsoDate): CalendarResult<boolean>;
	/** The first working day strictly after `date`. */
	nextWorkingDay(date: IsoDate): CalendarResult<IsoDate>;
	/** The last working day strictly before `date`. */
	previousWorkingDay(date: IsoDate): CalendarResult<IsoDate>;
	/** The n-th working day after `date` (before it when n < 0); `date` itself when n = 0. */
	addWorkingDays(date: IsoDate, n: number): CalendarResult<IsoDate>;
	/** Working days d with a < d ≤ b (negative when b < a). */
	workingDaysBetween(a: IsoDate, b: IsoDate): CalendarResult<number>;
}

const yearOf = (date: IsoDate): number => Number(date.slice(0, 4));

/** Builds the calendar from year data, domain.md §6.1 and §11.2. Throws on a year given twice. */
export function buildWorkingCalendar(data: readonly CalendarYear[]): WorkingCalendar {
	const statuses = new Map<number, YearStatus>();
	const entries = new Map<IsoDate, CalendarEntry>();
	for (const year of data) {
		if (statuses.has(year.year)) throw new Error(`Calendar year given twice: ${year.year}`);
		statuses.set(year.year, year.status);
		for (const entry of year.entries) for (const day of entryDays(entry)) entries.set(day, entry);
	}
	const years = [...statuses.keys()].sort((a, b) => a - b);

	function isWorkingDay(date: IsoDate): CalendarResult<boolean> {
		if (!statuses.has(yearOf(date))) return yearMissing(yearOf(date));
		const entry = entries.get(date);
		if (entry !== undefined) return ok(entry.kind === 'makeup');
		const w = weekday(date);
		return ok(w !== 0 && w !== 6);
	}

	function step(date: IsoDate, direction: 1 | -1): CalendarResult<IsoDate> {
		for (let d = addDays(date, direction); ; d = addDays(d, direction)) {
			const working = isWorkingDay(d);
			if (!working.ok) return working;
			if (working.value) return ok(d);
		}
	}

	function addWorkingDays(date: IsoDate, n: number): CalendarResult<IsoDate> {
		if (!Number.isInteger(n)) throw new Error(`Whole working days expected: ${n}`);
		let current: CalendarResult<IsoDate> = ok(date);
		for (let i = 0; i < Math.abs(n) && current.ok; i++)
			current = step(current.value, n > 0 ? 1 : -1);
		return current;
	}

	function workingDaysBetween(a: IsoDate, b: IsoDate): CalendarResult<number> {
		if (b < a) {
			const back = workingDaysBetween(b, a);
			return back.ok ? ok(0 - back.value) : back;
		}
		let count = 0;
		for (let d = addDays(a, 1); dayNumber(d) <= dayNumber(b); d = addDays(d, 1)) {
			const working = isWorkingDay(d);
			if (!working.ok) return working;
			if (working.value) count += 1;
		}
		return ok(count);
	}

	return {
		years,
		yearStatus: (year) => statuses.get(year),
		entryOn: (date) => entries.get(date),
		isWorkingDay,
		nextWorkingDay: (date) => step(date, 1),
		previousWorkingDay: (date) => step(date, -1),
		addWorkingDays,
		workingDaysBetween
	};
}
