/**
 * The calendar's administration codes that the messages word (ADR 34), and which years a desk
 * warns about; apart from the editing code so the first screen carries neither.
 */
import type { IsoDate } from '../time';
import type { CalendarYear, EntryKind } from './calendar-year';

export const ENTRY_KINDS = [
	'holiday',
	'substitute',
	'swap',
	'makeup'
] as const satisfies readonly EntryKind[];

/** What is wrong with a field of the calendar's forms (`admin.calendar.errors.<code>`). */
export const CALENDAR_EDIT_ERRORS = [
	'required',
	'date-format',
	'notice-twice',
	'notice-in-use',
	'not-in-year',
	'range-reversed',
	'date-outside-year',
	'off-day-not-weekday',
	'makeup-not-saturday',
	'day-listed-twice'
] as const;
export type CalendarEditError = (typeof CALENDAR_EDIT_ERRORS)[number];

/** The years a desk should warn about (ADR 34): this year and the next, when not verified. */
export function unverifiedYears(
	statusOf: (year: number) => CalendarYear['status'] | undefined,
	today: IsoDate
): { readonly year: number; readonly state: 'provisional' | 'missing' }[] {
	const year = Number(today.slice(0, 4));
	return [year, year + 1].flatMap((y) => {
		const status = statusOf(y);
		if (status === 'verified') return [];
		return [
			{ year: y, state: status === 'provisional' ? ('provisional' as const) : ('missing' as const) }
		];
	});
}
