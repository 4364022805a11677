/**
 * The columns the dossier list shows and searches, kept in memory (ADR 11, architecture.md §7
 * "search … under 50 ms"). Chromium reads about 50,000 IndexedDB keys a second per index, so a
 * list of tens of thousands of dossiers cannot be searched and sorted from IndexedDB in 50 ms; a
 * filter over this copy takes a few milliseconds. It is loaded once in chunks (no long task),
 * then follows every write to the read model through Dexie's `storagemutated` event (the event
 * behind `liveQuery`, fired for this tab's and other tabs' writes): written rows are read again,
 * and anything wider than single keys (a bulk write, a rebuild) reloads the copy.
 */
import Dexie, { type ObservabilitySet } from 'dexie';
import {
	entryMaker,
	numbersIndex,
	rangesOf,
	withPrefix,
	type ListEntry,
	type NumbersIndex
} from './dossier-list-entry';
import { compareByDue, rowMatcher, type DossierSearch } from './dossier-filters';
import {
	numberPrefixes,
	searchKind,
	type DossierRange,
	type SearchKind
} from './dossier-search-text';
import type { DossierRow, ReadModelDb } from './read-model';

export type { ListEntry } from './dossier-list-entry';

export interface ListSearchResult {
	readonly kind: SearchKind;
	/** In due order, earliest first, dossiers without a due date last. */
	readonly entries: readonly ListEntry[];
}

const CHUNK = 2000;

export class DossierListIndex {
	readonly #db: ReadModelDb;
	readonly #part: string;
	#entries = new Map<string, ListEntry>();
	#sorted: ListEntry[] | null = null;
	/** Codes and identity numbers with their entries, sorted, for prefix searches. */
	#numbers: NumbersIndex | null = null;
	readonly #entryOf = entryMaker();
	readonly #listeners = new Set<() => void>();
	#pendingAll = true;
	readonly #pendingKeys = new Set<string>();
	#pump: Promise<void> | null = null;
	#loaded = false;
	#closed = false;
	readonly #ready: Promise<void>;
	#resolveReady: () => void = () => undefined;

	readonly #chunk: number;

	constructor(db: ReadModelDb, options: { chunk?: number } = {}) {
		this.#db = db;
		this.#chunk = options.chunk ?? CHUNK;
		this.#part = `idb://${db.name}/dossiers/`;
		this.#ready = new Promise((resolve) => (this.#resolveReady = resolve));
		Dexie.on('storagemutated', this.#onMutated);
		this.#schedule();
	}

	/** Whether the first load is done: before it, `search` sees only part of the dossiers. */
	get loaded(): boolean {
		return this.#loaded;
	}

	get size(): number {
		return this.#entries.size;
	}

	whenLoaded(): Promise<void> {
		return this.#ready;
	}

	/** Called after each change of the copy (each loaded chunk, each write followed). */
	subscribe(listener: () => void): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
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
	async settled(): Promise<void> {
		while (this.#pump) await this.#pump;
	}

	close(): void {
		this.#closed = true;
		Dexie.on('storagemutated').unsubscribe(this.#onMutated);
		this.#listeners.clear();
	}

	#inDueOrder(): ListEntry[] {
		this.#sorted ??= [...this.#entries.values()].sort(compareByDue);
		return this.#sorted;
	}

	/** Entries whose code or identity number starts with `prefix`. */
	#withPrefix(prefix: string): ListEntry[] {
		this.#numbers ??= numbersIndex(this.#entries.values());
		return withPrefix(this.#numbers, prefix);
	}

	#invalidate(): void {
		this.#sorted = null;
		this.#numbers = null;
	}

	readonly #onMutated = (parts: ObservabilitySet): void => {
		const tree = parts[this.#part] ?? parts['all'];
		if (!tree) return;
		for (const { from, to } of rangesOf(tree)) {
			if (typeof from === 'string' && from === to) this.#pendingKeys.add(from);
			else this.#pendingAll = true;
		}
		this.#schedule();
	};

	#schedule(): void {
		if (this.#pump || this.#closed) return;
		this.#pump = this.#drain().finally(() => {
			this.#pump = null;
			if (this.#pendingAll || this.#pendingKeys.size > 0) this.#schedule();
		});
	}

	async #drain(): Promise<void> {
		while (!this.#closed && (this.#pendingAll || this.#pendingKeys.size > 0)) {
			if (this.#pendingAll) {
				this.#pendingAll = false;
				this.#pendingKeys.clear();
				await this.#loadAll();
			} else {
				const keys = [...this.#pendingKeys];
				this.#pendingKeys.clear();
				await this.#reload(keys);
			}
		}
	}

	/** Reads every row in chunks, yielding between them; a reload swaps the copy at the end. */
	async #loadAll(): Promise<void> {
		const fresh = new Map<string, ListEntry>();
		let last: string | null = null;
		for (;;) {
			const range: DossierRange =
				last === null
					? this.#db.dossiers.toCollection()
					: this.#db.dossiers.where(':id').above(last);
			const rows: DossierRow[] = await range.limit(this.#chunk).toArray();
			for (const row of rows) fresh.set(row.code, this.#entryOf(row));
			if (!this.#loaded) {
				// The first load shows what it has read so far.
				this.#replace(fresh);
				this.#notify();
			}
			if (rows.length < this.#chunk) break;
			last = rows[rows.length - 1]!.code;
			await new Promise((resolve) => setTimeout(resolve, 0));
		}
		this.#replace(fresh);
		if (!this.#loaded) {
			this.#loaded = true;
			this.#resolveReady();
		}
		this.#notify();
	}

	async #reload(codes: string[]): Promise<void> {
		const rows = await this.#db.dossiers.bulkGet(codes);
		codes.forEach((code, i) => {
			const row = rows[i];
			if (row) this.#entries.set(code, this.#entryOf(row));
			else this.#entries.delete(code);
		});
		this.#invalidate();
		this.#notify();
	}

	#replace(entries: Map<string, ListEntry>): void {
		this.#entries = entries;
		this.#invalidate();
	}

	#notify(): void {
		for (const listener of this.#listeners) listener();
	}
}
