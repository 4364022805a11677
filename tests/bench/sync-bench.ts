/**
 * The first-sync benchmark's page (architecture.md §5: stock `PouchDB.replicate` writes only about
 * 1,100–1,450 documents/s into IndexedDB; a diff of ids/revisions, `_bulk_get` and bulk writes do
 * better), built by scripts/bench-sync.js and served by the embedded server on its own origin, so
 * the session cookie reaches `/db`. Never part of the app.
 */
import { openDb } from '$lib/storage/pouch';
import { OfficeSync } from '$lib/sync/office-sync';

export interface Run {
	readonly ms: number;
	readonly docs: number;
}

async function logIn(name: string, password: string): Promise<void> {
	const r = await fetch('/db/_session', {
		method: 'POST',
		headers: { 'Content-Type': 'application/json' },
		body: JSON.stringify({ name, password }),
		credentials: 'include'
	});
	if (!r.ok) throw new Error(`login ${r.status}`);
}

/** Stock PouchDB replication from the office database into an empty IndexedDB database. */
async function stock(remote: string, name: string): Promise<Run> {
	const local = openDb(name);
	const t0 = performance.now();
	const result = await local.replicate.from(remote, { batch_size: 100 });
	const ms = performance.now() - t0;
	await local.destroy();
	return { ms, docs: result.docs_written };
}

/** Motcua's sync service into an empty IndexedDB database (open dossiers first, then the rest). */
async function motcua(remote: string, name: string): Promise<Run> {
	const local = openDb(name);
	const sync = new OfficeSync({
		db: local,
		remoteUrl: remote,
		batchSize: Number(new URLSearchParams(location.search).get('batch') ?? 100)
	});
	const t0 = performance.now();
	const result = await sync.sync();
	const ms = performance.now() - t0;
	if (result.status !== 'up-to-date') throw new Error(`sync ${result.status} ${result.error}`);
	await local.destroy();
	return { ms, docs: result.received };
}

Object.assign(globalThis, { bench: { logIn, stock, motcua } });
document.body.dataset.ready = 'true';
