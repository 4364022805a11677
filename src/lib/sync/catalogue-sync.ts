/**
 * The catalogue comes down from the server (architecture.md §3–§4): procedures, offices,
 * calendars and the officer directory of `motcua_catalogue`, read-only on the desk. One-shot pull like the office's, with
 * its own checkpoint in the local catalogue database. Catalogue documents change in place on
 * the server (plain HTTP edits by province administrators); a pulled newer revision wins.
 */
import type { Db } from '$lib/storage/pouch';
import { CouchHttp, type Fetch } from './couch-http';
import { pull } from './pull';
import { transferContext, type RunTotals } from './transfer-context';
import { CheckpointStore } from './sync-checkpoint';

export function isCatalogueDoc(id: string): boolean {
	return /^(procedure|office|calendar|officer):/.test(id);
}

export interface CataloguePullOptions {
	readonly db: Db;
	/** `<origin>/db/motcua_catalogue`. */
	readonly remoteUrl: string;
	readonly fetch?: Fetch;
	readonly headers?: Record<string, string>;
	readonly batchSize?: number;
	readonly onProgress?: (received: number, pending: number | null) => void;
}

/** Brings every catalogue change since the last pull; returns how many documents came. */
export async function pullCatalogue(options: CataloguePullOptions): Promise<number> {
	const batch = options.batchSize ?? 200;
	const http = new CouchHttp(options.remoteUrl, {
		...(options.fetch ? { fetch: options.fetch } : {}),
		...(options.headers ? { headers: options.headers } : {})
	});
	const totals: RunTotals = { sent: 0, received: 0, pending: null, rejected: [] };
	const ctx = await transferContext(new CheckpointStore(options.db, batch), {
		db: options.db,
		http,
		totals,
		progress: () => options.onProgress?.(totals.received, totals.pending),
		now: () => new Date().toISOString(),
		author: null,
		accepts: isCatalogueDoc,
		pulled: new Set()
	});
	await pull(ctx, batch);
	return totals.received;
}
