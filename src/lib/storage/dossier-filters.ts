/**
 * The filters of the dossier list and the one rule that decides whether a row matches a search,
 * shared by the IndexedDB queries (`dossier-queries.ts`) and the in-memory list index
 * (`dossier-list-index.ts`) so both give the same answer.
 */
import type { DueWindows } from '$lib/domain/classification/urgency';
import { isOpen, LIFECYCLE_STATES, type LifecycleState } from '$lib/domain/lifecycle';
import { textMatcher, type SearchKind } from './dossier-search-text';
import type { DossierRow } from './read-model';

export const STATUS_GROUPS = ['all', 'open', 'closed'] as const;
export type StatusGroup = (typeof STATUS_GROUPS)[number];
/** A group of states or one state (`result-ready` is both: results waiting to be returned). */
export type StatusFilter = StatusGroup | LifecycleState;
/** `soon`: from now to the end of the next working day (today included), `DueWindows`. */
export const DUE_FILTERS = ['any', 'overdue', 'today', 'soon'] as const;
export type DueFilter = (typeof DUE_FILTERS)[number];

/** The groups the status filter offers before the single states, in this order (`statusGroup.*`). */
export const STATUS_GROUP_OPTIONS = [
	'all',
	'open',
	'result-ready',
	'closed'
] as const satisfies readonly StatusFilter[];
export type StatusGroupOption = (typeof STATUS_GROUP_OPTIONS)[number];

export interface DossierFilters {
	readonly status: StatusFilter;
	/** '' for every procedure. */
	readonly procedureCode: string;
	readonly due: DueFilter;
	readonly flagged: boolean;
}

export const NO_FILTERS: DossierFilters = {
	status: 'all',
	procedureCode: '',
	due: 'any',
	flagged: false
};

export interface DossierSearch {
	readonly text: string;
	readonly filters: DossierFilters;
	readonly windows: DueWindows;
}

/** The fields a search reads. */
export type SearchableRow = Pick<
	DossierRow,
	| 'code'
	| 'applicantIdNumber'
	| 'nameTokens'
	| 'status'
	| 'open'
	| 'paused'
	| 'dueAt'
	| 'procedureCode'
	| 'flagged'
>;

/** States in which a dossier still counts as open (domain.md §4.2); the rest are closed. */
export const OPEN_STATES: readonly LifecycleState[] = LIFECYCLE_STATES.filter(isOpen);
export const CLOSED_STATES: readonly LifecycleState[] = LIFECYCLE_STATES.filter(
	(s) => !isOpen(s) && s !== 'result-ready'
);

export function statesOf(status: StatusFilter): ReadonlySet<LifecycleState> | null {
	if (status === 'all') return null;
	if (status === 'open') return new Set(OPEN_STATES);
	if (status === 'closed') return new Set(CLOSED_STATES);
	return new Set([status]);
}

/** A due filter on closed dossiers only can match nothing (due filters are for open ones). */
export function matchesNothing(filters: DossierFilters): boolean {
	const states = statesOf(filters.status);
	return filters.due !== 'any' && states !== null && ![...states].some(isOpen);
}

export interface DueRange {
	readonly lo: string;
	readonly hi: string;
	readonly loIncluded: boolean;
	readonly hiIncluded: boolean;
}

/** The `dueAt` range of a due filter; overdue = open, not paused, due before now (§7). */
export function dueRange(due: DueFilter, w: DueWindows): DueRange | null {
	if (due === 'any') return null;
	if (due === 'overdue') return { lo: '', hi: w.now, loIncluded: false, hiIncluded: false };
	const hi = due === 'today' ? w.todayEnd : w.soonEnd;
	return { lo: w.now, hi, loIncluded: true, hiIncluded: true };
}

function inRange(value: string, r: DueRange): boolean {
	const above = r.loIncluded ? value >= r.lo : value > r.lo;
	const below = r.hiIncluded ? value <= r.hi : value < r.hi;
	return above && below;
}

/** The whole search as a predicate on one row. */
export function rowMatcher(
	search: DossierSearch,
	kind: SearchKind
): (row: SearchableRow) => boolean {
	const text = textMatcher(kind, search.text);
	const { procedureCode, flagged } = search.filters;
	const states = statesOf(search.filters.status);
	const range = dueRange(search.filters.due, search.windows);
	return (row) =>
		text(row) &&
		(states === null || states.has(row.status)) &&
		(procedureCode === '' || row.procedureCode === procedureCode) &&
		(!flagged || row.flagged === 1) &&
		(range === null || (row.open === 1 && row.paused === 0 && inRange(row.dueAt, range)));
}

/** Due order: earliest first, dossiers without a due date ('') last, then by code. */
export function compareByDue(
	a: Pick<DossierRow, 'dueAt' | 'code'>,
	b: Pick<DossierRow, 'dueAt' | 'code'>
): number {
	if (a.dueAt !== b.dueAt) {
		if (a.dueAt === '') return 1;
		if (b.dueAt === '') return -1;
		return a.dueAt < b.dueAt ? -1 : 1;
	}
	return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}
