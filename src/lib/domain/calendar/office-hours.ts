/**
 * Office hours (domain.md §6.1) and the roll-over of a receipt outside them (§6.2).
 * Positions inside a day are counted in seconds so that clock times keep their seconds.
 */
import type { OfficeHours } from '../model';
import { datePart, minuteOfDay, type IsoDate, type LocalDateTime } from '../time';
import { ok, type CalendarResult } from './result';
import type { DeadlineContext } from './settings';

const pad = (n: number): string => String(n).padStart(2, '0');

export function secondOfDay(at: LocalDateTime): number {
	return minuteOfDay(at) * 60 + Number(at.slice(17, 19));
}

/** The date-time `seconds` after midnight of `date` (0 ≤ seconds < 86 400). */
export function atSecond(date: IsoDate, seconds: number): LocalDateTime {
	const h = Math.floor(seconds / 3600);
	const m = Math.floor((seconds % 3600) / 60);
	return `${date}T${pad(h)}:${pad(m)}:${pad(seconds % 60)}` as LocalDateTime;
}

/** True when the periods are non-empty, ascending, non-overlapping and inside one day. */
export function isValidOfficeHours(hours: OfficeHours): boolean {
	let previousEnd = -1;
	for (const { start, end } of hours.periods) {
		if (!Number.isInteger(start) || !Number.isInteger(end)) return false;
		if (start <= previousEnd || start < 0 || end <= start || end >= 24 * 60) return false;
		previousEnd = end;
	}
	return previousEnd >= 0;
}

/** Periods in seconds; throws on invalid hours (a catalogue bug, validated at input). */
export function periodSeconds(hours: OfficeHours): readonly (readonly [number, number])[] {
	if (!isValidOfficeHours(hours)) throw new Error(`Invalid office hours: ${JSON.stringify(hours)}`);
	return hours.periods.map(({ start, end }) => [start * 60, end * 60] as const);
}

/** Working seconds of a working day (4 h + 3.5 h = 27 000 s with the defaults). */
export function dailyWorkingSeconds(hours: OfficeHours): number {
	return periodSeconds(hours).reduce((sum, [start, end]) => sum + end - start, 0);
}

export function openingAt(date: IsoDate, hours: OfficeHours): LocalDateTime {
	return atSecond(date, periodSeconds(hours)[0]![0]);
}

export function closingAt(date: IsoDate, hours: OfficeHours): LocalDateTime {
	return atSecond(date, periodSeconds(hours).at(-1)![1]);
}

/**
 * The moment the clock starts for a receipt at `at`, domain.md §6.2: inside a period → `at`;
 * before opening → opening; lunch break → afternoon start; after closing or on a non-working
 * day (e.g. a Saturday-morning desk, §6.1) → the next working day's opening.
 */
export function rollToOpening(
	at: LocalDateTime,
	ctx: DeadlineContext
): CalendarResult<LocalDateTime> {
	const day = datePart(at);
	const working = ctx.calendar.isWorkingDay(day);
	if (!working.ok) return working;
	if (working.value) {
		const s = secondOfDay(at);
		for (const [start, end] of periodSeconds(ctx.hours)) {
			if (s < start) return ok(atSecond(day, start));
			if (s < end) return ok(at);
		}
	}
	const next = ctx.calendar.nextWorkingDay(day);
	return next.ok ? ok(openingAt(next.value, ctx.hours)) : next;
}
