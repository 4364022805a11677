/** Pauses of the clock (supplement, payment), domain.md §6.3. */
import { compareText, type LocalDateTime } from '../time';
import { ok, type CalendarResult } from './result';
import type { DeadlineContext } from './settings';
import { addWorkingSeconds, workingSecondsBetween } from './working-time';

export interface PauseInterval {
	readonly from: LocalDateTime;
	readonly to: LocalDateTime;
}

/** Sorted, with overlapping or touching intervals merged, so no time is counted twice. */
function mergePauses(pauses: readonly PauseInterval[]): PauseInterval[] {
	const sorted = [...pauses].sort((a, b) => compareText(a.from, b.from));
	const merged: PauseInterval[] = [];
	for (const pause of sorted) {
		if (pause.to < pause.from) throw new Error(`Pause ends before it starts: ${pause.from}`);
		const last = merged.at(-1);
		if (last !== undefined && pause.from <= last.to) {
			merged[merged.length - 1] = { from: last.from, to: pause.to > last.to ? pause.to : last.to };
		} else merged.push(pause);
	}
	return merged;
}

/** Total paused working time in minutes (office periods of working days only), domain.md §6.3. */
export function pausedWorkingMinutes(
	pauses: readonly PauseInterval[],
	ctx: DeadlineContext
): CalendarResult<number> {
	let seconds = 0;
	for (const pause of mergePauses(pauses)) {
		const span = workingSecondsBetween(pause.from, pause.to, ctx);
		if (!span.ok) return span;
		seconds += span.value;
	}
	return ok(seconds / 60);
}

/**
 * The due time moved later by the paused working time, domain.md §6.3: the time already used
 * still counts (the clock is not restarted). Without paused working time the due time is kept.
 */
export function shiftDueForPauses(
	dueAt: LocalDateTime,
	pauses: readonly PauseInterval[],
	ctx: DeadlineContext
): CalendarResult<LocalDateTime> {
	const paused = pausedWorkingMinutes(pauses, ctx);
	if (!paused.ok) return paused;
	if (paused.value === 0) return ok(dueAt);
	return addWorkingSeconds(dueAt, paused.value * 60, ctx);
}
