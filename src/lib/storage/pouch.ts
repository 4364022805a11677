/**
 * The replicated store (architecture.md §1): PouchDB over IndexedDB in the browser. Unit tests run
 * the same adapter on fake-indexeddb. One place creates databases so names stay consistent.
 */
import PouchDB from 'pouchdb-browser';

export type Db = PouchDB.Database;

/** Local name of an office's database; the same name as on the provincial CouchDB (§4). */
export function officeDbName(officeId: string): string {
	if (!/^[a-z][a-z0-9_-]*$/.test(officeId)) throw new Error(`Invalid office id: ${officeId}`);
	return `motcua_office_${officeId}`;
}

export const CATALOGUE_DB_NAME = 'motcua_catalogue';

export function openDb(name: string): Db {
	return new PouchDB(name, { auto_compaction: true });
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
