/**
 * Early / on time / late, and in time / overdue at a cut-off, domain.md §7.
 * The basis is the due time after pause shifts and before any apology (§6.3, §6.4).
 */
import { datePart, type LocalDateTime } from '../time';

export type ResolutionTiming = 'early' | 'on-time' | 'late';
export type PendingTiming = 'in-time' | 'overdue';

/**
 * `date-then-time` (default, [A]): early/on time split by calendar date, late by date-time.
 * `date-only` ([A] switch): finishing on the due date after the due clock time is still on time.
 */
export type ClassificationMode = 'date-then-time' | 'date-only';

export interface ClassificationSettings {
	readonly mode: ClassificationMode;
}

export const DEFAULT_CLASSIFICATION_SETTINGS: ClassificationSettings = {
	mode: 'date-then-time'
};

/**
 * Timing of a dossier finished at `doneAt` against its basis `dueAt`, domain.md §7.
 * Returns null for a dossier without a due date (reported apart, §7).
 */
export function classifyResolution(
	dueAt: LocalDateTime | null,
	doneAt: LocalDateTime,
	mode: ClassificationMode = DEFAULT_CLASSIFICATION_SETTINGS.mode
): ResolutionTiming | null {
	if (dueAt === null) return null;
	const doneDay = datePart(doneAt);
	const dueDay = datePart(dueAt);
	switch (mode) {
		case 'date-then-time':
			if (doneAt > dueAt) return 'late';
			return doneDay < dueDay ? 'early' : 'on-time';
		case 'date-only':
			if (doneDay > dueDay) return 'late';
			return doneDay < dueDay ? 'early' : 'on-time';
	}
}

/**
 * Timing of a dossier still open at `cutoff`, domain.md §7: in time when `dueAt >= cutoff`,
 * overdue otherwise; a dossier whose clock is paused (awaiting supplement) counts as in time.
 * In `date-only` mode the due day stays in time until its end. Returns null without a due date.
 */
export function classifyPending(
	dueAt: LocalDateTime | null,
	cutoff: LocalDateTime,
	paused: boolean,
	mode: ClassificationMode = DEFAULT_CLASSIFICATION_SETTINGS.mode
): PendingTiming | null {
	if (dueAt === null) return null;
	if (paused) return 'in-time';
	const inTime = mode === 'date-only' ? datePart(dueAt) >= datePart(cutoff) : dueAt >= cutoff;
	return inTime ? 'in-time' : 'overdue';
}
