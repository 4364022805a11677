/**
 * The dossier list's filters in the page address, so the home screen's work queue can link to
 * a filtered list and a filtered list can be shared or reopened (ADR 5: Vietnamese words without
 * diacritics). The search text is never put there: names and ID numbers stay out of the history.
 */
import { LIFECYCLE_STATES, type LifecycleState } from '$lib/domain/lifecycle';
import {
	NO_FILTERS,
	type DossierFilters,
	type DueFilter,
	type StatusFilter
} from '$lib/app/desk-api';

export const FILTER_PARAMS = {
	status: 'trang-thai',
	procedure: 'thu-tuc',
	due: 'han',
	flagged: 'can-xem'
} as const;

/** Status groups by their words; single states by their names (`in-process`, …). */
const STATUS_WORDS: Readonly<Record<string, StatusFilter>> = {
	'dang-giai-quyet': 'open',
	'cho-tra-ket-qua': 'result-ready',
	'da-ket-thuc': 'closed'
};
const DUE_WORDS: Readonly<Record<string, DueFilter>> = {
	'qua-han': 'overdue',
	'hom-nay': 'today',
	'sap-den-han': 'soon'
};

function wordOf<T extends string>(words: Readonly<Record<string, T>>, value: T): string | null {
	return Object.entries(words).find(([, v]) => v === value)?.[0] ?? null;
}

function statusFrom(word: string | null): StatusFilter {
	if (word === null) return 'all';
	if (word in STATUS_WORDS) return STATUS_WORDS[word]!;
	return (LIFECYCLE_STATES as readonly string[]).includes(word) ? (word as LifecycleState) : 'all';
}

/** Filters read from `?trang-thai=…&thu-tuc=…&han=…&can-xem=1`; unknown values are ignored. */
export function filtersFromParams(params: URLSearchParams): DossierFilters {
	const due = params.get(FILTER_PARAMS.due);
	return {
		status: statusFrom(params.get(FILTER_PARAMS.status)),
		procedureCode: params.get(FILTER_PARAMS.procedure)?.trim() ?? '',
		due: due !== null && due in DUE_WORDS ? DUE_WORDS[due]! : 'any',
		flagged: params.get(FILTER_PARAMS.flagged) === '1'
	};
}

/** The query string of some filters ('' when none is set), in a stable order. */
export function filtersToQuery(filters: DossierFilters): string {
	const params = new URLSearchParams();
	if (filters.status !== NO_FILTERS.status)
		params.set(FILTER_PARAMS.status, wordOf(STATUS_WORDS, filters.status) ?? filters.status);
	if (filters.procedureCode !== '') params.set(FILTER_PARAMS.procedure, filters.procedureCode);
	if (filters.due !== 'any') params.set(FILTER_PARAMS.due, wordOf(DUE_WORDS, filters.due) ?? '');
	if (filters.flagged) params.set(FILTER_PARAMS.flagged, '1');
	const query = params.toString();
	return query === '' ? '' : `?${query}`;
}
