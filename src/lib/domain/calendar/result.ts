/**
 * Results of the calendar rules. Expected failures are values with a short code that the UI
 * turns into a sentence (style.md "Habits"); bugs throw.
 */

/** A date's year has no loaded calendar (the app asks an administrator to load it). */
export interface CalendarYearMissing {
	readonly ok: false;
	readonly error: 'calendar-year-missing';
	readonly year: number;
}

export type CalendarResult<T> = { readonly ok: true; readonly value: T } | CalendarYearMissing;

export function ok<T>(value: T): { readonly ok: true; readonly value: T } {
	return { ok: true, value };
}

export function yearMissing(year: number): CalendarYearMissing {
	return { ok: false, error: 'calendar-year-missing', year };
}
