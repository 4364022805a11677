/**
 * A table of the read model kept in memory (ADR 11, ADR 30): loaded once in chunks (no long
 * task), then following every write through Dexie's `storagemutated` event (the event behind
 * `liveQuery`, fired for this tab's and other tabs' writes, the office worker's included):
 * written keys are read again, and anything wider than single keys (a bulk write, a rebuild)
 * reloads the copy. Reading tens of thousands of rows from IndexedDB takes seconds in Chromium;
 * the copy answers at once.
 */
import Dexie, { type ObservabilitySet, type Table } from 'dexie';
import { rangesOf } from './dossier-list-entry';

const CHUNK = 2000;

export class TableMirror<Row extends object, Entry> {
	readonly #table: Table<Row, string>;
	readonly #part: string;
	readonly #entryOf: (row: Row) => Entry;
	readonly #keyOf: (row: Row) => string;
	#entries = new Map<string, Entry>();
	readonly #listeners = new Set<() => void>();
	#pendingAll = true;
	readonly #pendingKeys = new Set<string>();
	#pump: Promise<void> | null = null;
	#loaded = false;
	#closed = false;
	readonly #ready: Promise<void>;
	#resolveReady: () => void = () => undefined;
	readonly #chunk: number;

	constructor(
		db: Dexie,
		table: Table<Row, string>,
		options: {
			entryOf: (row: Row) => Entry;
			keyOf: (row: Row) => string;
			chunk?: number;
		}
	) {
		this.#table = table;
		this.#entryOf = options.entryOf;
		this.#keyOf = options.keyOf;
		this.#chunk = options.chunk ?? CHUNK;
		this.#part = `idb://${db.name}/${table.name}/`;
		this.#ready = new Promise((resolve) => (this.#resolveReady = resolve));
		Dexie.on('storagemutated', this.#onMutated);
		this.#schedule();
	}

	/** Whether the first load is done: before it, the copy holds only part of the table. */
	get loaded(): boolean {
		return this.#loaded;
	}

	get size(): number {
		return this.#entries.size;
	}

	/** The entries as they stand, by key; changed as writes are followed (copy to keep). */
	get entries(): ReadonlyMap<string, Entry> {
		return this.#entries;
	}

	whenLoaded(): Promise<void> {
		return this.#ready;
	}

	/** Called after each change of the copy (each loaded chunk, each write followed). */
	subscribe(listener: () => void): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
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
		const fresh = new Map<string, Entry>();
		let last: string | null = null;
		for (;;) {
			const range =
				last === null ? this.#table.toCollection() : this.#table.where(':id').above(last);
			const rows: Row[] = await range.limit(this.#chunk).toArray();
			for (const row of rows) fresh.set(this.#keyOf(row), this.#entryOf(row));
			if (!this.#loaded) {
				// The first load shows what it has read so far.
				this.#entries = fresh;
				this.#notify();
			}
			const lastRow = rows.at(-1);
			if (rows.length < this.#chunk || lastRow === undefined) break;
			last = this.#keyOf(lastRow);
			await new Promise((resolve) => setTimeout(resolve, 0));
		}
		this.#entries = fresh;
		if (!this.#loaded) {
			this.#loaded = true;
			this.#resolveReady();
		}
		this.#notify();
	}

	async #reload(keys: string[]): Promise<void> {
		const rows = await this.#table.bulkGet(keys);
		keys.forEach((key, i) => {
			const row = rows[i];
			if (row) this.#entries.set(key, this.#entryOf(row));
			else this.#entries.delete(key);
		});
		this.#notify();
	}

	#notify(): void {
		for (const listener of this.#listeners) listener();
	}
}
