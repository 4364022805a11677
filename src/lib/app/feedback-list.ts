/**
 * The feedback list's search and filters (ADR 29): the office's feedback is a few hundred a
 * year, so the list holds every row and filters them in memory on each key press.
 */
import { foldForSearch } from '$lib/domain/applicant';
import { urgencyOf, type DueWindows, type Urgency } from '$lib/domain/classification/urgency';
import type { FeedbackKind } from '$lib/domain/feedback';
import type { FeedbackRow } from '$lib/storage/read-model';

export const FEEDBACK_STATE_FILTERS = ['all', 'open', 'answered'] as const;
export const FEEDBACK_DUE_FILTERS = ['all', 'overdue', 'due-soon'] as const;
export const FEEDBACK_PUBLISHED_FILTERS = ['all', 'published', 'unpublished'] as const;

export interface FeedbackFilters {
	readonly text: string;
	readonly state: (typeof FEEDBACK_STATE_FILTERS)[number];
	readonly kind: FeedbackKind | 'all';
	/** Overdue, or due by the end of the next working day (today's included). */
	readonly due: (typeof FEEDBACK_DUE_FILTERS)[number];
	readonly published: (typeof FEEDBACK_PUBLISHED_FILTERS)[number];
}

export const NO_FEEDBACK_FILTERS: FeedbackFilters = {
	text: '',
	state: 'all',
	kind: 'all',
	due: 'all',
	published: 'all'
};

/** How urgent an unanswered feedback is at `windows` (the dossiers' rule, domain.md §7). */
export function feedbackUrgency(row: FeedbackRow, windows: DueWindows): Urgency | null {
	return urgencyOf({ open: row.open === 1, paused: false, dueAt: row.dueAt }, windows);
}

/** The rows that pass every filter, newest first. */
export function filterFeedback(
	rows: readonly FeedbackRow[],
	filters: FeedbackFilters,
	windows: DueWindows
): FeedbackRow[] {
	const words = foldForSearch(filters.text).split(' ').filter(Boolean);
	return rows
		.filter((row) => {
			if (filters.state === 'open' && row.open !== 1) return false;
			if (filters.state === 'answered' && row.open === 1) return false;
			if (filters.kind !== 'all' && row.kind !== filters.kind) return false;
			if (filters.published === 'published' && row.published !== 1) return false;
			if (filters.published === 'unpublished' && row.published === 1) return false;
			if (filters.due !== 'all') {
				const urgency = feedbackUrgency(row, windows);
				if (filters.due === 'overdue' && urgency !== 'overdue') return false;
				if (filters.due === 'due-soon' && urgency !== 'due-today' && urgency !== 'due-soon')
					return false;
			}
			return words.every((w) => row.searchText.includes(w));
		})
		.sort((a, b) => (a.receivedAt < b.receivedAt ? 1 : a.receivedAt > b.receivedAt ? -1 : 0));
}
