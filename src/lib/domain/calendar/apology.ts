/** The apology / extension window, domain.md §6.4. */
import { datePart, type LocalDateTime } from '../time';
import { ok, type CalendarResult } from './result';
import type { DeadlineContext } from './settings';

/**
 * Latest time to send the apology letter (Form 04): the due time moved back by
 * `settings.apologyLeadWorkingDays` working days, keeping the clock time, domain.md §6.4
 * ("no later than 1 day before", [A] 1 working day).
 */
export function apologyDeadline(
	dueAt: LocalDateTime,
	ctx: DeadlineContext
): CalendarResult<LocalDateTime> {
	const lead = ctx.settings.apologyLeadWorkingDays;
	const day = ctx.calendar.addWorkingDays(datePart(dueAt), -lead);
	return day.ok ? ok(`${day.value}${dueAt.slice(10)}` as LocalDateTime) : day;
}

/** Whether an apology made at `at` respects the lead time before `dueAt`, domain.md §6.4. */
export function isApologyInTime(
	at: LocalDateTime,
	dueAt: LocalDateTime,
	ctx: DeadlineContext
): CalendarResult<boolean> {
	const deadline = apologyDeadline(dueAt, ctx);
	return deadline.ok ? ok(at <= deadline.value) : deadline;
}

/**
 * Whole working days of lead that `at` keeps before `dueAt`: the largest n with
 * `at` ≤ `dueAt` moved back n working days (clock kept), so that
 * `workingDaysBefore(at, dueAt) >= lead` ⟺ `isApologyInTime(at, dueAt)`, domain.md §6.4.
 * Assumes `dueAt` falls on a working day, as computed due times do.
 */
export function workingDaysBefore(
	at: LocalDateTime,
	dueAt: LocalDateTime,
	ctx: DeadlineContext
): CalendarResult<number> {
	const days = ctx.calendar.workingDaysBetween(datePart(at), datePart(dueAt));
	if (!days.ok) return days;
	const atWorking = ctx.calendar.isWorkingDay(datePart(at));
	if (!atWorking.ok) return atWorking;
	const laterClock = at.slice(10) > dueAt.slice(10);
	return ok(!atWorking.value || laterClock ? days.value - 1 : days.value);
}
