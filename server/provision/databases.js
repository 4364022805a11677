/**
 * Databases, their `_security` and their design documents (`_design/motcua`, and the views
 * `_design/motcua-counts` and `_design/motcua-window` of office databases), each step idempotent:
 * a database that exists is kept, a `_security` or design document that already says the same is
 * left alone, a design document of another `version` is replaced and its views built at once.
 */
import { isDeepStrictEqual } from 'node:util';
import { docPath } from './couch-client.js';

/**
 * @typedef {import('./couch-client.js').CouchClient} CouchClient
 * @typedef {(line: string) => void} Log
 */

/** @param {CouchClient} couch @param {string} db @returns {Promise<'created' | 'exists'>} */
export async function ensureDatabase(couch, db) {
	const { status } = await couch.request('PUT', `/${encodeURIComponent(db)}`);
	if (status === 201 || status === 202) return 'created';
	if (status === 412) return 'exists';
	throw new Error(`PUT /${db} → ${status}`);
}

/**
 * @param {CouchClient} couch @param {string} db @param {object} security
 * @returns {Promise<'set' | 'unchanged'>}
 */
export async function ensureSecurity(couch, db, security) {
	const path = `/${encodeURIComponent(db)}/_security`;
	const current = await couch.json('GET', path);
	if (isDeepStrictEqual(normalSecurity(current), normalSecurity(security))) return 'unchanged';
	await couch.json('PUT', path, security);
	return 'set';
}

/** Missing sections and lists count as empty, as CouchDB reads them. @param {any} s */
function normalSecurity(s) {
	/** @param {any} part */
	const section = (part) => ({ names: part?.names ?? [], roles: part?.roles ?? [] });
	return { admins: section(s?.admins), members: section(s?.members) };
}

/**
 * @param {CouchClient} couch @param {string} db @param {{ _id: string; version: string }} designDoc
 * @returns {Promise<'installed' | 'upgraded' | 'unchanged'>}
 */
export async function ensureDesignDoc(couch, db, designDoc) {
	const path = docPath(db, designDoc._id);
	const { status, body } = await couch.request('GET', path);
	if (status === 200 && body.version === designDoc.version) return 'unchanged';
	if (status !== 200 && status !== 404) throw new Error(`GET ${path} → ${status}`);
	const doc = status === 200 ? { ...designDoc, _rev: body._rev } : designDoc;
	await couch.json('PUT', path, doc);
	return status === 200 ? 'upgraded' : 'installed';
}

/** How the log names the view documents of an office, in the order provisioning passes them. */
const VIEW_LABELS = ['counts', 'window', 'report'];

/**
 * One database with its security, validation and (office databases) views, logged on one line.
 * @param {CouchClient} couch @param {string} db @param {object} security
 * @param {{ _id: string; version: string }} designDoc @param {Log} log
 * @param {readonly { _id: string; version: string }[]} [viewDocs] counts, window, report
 */
export async function ensureGuardedDatabase(couch, db, security, designDoc, log, viewDocs = []) {
	const created = await ensureDatabase(couch, db);
	const secured = await ensureSecurity(couch, db, security);
	const design = await ensureDesignDoc(couch, db, designDoc);
	let line = `  ${db}: ${created}; _security ${secured}; validation ${design} (${designDoc.version})`;
	const built = [];
	for (const [i, viewDoc] of viewDocs.entries()) {
		const state = await ensureDesignDoc(couch, db, viewDoc);
		line += `; ${VIEW_LABELS[i] ?? viewDoc._id} view ${state} (${viewDoc.version})`;
		if (state !== 'unchanged') built.push(viewDoc);
	}
	log(line);
	for (const viewDoc of built) await buildViews(couch, db, viewDoc, log);
}

/**
 * A new or changed view is built now, not by the first desk that asks (CouchDB builds an index
 * on its first query and answers `timeout` after a minute on an office's year of documents, so
 * a new laptop's first sync would fail until it is built): each view is queried until it answers.
 * @param {CouchClient} couch @param {string} db
 * @param {{ _id: string; views?: Record<string, unknown> }} viewDoc @param {Log} log
 */
export async function buildViews(couch, db, viewDoc, log) {
	const started = Date.now();
	for (const view of Object.keys(viewDoc.views ?? {})) {
		const path = `${docPath(db, viewDoc._id)}/_view/${encodeURIComponent(view)}?limit=0`;
		for (;;) {
			const { status, body } = await couch.request('GET', path);
			if (status === 200) break;
			if (body?.error !== 'timeout') throw new Error(`GET ${path} → ${status}`);
			log(
				`  ${db}: building ${viewDoc._id}/${view}… ${Math.round((Date.now() - started) / 1000)} s`
			);
		}
	}
	const seconds = (Date.now() - started) / 1000;
	if (seconds >= 1) log(`  ${db}: ${viewDoc._id} built in ${seconds.toFixed(0)} s`);
}
