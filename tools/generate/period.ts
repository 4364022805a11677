/**
 * The period the receipts fall in: the working days of `months` months ending at `end` (the
 * app's calendar), how many dossiers each day gets, and the cut-off after which nothing happens.
 */
import { closingAt, type DeadlineContext } from '$lib/domain/calendar';
import { addDays, weekday, type IsoDate, type LocalDateTime } from '$lib/domain/time';
import type { Rng } from './random';

export interface Period {
	/** Working days with receipts, ascending. */
	readonly days: readonly IsoDate[];
	/** Closing time of the last working day: nothing is dated after it. */
	readonly cutoff: LocalDateTime;
}

/** The `months` months ending at `end` (inclusive), and their working days. */
export function periodOf(end: IsoDate, months: number, ctx: DeadlineContext): Period {
	const y = Number(end.slice(0, 4));
	const m = Number(end.slice(5, 7)) - 1 - months;
	const first = new Date(Date.UTC(y, m, 1));
	const lastDay = new Date(
		Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)
	).getUTCDate();
	const day = Math.min(Number(end.slice(8, 10)), lastDay);
	const start = addDays(
		`${first.toISOString().slice(0, 8)}${String(day).padStart(2, '0')}` as IsoDate,
		1
	);
	const days: IsoDate[] = [];
	for (let d = start; d <= end; d = addDays(d, 1)) {
		const working = ctx.calendar.isWorkingDay(d);
		if (!working.ok) throw new Error(`the calendar has no year ${working.year}`);
		if (working.value) days.push(d);
	}
	const last = days.at(-1);
	if (last === undefined) throw new Error(`no working day between ${start} and ${end}`);
	return { days, cutoff: closingAt(last, ctx.hours) };
}

/**
 * Working days of the period after `day` up to the cut-off (0 after it): what
 * `calendar.workingDaysBetween(day, cutoff day)` gives for days of the period, without its
 * day-by-day walk.
 */
export function workingDaysLeft(period: Period, day: IsoDate): number {
	const days = period.days;
	let lo = 0;
	let hi = days.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if ((days[mid] as IsoDate) <= day) lo = mid + 1;
		else hi = mid;
	}
	return days.length - lo;
}

/** Busier on Mondays and before Tết, quieter on Fridays and make-up Saturdays, some noise. */
export function dayCounts(rng: Rng, period: Period, dossiers: number): number[] {
	const weights = period.days.map((d) => {
		const w = [0.6, 1.15, 1.05, 1, 1, 0.92, 0.6][weekday(d)] as number;
		const month = Number(d.slice(5, 7));
		const season = month === 1 || month === 12 ? 1.12 : month === 2 ? 0.85 : 1;
		return w * season * rng.between(0.8, 1.2);
	});
	const total = weights.reduce((a, b) => a + b, 0);
	const counts = weights.map((w) => Math.floor((dossiers * w) / total));
	let left = dossiers - counts.reduce((a, b) => a + b, 0);
	for (let i = 0; left > 0; i = (i + 7) % counts.length, left--)
		counts[i] = (counts[i] as number) + 1;
	return counts;
}
