/**
 * A dossier's due time and pause state as they stood at a given moment, so a report for a past
 * period classifies open dossiers as they were at its end (domain.md §7, §8.2).
 */
import type { LocalDateTime } from '../time';
import {
	classifyPending,
	DEFAULT_CLASSIFICATION_SETTINGS,
	type ClassificationMode,
	type PendingTiming
} from './classify';

/** The due-time history and pauses of a dossier (a folded dossier has both). */
export interface DossierTimes {
	/** Due time in force from `from` on; empty for a dossier without a due date. */
	readonly dueTimeline: readonly { readonly from: LocalDateTime; readonly dueAt: LocalDateTime }[];
	readonly pauses: readonly { readonly from: LocalDateTime; readonly to: LocalDateTime | null }[];
}

/** The due time (after the pause shifts known by then, before any apology) at `at`, §6.3/§7. */
export function dueAtCutoff(times: DossierTimes, at: LocalDateTime): LocalDateTime | null {
	let due: LocalDateTime | null = null;
	for (const change of times.dueTimeline) {
		if (change.from > at) break;
		due = change.dueAt;
	}
	return due ?? times.dueTimeline[0]?.dueAt ?? null;
}

/** Whether the clock was paused at `at` (awaiting supplement or a pausing payment), §6.3. */
export function pausedAt(times: DossierTimes, at: LocalDateTime): boolean {
	return times.pauses.some((p) => p.from <= at && (p.to === null || p.to > at));
}

/** In time / overdue of a dossier still open at `cutoff`, domain.md §7. */
export function classifyOpenAt(
	times: DossierTimes,
	cutoff: LocalDateTime,
	mode: ClassificationMode = DEFAULT_CLASSIFICATION_SETTINGS.mode
): PendingTiming | null {
	return classifyPending(dueAtCutoff(times, cutoff), cutoff, pausedAt(times, cutoff), mode);
}
