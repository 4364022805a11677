/**
 * What the in-memory dossier list (`dossier-list-index.ts`, ADR 11) keeps of each row, and the
 * small structures it searches with.
 */
import type { IntervalTree } from 'dexie';
import type { DossierRow } from './read-model';

/** One dossier as the list needs it. */
export type ListEntry = Pick<
	DossierRow,
	| 'code'
	| 'applicantName'
	| 'applicantIdNumber'
	| 'nameTokens'
	| 'procedureCode'
	| 'procedureName'
	| 'status'
	| 'open'
	| 'paused'
	| 'dueAt'
	| 'receivedAt'
	| 'flagged'
	| 'imported'
>;

/** Makes entries from rows; text shared by many rows (procedures, states, words) is kept once. */
export function entryMaker(): (row: DossierRow) => ListEntry {
	const strings = new Map<string, string>();
	const intern = <T extends string>(value: T): T => {
		const known = strings.get(value);
		if (known !== undefined) return known as T;
		strings.set(value, value);
		return value;
	};
	return (row) => ({
		code: row.code,
		applicantName: row.applicantName,
		applicantIdNumber: row.applicantIdNumber,
		nameTokens: row.nameTokens.map(intern),
		procedureCode: intern(row.procedureCode),
		procedureName: intern(row.procedureName),
		status: intern(row.status),
		open: row.open,
		paused: row.paused,
		dueAt: row.dueAt,
		receivedAt: row.receivedAt,
		flagged: row.flagged,
		...(row.imported ? { imported: row.imported } : {})
	});
}

/** Codes and identity numbers with their entries, sorted, for prefix searches. */
export type NumbersIndex = readonly (readonly [string, ListEntry])[];

export function numbersIndex(entries: Iterable<ListEntry>): NumbersIndex {
	const pairs: [string, ListEntry][] = [];
	for (const e of entries) pairs.push([e.code, e], [e.applicantIdNumber, e]);
	return pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/** Entries whose code or identity number starts with `prefix` (binary search, then a scan). */
export function withPrefix(index: NumbersIndex, prefix: string): ListEntry[] {
	let lo = 0;
	let hi = index.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (index[mid]![0] < prefix) lo = mid + 1;
		else hi = mid;
	}
	const found: ListEntry[] = [];
	for (let i = lo; i < index.length && index[i]![0].startsWith(prefix); i++)
		found.push(index[i]![1]);
	return found;
}

/** The ranges of an interval tree, whether a Dexie `RangeSet` or its copy from another tab. */
export function* rangesOf(tree: IntervalTree): Generator<{ from: unknown; to: unknown }> {
	if (!('from' in tree)) return;
	if (tree.l) yield* rangesOf(tree.l);
	yield { from: tree.from, to: tree.to };
	if (tree.r) yield* rangesOf(tree.r);
}
