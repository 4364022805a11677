/**
 * The due time of a dossier from its receipt time and the procedure's statutory time,
 * domain.md §6.2 (and §7 for same-day procedures).
 */
import type { ProcedureTime } from '../model';
import { addDays, datePart, type IsoDate, type LocalDateTime } from '../time';
import { closingAt, dailyWorkingSeconds, rollToOpening, secondOfDay } from './office-hours';
import { ok, type CalendarResult } from './result';
import { parseClock, type DeadlineContext } from './settings';
import { addWorkingSeconds } from './working-time';

const withClock = (day: IsoDate, clockOf: LocalDateTime): LocalDateTime =>
	`${day}${clockOf.slice(10)}` as LocalDateTime;

function assertAmount(amount: number, whole: boolean): void {
	if (!(amount >= 0) || (whole && !Number.isInteger(amount))) {
		throw new Error(`Invalid statutory time amount: ${amount}`);
	}
}

/** Start + N working days keeping the clock time; a fraction adds working time after. */
function afterWorkingDays(start: LocalDateTime, amount: number, ctx: DeadlineContext) {
	assertAmount(amount, false);
	const whole = Math.floor(amount);
	const day = ctx.calendar.addWorkingDays(datePart(start), whole);
	if (!day.ok) return day;
	const due = withClock(day.value, start);
	if (whole === amount) return ok(due);
	return addWorkingSeconds(due, (amount - whole) * dailyWorkingSeconds(ctx.hours), ctx);
}

/** Start + N calendar days, moved to the next working day (same clock) if that day is off. */
function afterCalendarDays(start: LocalDateTime, amount: number, ctx: DeadlineContext) {
	assertAmount(amount, true);
	const target = addDays(datePart(start), amount);
	const working = ctx.calendar.isWorkingDay(target);
	if (!working.ok) return working;
	if (working.value) return ok(withClock(target, start));
	const next = ctx.calendar.nextWorkingDay(target);
	return next.ok ? ok(withClock(next.value, start)) : next;
}

/**
 * Same-day result: closing time of the receipt day, or of the next working day when received
 * on a working day after the cut-off (exactly at the cut-off still counts as the same day) or
 * outside office hours [A].
 */
function sameDay(receivedAt: LocalDateTime, cutoff: string, ctx: DeadlineContext) {
	const cutoffMinute = parseClock(cutoff === '' ? ctx.settings.sameDayCutoff : cutoff);
	if (cutoffMinute === undefined) throw new Error(`Invalid cut-off: ${cutoff}`);
	const day = datePart(receivedAt);
	const working = ctx.calendar.isWorkingDay(day);
	if (!working.ok) return working;
	const late = working.value && secondOfDay(receivedAt) > cutoffMinute * 60;
	if (late) {
		const next = ctx.calendar.nextWorkingDay(day);
		return next.ok ? ok(closingAt(next.value, ctx.hours)) : next;
	}
	const start = rollToOpening(receivedAt, ctx);
	return start.ok ? ok(closingAt(datePart(start.value), ctx.hours)) : start;
}

/**
 * Due time of a dossier, domain.md §6.2: the clock starts at the receipt rolled to office hours;
 * working days keep the clock time; calendar days move off non-working days; working hours
 * count office time only; same-day uses the cut-off; `none` has no due time (null).
 */
export function computeDueAt(
	receivedAt: LocalDateTime,
	time: ProcedureTime,
	ctx: DeadlineContext
): CalendarResult<LocalDateTime | null> {
	if (time.unit === 'none') return ok(null);
	if (time.unit === 'same-day') return sameDay(receivedAt, time.cutoff, ctx);
	const start = rollToOpening(receivedAt, ctx);
	if (!start.ok) return start;
	switch (time.unit) {
		case 'working-days':
			return afterWorkingDays(start.value, time.amount, ctx);
		case 'calendar-days':
			return afterCalendarDays(start.value, time.amount, ctx);
		case 'working-hours':
			assertAmount(time.amount, false);
			return addWorkingSeconds(start.value, time.amount * 3600, ctx);
	}
}
