/**
 * The closed dossiers a new laptop brings with its window (ADR 37): one IndexedDB record per
 * dossier holding the server's documents of it, beside the office's PouchDB database. They came
 * from the server and cannot change there (documents are immutable), so the laptop never pushes
 * them and needs none of PouchDB's revision bookkeeping for them: writing one record per dossier
 * is what lets a first sync run at several times stock replication.
 *
 * A dossier's documents are those of its record together with those PouchDB holds under its
 * code (a late rating, a review written at the desk); PouchDB's copy of an id wins. Readers go
 * through `OfficeStore` and `loadDossiers`, which join the two.
 */
import Dexie, { type Table } from 'dexie';

/** A server document as the laptop keeps it: with its revision, without its revision history. */
export type ArchivedDoc = { readonly _id: string; readonly _rev: string } & Record<string, unknown>;

export interface ClosedRecord {
	readonly code: string;
	/** Order of writing: the projector folds the records past its own mark. */
	readonly n: number;
	/** The intake record first, then the events in id order. */
	readonly docs: readonly ArchivedDoc[];
}

interface Meta {
	readonly key: string;
	readonly value: number;
}

const LAST = 'last';

/** Name of the archive beside the office database `dbName`. */
export function closedArchiveName(dbName: string): string {
	return `${dbName}_closed`;
}

export class ClosedArchive extends Dexie {
	records!: Table<ClosedRecord, string>;
	meta!: Table<Meta, string>;

	constructor(name: string) {
		super(name);
		this.version(1).stores({ records: 'code, n', meta: 'key' });
	}

	/** Writes the dossiers (code and documents) in one transaction, numbered after the last. */
	async putDossiers(dossiers: readonly { code: string; docs: readonly ArchivedDoc[] }[]) {
		if (dossiers.length === 0) return;
		await this.transaction('rw', [this.records, this.meta], async () => {
			const last = (await this.meta.get(LAST))?.value ?? 0;
			await this.records.bulkPut(dossiers.map((d, i) => ({ ...d, n: last + i + 1 })));
			await this.meta.put({ key: LAST, value: last + dossiers.length });
		});
	}

	/** The documents of each of `codes` held here (codes not held are absent from the map). */
	async docsOf(codes: readonly string[]): Promise<Map<string, readonly ArchivedDoc[]>> {
		const found = new Map<string, readonly ArchivedDoc[]>();
		if (codes.length === 0) return found;
		const records = await this.records.bulkGet([...codes]);
		for (const record of records) if (record) found.set(record.code, record.docs);
		return found;
	}

	/** Which of `codes` are held here. */
	async holds(codes: readonly string[]): Promise<Set<string>> {
		if (codes.length === 0) return new Set();
		return new Set(
			await this.records
				.where('code')
				.anyOf([...codes])
				.primaryKeys()
		);
	}

	/** Every code held here. */
	async codes(): Promise<string[]> {
		return this.records.toCollection().primaryKeys();
	}

	/** Codes held here that start with `prefix`. */
	async codesWithPrefix(prefix: string): Promise<string[]> {
		return this.records.where('code').startsWith(prefix).primaryKeys();
	}

	/** Up to `limit` records written after mark `n`, in the order they were written. */
	async after(n: number, limit: number): Promise<ClosedRecord[]> {
		return this.records.where('n').above(n).limit(limit).toArray();
	}

	/** How many records were written after mark `n`. */
	async countAfter(n: number): Promise<number> {
		return this.records.where('n').above(n).count();
	}

	/** Drops the dossiers of `codes` from this laptop (shedding, ADR 25). */
	async remove(codes: readonly string[]): Promise<void> {
		if (codes.length > 0) await this.records.bulkDelete([...codes]);
	}
}
