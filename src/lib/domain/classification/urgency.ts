/**
 * How urgent an open dossier is right now, for the desk's work queue and list badges
 * (domain.md §7 "pending at a cut-off": overdue when `due < t`; a paused dossier counts as in
 * time). "Due soon" means by the end of the next working day (domain.md §6.1), so together with
 * today it covers the 2 working days the desk must watch.
 */
import type { WorkingCalendar } from '../calendar';
import { addDays, datePart, weekday, type IsoDate, type LocalDateTime } from '../time';

export interface DueWindows {
	readonly now: LocalDateTime;
	/** The last second of today. */
	readonly todayEnd: LocalDateTime;
	/** The last second of the next working day after today. */
	readonly soonEnd: LocalDateTime;
}

export const URGENCIES = ['overdue', 'due-today', 'due-soon'] as const;
export type Urgency = (typeof URGENCIES)[number];

const endOf = (date: IsoDate): LocalDateTime => `${date}T23:59:59` as LocalDateTime;

/** The next Monday–Friday: the fallback when the calendar has no data for that year. */
function nextWeekday(date: IsoDate): IsoDate {
	let d = addDays(date, 1);
	while (weekday(d) === 0 || weekday(d) === 6) d = addDays(d, 1);
	return d;
}

/** The time windows of the due filters at `now`, counted in the office's working days (§6.1). */
export function dueWindows(now: LocalDateTime, calendar: WorkingCalendar): DueWindows {
	const today = datePart(now);
	const next = calendar.nextWorkingDay(today);
	return {
		now,
		todayEnd: endOf(today),
		soonEnd: endOf(next.ok ? next.value : nextWeekday(today))
	};
}

/** The clock-relevant part of a dossier: its due time in force ('' or null when none). */
export interface DueState {
	readonly open: boolean;
	readonly paused: boolean;
	readonly dueAt: string | null;
}

/** Overdue, due today, due by the end of the next working day, or nothing to flag (§7). */
export function urgencyOf(dossier: DueState, windows: DueWindows): Urgency | null {
	const { open, paused, dueAt } = dossier;
	if (!open || paused || !dueAt) return null;
	if (dueAt < windows.now) return 'overdue';
	if (dueAt <= windows.todayEnd) return 'due-today';
	if (dueAt <= windows.soonEnd) return 'due-soon';
	return null;
}
