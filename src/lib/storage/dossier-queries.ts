/**
 * Queries of the read model in IndexedDB for the dossier list, the desk's work queue and the
 * citizens' lookup (architecture.md §2, §7). Results are dossier codes in due order (earliest
 * first, undated last). Every function only reads, so it can run inside a Dexie `liveQuery` and
 * follow the projector's writes. The dossier list itself searches an in-memory copy
 * (`dossier-list-index.ts`, ADR 11): with tens of thousands of rows, reading them from IndexedDB
 * costs more than the 50 ms budget, while these queries stay fast for small result sets.
 */
import Dexie from 'dexie';
import type { DueWindows } from '$lib/domain/classification/urgency';
import type { LifecycleState } from '$lib/domain/lifecycle';
import type { IsoDate } from '$lib/domain/time';
import {
	compareByDue,
	dueRange,
	matchesNothing,
	NO_FILTERS,
	rowMatcher,
	statesOf,
	type DossierFilters,
	type DossierSearch
} from './dossier-filters';
import {
	nameKeys,
	numberRanges,
	searchKind,
	tokenRanges,
	type DossierRange,
	type SearchKind
} from './dossier-search-text';
import type { DossierRow, ReadModelDb } from './read-model';

export * from './dossier-filters';
export { searchKind, type SearchKind } from './dossier-search-text';

export interface DossierSearchResult {
	readonly kind: SearchKind;
	/** Matching dossier codes by due time, earliest first, dossiers without a due date last. */
	readonly codes: readonly string[];
	/** The matching rows in the same order, when the query had to read them anyway. */
	readonly rows?: readonly DossierRow[];
}

/** The only states in which the fold leaves a clock pause open (domain.md §6.3). */
const PAUSING_STATES: readonly LifecycleState[] = ['awaiting-supplement', 'awaiting-payment'];

/**
 * Up to this many candidates, their rows are read (one `getAll` per index range) and filtered in
 * memory; beyond it the codes are found from index keys only. Measured in Chromium: a key costs
 * about 5 µs, a row 20 µs through a range, 100 µs through `bulkGet` (see `npm run bench`).
 */
const ROW_LIMIT = 2000;

/** Index ranges whose union holds every match of one criterion, with their total size. */
interface Candidates {
	readonly ranges: readonly DossierRange[];
	readonly count: number;
}

async function counted(ranges: DossierRange[]): Promise<Candidates> {
	const counts = await Promise.all(ranges.map((r) => r.count()));
	return { ranges, count: counts.reduce((a, b) => a + b, 0) };
}

/** One candidate set per criterion that an index can answer on its own. */
async function candidates(db: ReadModelDb, search: DossierSearch, kind: SearchKind) {
	const { filters, windows } = search;
	const found: Promise<Candidates>[] = [];
	const openDue = () => db.dossiers.where('[open+dueAt]');
	if (kind === 'name') {
		found.push(tokenRanges(db, search.text).then((t) => counted(t[0] ? [t[0].range] : [])));
	} else if (kind !== 'none') found.push(counted(numberRanges(db, search.text)));
	if (filters.procedureCode !== '')
		found.push(counted([db.dossiers.where('procedureCode').equals(filters.procedureCode)]));
	if (filters.flagged) found.push(counted([db.dossiers.where('flagged').equals(1)]));
	const states = statesOf(filters.status);
	if (states?.size === 1)
		found.push(counted([...states].map((s) => db.dossiers.where('status').equals(s))));
	if (filters.status === 'open')
		found.push(counted([openDue().between([1, Dexie.minKey], [1, Dexie.maxKey])]));
	const range = dueRange(filters.due, windows);
	if (range) {
		const { lo, hi, loIncluded, hiIncluded } = range;
		found.push(counted([openDue().between([1, lo], [1, hi], loIncluded, hiIncluded)]));
	}
	return (await Promise.all(found)).sort((a, b) => a.count - b.count);
}

/** Reads the candidates' rows (one request per range), keeps the matches, sorts them. */
async function readAndFilter(c: Candidates, match: (row: DossierRow) => boolean) {
	const lists = await Promise.all(c.ranges.map((r) => r.toArray()));
	const byCode = new Map<string, DossierRow>();
	for (const row of lists.flat()) if (match(row)) byCode.set(row.code, row);
	return [...byCode.values()].sort(compareByDue);
}

/** Codes in due order from the indexes: the open ones in the due range, or all of them. */
async function dueOrderedKeys(db: ReadModelDb, filters: DossierFilters, w: DueWindows) {
	const range = dueRange(filters.due, w);
	const openDue = db.dossiers.where('[open+dueAt]');
	if (range) {
		const { lo, hi, loIncluded, hiIncluded } = range;
		return openDue.between([1, lo], [1, hi], loIncluded, hiIncluded).primaryKeys();
	}
	const [dated, undated] =
		filters.status === 'open'
			? await Promise.all([
					openDue.between([1, ''], [1, Dexie.maxKey], false, true).primaryKeys(),
					db.dossiers.where('[open+dueAt]').equals([1, '']).primaryKeys()
				])
			: await Promise.all([
					db.dossiers.where('dueAt').above('').primaryKeys(),
					db.dossiers.where('dueAt').equals('').primaryKeys()
				]);
	return [...dated, ...undated];
}

async function keysOf(ranges: readonly DossierRange[]): Promise<Set<string>> {
	return new Set((await Promise.all(ranges.map((r) => r.primaryKeys()))).flat());
}

/** Open dossiers whose clock is paused: excluded from the due filters (domain.md §7). */
async function pausedKeys(db: ReadModelDb): Promise<Set<string>> {
	const rows = await db.dossiers.where('status').anyOf(PAUSING_STATES).toArray();
	return new Set(rows.filter((r) => r.paused === 1).map((r) => r.code));
}

/** Codes the walk over the due index must skip for a status group. */
async function excludedByStatus(db: ReadModelDb, filters: DossierFilters): Promise<Set<string>> {
	if (filters.status !== 'closed') return new Set();
	const open = db.dossiers.where('[open+dueAt]').between([1, Dexie.minKey], [1, Dexie.maxKey]);
	return keysOf([open, db.dossiers.where('status').equals('result-ready')]);
}

/** Many candidates: walk the due-ordered index, keeping the codes that every criterion holds. */
async function walkDueIndex(db: ReadModelDb, search: DossierSearch, kind: SearchKind) {
	const { filters } = search;
	const sets: Promise<Set<string>>[] = [];
	if (kind === 'name') sets.push(nameKeys(db, search.text));
	else if (kind !== 'none') sets.push(keysOf(numberRanges(db, search.text)));
	if (filters.procedureCode !== '')
		sets.push(keysOf([db.dossiers.where('procedureCode').equals(filters.procedureCode)]));
	if (filters.flagged) sets.push(keysOf([db.dossiers.where('flagged').equals(1)]));
	const states = statesOf(filters.status);
	if (states?.size === 1)
		sets.push(keysOf([...states].map((s) => db.dossiers.where('status').equals(s))));
	const [ordered, paused, excluded, ...required] = await Promise.all([
		dueOrderedKeys(db, filters, search.windows),
		filters.due === 'any' ? new Set<string>() : pausedKeys(db),
		excludedByStatus(db, filters),
		...sets
	]);
	return ordered.filter(
		(k) => !paused.has(k) && !excluded.has(k) && required.every((s) => s.has(k))
	);
}

/** Searches by code, ID or name with the filters; see `DossierSearchResult`. */
export async function searchDossiers(
	db: ReadModelDb,
	search: DossierSearch,
	rowLimit = ROW_LIMIT
): Promise<DossierSearchResult> {
	const kind = searchKind(search.text);
	if (matchesNothing(search.filters)) return { kind, codes: [], rows: [] };
	const smallest = (await candidates(db, search, kind))[0];
	if (smallest && smallest.count <= rowLimit) {
		const rows = await readAndFilter(smallest, rowMatcher(search, kind));
		return { kind, codes: rows.map((r) => r.code), rows };
	}
	return { kind, codes: await walkDueIndex(db, search, kind) };
}

/** The rows of some codes, in the same order; codes no longer in the read model are skipped. */
export async function dossierRows(
	db: ReadModelDb,
	codes: readonly string[]
): Promise<DossierRow[]> {
	const rows = await db.dossiers.bulkGet([...codes]);
	return rows.filter((r): r is DossierRow => r !== undefined);
}

/** One dossier by its exact code, case-insensitively (citizens' lookup, scanners). */
export async function findDossierByCode(db: ReadModelDb, code: string): Promise<DossierRow | null> {
	const typed = code.trim();
	if (typed === '') return null;
	return (await db.dossiers.get(typed.toUpperCase())) ?? (await db.dossiers.get(typed)) ?? null;
}

/** Dossiers of `procedureCode` received on `day` for the identity number `idNumber`. */
export async function receivedSameDay(
	db: ReadModelDb,
	idNumber: string,
	procedureCode: string,
	day: string
): Promise<DossierRow[]> {
	const rows = await db.dossiers.where('applicantIdNumber').equals(idNumber).toArray();
	return rows.filter((r) => r.procedureCode === procedureCode && r.receivedDate === day);
}

/** The desk's work queue (issue 4): what is late, what falls due, what waits, what to look at. */
export const WORK_QUEUE_KINDS = ['overdue', 'due-soon', 'result-ready', 'flagged'] as const;
export type WorkQueueKind = (typeof WORK_QUEUE_KINDS)[number];

export const WORK_QUEUE_FILTERS: Readonly<Record<WorkQueueKind, DossierFilters>> = {
	overdue: { ...NO_FILTERS, due: 'overdue' },
	'due-soon': { ...NO_FILTERS, due: 'soon' },
	'result-ready': { ...NO_FILTERS, status: 'result-ready' },
	flagged: { ...NO_FILTERS, flagged: true }
};

export interface WorkQueueEntry {
	readonly kind: WorkQueueKind;
	readonly total: number;
	/** The first `size` dossiers, in the order the list shows them with the same filter. */
	readonly first: readonly DossierRow[];
}

export async function workQueue(
	db: ReadModelDb,
	windows: DueWindows,
	size = 5
): Promise<WorkQueueEntry[]> {
	return Promise.all(
		WORK_QUEUE_KINDS.map(async (kind) => {
			const filters = WORK_QUEUE_FILTERS[kind];
			const found = await searchDossiers(db, { text: '', filters, windows });
			const first =
				found.rows?.slice(0, size) ?? (await dossierRows(db, found.codes.slice(0, size)));
			return { kind, total: found.codes.length, first };
		})
	);
}

// ---------------------------------------------------------------------------------------------
// Tracking book (Form 06/07, domain.md §5.6)

/** Dossiers received from `from` to `to` (both days included), in receipt order. */
export async function dossiersReceivedBetween(
	db: ReadModelDb,
	from: IsoDate,
	to: IsoDate
): Promise<DossierRow[]> {
	return db.dossiers
		.where('receivedAt')
		.between(`${from}T00:00:00`, `${to}T23:59:59`, true, true)
		.toArray();
}
