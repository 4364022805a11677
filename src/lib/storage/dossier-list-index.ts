/**
 * The columns the dossier list shows and searches, kept in memory (ADR 11, architecture.md §7
 * "search … under 50 ms"). Chromium reads about 50,000 IndexedDB keys a second per index, so a
 * list of tens of thousands of dossiers cannot be searched and sorted from IndexedDB in 50 ms; a
 * filter over this copy takes a few milliseconds. The copy is a `TableMirror` of the dossiers'
 * rows: loaded once in chunks, then following every write.
 */
import {
	entryMaker,
	numbersIndex,
	withPrefix,
	type ListEntry,
	type NumbersIndex
} from './dossier-list-entry';
import { compareByDue, rowMatcher, type DossierSearch } from './dossier-filters';
import { numberPrefixes, searchKind, type SearchKind } from './dossier-search-text';
import type { DossierRow, ReadModelDb } from './read-model';
import { TableMirror } from './table-mirror';

export type { ListEntry } from './dossier-list-entry';

export interface ListSearchResult {
	readonly kind: SearchKind;
	/** In due order, earliest first, dossiers without a due date last. */
	readonly entries: readonly ListEntry[];
}

export class DossierListIndex {
	readonly #mirror: TableMirror<DossierRow, ListEntry>;
	#sorted: ListEntry[] | null = null;
	/** Codes and identity numbers with their entries, sorted, for prefix searches. */
	#numbers: NumbersIndex | null = null;

	constructor(db: ReadModelDb, options: { chunk?: number } = {}) {
		this.#mirror = new TableMirror(db, db.dossiers, {
			entryOf: entryMaker(),
			keyOf: (row) => row.code,
			...(options.chunk === undefined ? {} : { chunk: options.chunk })
		});
		// First among the listeners: the sorted copies are dropped before anyone searches again.
		this.#mirror.subscribe(() => this.#invalidate());
	}

	/** Whether the first load is done: before it, `search` sees only part of the dossiers. */
	get loaded(): boolean {
		return this.#mirror.loaded;
	}

	get size(): number {
		return this.#mirror.size;
	}

	whenLoaded(): Promise<void> {
		return this.#mirror.whenLoaded();
	}

	/** Called after each change of the copy (each loaded chunk, each write followed). */
	subscribe(listener: () => void): () => void {
		return this.#mirror.subscribe(listener);
	}

	search(search: DossierSearch): ListSearchResult {
		const kind = searchKind(search.text);
		const match = rowMatcher(search, kind);
		if (kind === 'code' || kind === 'id') {
			// Codes share their agency prefix: a binary search beats comparing every row.
			const found = new Set(numberPrefixes(search.text).flatMap((p) => this.#withPrefix(p)));
			return { kind, entries: [...found].filter(match).sort(compareByDue) };
		}
		return { kind, entries: this.#inDueOrder().filter(match) };
	}

	/** Waits for the writes already seen to be applied (tests, and a page that just wrote). */
	settled(): Promise<void> {
		return this.#mirror.settled();
	}

	close(): void {
		this.#mirror.close();
	}

	#inDueOrder(): ListEntry[] {
		this.#sorted ??= [...this.#mirror.entries.values()].sort(compareByDue);
		return this.#sorted;
	}

	/** Entries whose code or identity number starts with `prefix`. */
	#withPrefix(prefix: string): ListEntry[] {
		this.#numbers ??= numbersIndex(this.#mirror.entries.values());
		return withPrefix(this.#numbers, prefix);
	}

	#invalidate(): void {
		this.#sorted = null;
		this.#numbers = null;
	}
}
