/**
 * PouchDB as a desk uses it, in Node tests: the server's PouchDB class plus the memory adapter
 * (the browser's IndexedDB stands in as memory), to replicate with a server under test.
 */
import { createRequire } from 'node:module';
import { pouchDB } from '../../../server/embedded/pouchdb.js';

const require = createRequire(import.meta.url);
let count = 0;

/** A fresh, empty local database. @returns {PouchDB.Database} */
export function deskDatabase() {
	/** @type {any} */
	const PouchDB = pouchDB();
	if (!PouchDB.adapters.memory) PouchDB.plugin(require('pouchdb-adapter-memory'));
	count += 1;
	return new PouchDB(`desk-${process.pid}-${count}`, { adapter: 'memory' });
}

/**
 * A server database as one user sees it.
 * @param {string} url the database URL, without credentials
 * @param {{ name: string; password: string }} user
 * @returns {PouchDB.Database}
 */
export function remoteDatabase(url, user) {
	/** @type {any} */
	const PouchDB = pouchDB();
	return new PouchDB(url, {
		auth: { username: user.name, password: user.password },
		skip_setup: true
	});
}
