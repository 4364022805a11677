/**
 * Loads the catalogue with plain HTTP requests: catalogue documents change in place, and a
 * replicated update is silently dropped by the embedded server (architecture.md §6). A document
 * that already says the same is left alone; a changed one is written with its `_rev`; documents
 * no longer in the source stay (a province administrator removes them on purpose).
 * Document shapes are those of src/lib/storage/catalogue-store.ts.
 */
import { isDeepStrictEqual } from 'node:util';
import { CATALOGUE_DB } from '../couch/naming.js';

/**
 * @typedef {import('./couch-client.js').CouchClient} CouchClient
 * @typedef {import('./province.js').Catalogue} Catalogue
 * @typedef {{ _id: string; type: string; [key: string]: unknown }} CatalogueDoc
 */

/** @param {Catalogue} catalogue @returns {CatalogueDoc[]} */
export function catalogueDocs(catalogue) {
	return [
		...catalogue.procedures.map((p) => ({ ...p, _id: `procedure:${p.code}`, type: 'procedure' })),
		...catalogue.offices.map((o) => ({ ...o, _id: `office:${o.id}`, type: 'office' })),
		...catalogue.calendars.map((c) => ({ ...c, _id: `calendar:${c.year}`, type: 'calendar' }))
	];
}

/**
 * @param {CouchClient} couch @param {Catalogue} catalogue @param {string} [db]
 * @returns {Promise<{ created: number; updated: number; unchanged: number }>}
 */
export async function loadCatalogue(couch, catalogue, db = CATALOGUE_DB) {
	const path = `/${encodeURIComponent(db)}`;
	const all = await couch.json('GET', `${path}/_all_docs?include_docs=true`);
	/** @type {Map<string, any>} */
	const stored = new Map(all.rows.map((/** @type {any} */ row) => [row.id, row.doc]));
	const counts = { created: 0, updated: 0, unchanged: 0 };
	const writes = [];
	for (const doc of catalogueDocs(catalogue)) {
		const old = stored.get(doc._id);
		if (old === undefined) {
			counts.created += 1;
			writes.push(doc);
			continue;
		}
		const { _rev, ...content } = old;
		if (isDeepStrictEqual(content, JSON.parse(JSON.stringify(doc)))) counts.unchanged += 1;
		else {
			counts.updated += 1;
			writes.push({ ...doc, _rev });
		}
	}
	if (writes.length > 0) {
		const results = await couch.json('POST', `${path}/_bulk_docs`, { docs: writes });
		const failed = results.filter((/** @type {any} */ r) => r.error !== undefined);
		if (failed.length > 0) {
			const first = failed[0];
			throw new Error(`catalogue: ${failed.length} not written (${first.id}: ${first.error})`);
		}
	}
	return counts;
}
