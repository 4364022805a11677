/**
 * Working time inside office hours (domain.md §6.1–§6.3): used by hour-based procedures,
 * pause shifts and fractional working days. Internally in seconds.
 */
import { addDays, datePart, type LocalDateTime } from '../time';
import { atSecond, periodSeconds, rollToOpening, secondOfDay } from './office-hours';
import { ok, type CalendarResult } from './result';
import type { DeadlineContext } from './settings';

/** The moment after `seconds` of working time counted from `at` (rolled to opening first). */
export function addWorkingSeconds(
	at: LocalDateTime,
	seconds: number,
	ctx: DeadlineContext
): CalendarResult<LocalDateTime> {
	if (!(seconds >= 0)) throw new Error(`Working time must not be negative: ${seconds}`);
	const rolled = rollToOpening(at, ctx);
	if (!rolled.ok) return rolled;
	let day = datePart(rolled.value);
	let position = secondOfDay(rolled.value);
	let remaining = Math.round(seconds);
	for (;;) {
		for (const [start, end] of periodSeconds(ctx.hours)) {
			if (end <= position) continue;
			const begin = Math.max(position, start);
			if (remaining <= end - begin) return ok(atSecond(day, begin + remaining));
			remaining -= end - begin;
		}
		const next = ctx.calendar.nextWorkingDay(day);
		if (!next.ok) return next;
		day = next.value;
		position = 0;
	}
}

/** Working time added in minutes (fractions allowed), domain.md §6.2 hour-based procedures. */
export function addWorkingMinutes(
	at: LocalDateTime,
	minutes: number,
	ctx: DeadlineContext
): CalendarResult<LocalDateTime> {
	return addWorkingSeconds(at, minutes * 60, ctx);
}

function overlap(from: number, to: number, ctx: DeadlineContext): number {
	let sum = 0;
	for (const [start, end] of periodSeconds(ctx.hours)) {
		sum += Math.max(0, Math.min(end, to) - Math.max(start, from));
	}
	return sum;
}

/** Working seconds from `a` to `b` inside office periods of working days (negative if b < a). */
export function workingSecondsBetween(
	a: LocalDateTime,
	b: LocalDateTime,
	ctx: DeadlineContext
): CalendarResult<number> {
	if (b < a) {
		const back = workingSecondsBetween(b, a, ctx);
		return back.ok ? ok(0 - back.value) : back;
	}
	const first = datePart(a);
	const last = datePart(b);
	let sum = 0;
	for (let day = first; day <= last; day = addDays(day, 1)) {
		const working = ctx.calendar.isWorkingDay(day);
		if (!working.ok) return working;
		if (!working.value) continue;
		const from = day === first ? secondOfDay(a) : 0;
		const to = day === last ? secondOfDay(b) : 86_400;
		sum += overlap(from, to, ctx);
	}
	return ok(sum);
}

/**
 * Working minutes between two times, counting only office periods of working days
 * (domain.md §6.3: paused working time). Fractional when the times carry seconds.
 */
export function workingMinutesBetween(
	a: LocalDateTime,
	b: LocalDateTime,
	ctx: DeadlineContext
): CalendarResult<number> {
	const seconds = workingSecondsBetween(a, b, ctx);
	return seconds.ok ? ok(seconds.value / 60) : seconds;
}
