/**
 * The replicated store (architecture.md §1): PouchDB over IndexedDB in the browser, through
 * PouchDB's `indexeddb` adapter (ADR 24). Unit tests run the same adapter on fake-indexeddb. One
 * place creates databases so names stay consistent.
 */
import PouchDB from 'pouchdb-browser';
import IndexeddbAdapter from 'pouchdb-adapter-indexeddb';

PouchDB.plugin(IndexeddbAdapter);
guardClockVersions();

export type Db = PouchDB.Database;

/** Local name of an office's database; the same name as on the provincial CouchDB (§4). */
export function officeDbName(officeId: string): string {
	if (!/^[a-z][a-z0-9_-]*$/.test(officeId)) throw new Error(`Invalid office id: ${officeId}`);
	return `motcua_office_${officeId}`;
}

export const CATALOGUE_DB_NAME = 'motcua_catalogue';

/**
 * Put before a local database's name by the `indexeddb` adapter's stores (ADR 24): PouchDB names
 * every local store `_pouch_<name>` whatever its adapter, and a name the older `idb` adapter holds
 * cannot be opened by the newer one, so the two live side by side while a laptop moves its data.
 */
export const STORE_PREFIX = 'v2_';

export function openDb(name: string): Db {
	return new PouchDB(name, { adapter: 'indexeddb', prefix: STORE_PREFIX, auto_compaction: true });
}

/**
 * The `indexeddb` adapter opens its store with an IndexedDB version made of the clock (about
 * 2×10¹³ plus the time in milliseconds), so that each page or worker that opens it upgrades it.
 * A laptop whose clock was set back (an officer correcting a clock that ran ahead, as the app asks
 * them to) would ask for a lower version than the store has; IndexedDB refuses that, and the
 * desk would never open its data. Such a refusal is answered by opening the store at the version
 * it has: its stores are already there (ADR 24).
 */
const CLOCK_VERSIONS = 10 ** 13;

function guardClockVersions(): void {
	const factory: (IDBFactory & { motcuaGuarded?: true }) | undefined = (
		globalThis as { indexedDB?: IDBFactory }
	).indexedDB;
	if (factory === undefined || factory.motcuaGuarded) return;
	const open = factory.open.bind(factory);
	factory.open = (name: string, version?: number): IDBOpenDBRequest => {
		const request = version === undefined ? open(name) : open(name, version);
		if (version === undefined || version < CLOCK_VERSIONS) return request;
		request.addEventListener('error', (event) => {
			if (request.error?.name !== 'VersionError') return;
			// The adapter's own `onerror`, set after this listener, would fail the store: not told.
			event.preventDefault();
			event.stopImmediatePropagation();
			const again = open(name);
			again.onsuccess = (e) => void request.onsuccess?.call(request, e);
			again.onerror = (e) => void request.onerror?.call(request, e);
		});
		return request;
	};
	factory.motcuaGuarded = true;
}

/** PouchDB reports failures as objects with a status; a 409 means the id is already taken. */
export function isConflict(error: unknown): boolean {
	return (
		typeof error === 'object' && error !== null && (error as { status?: number }).status === 409
	);
}

export function isNotFound(error: unknown): boolean {
	return (
		typeof error === 'object' && error !== null && (error as { status?: number }).status === 404
	);
}
