/**
 * The PouchDB class of the embedded server: pouchdb-core with LevelDB files, HTTP (for
 * replication), map/reduce and replication. Plugins change the one class that pouchdb-core
 * exports, and replication refuses to be added twice, so each is added only when missing (a test
 * process may load this module more than once).
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** @returns {PouchDB.Static} */
export function pouchDB() {
	/** @type {any} */
	const Core = require('pouchdb-core');
	if (!Core.adapters.leveldb) Core.plugin(require('pouchdb-adapter-leveldb'));
	if (!Core.adapters.http) Core.plugin(require('pouchdb-adapter-http'));
	if (!Core.prototype.query) Core.plugin(require('pouchdb-mapreduce'));
	// Not `Core.prototype.replicate`: reading that getter on the prototype caches replication
	// methods bound to the prototype itself, and every database then replicates nothing.
	if (typeof Core.replicate !== 'function') Core.plugin(require('pouchdb-replication'));
	return Core;
}
