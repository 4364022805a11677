/**
 * The views a desk's first sync reads (ADR 13, ADR 18):
 * - `by-dossier` of `_design/motcua-counts`: every dossier and event document under its dossier
 *   code, valued 1 when the event closes the dossier (hand-over, withdrawal, stop) and 0
 *   otherwise. Grouped with `_sum`, it tells which dossiers are still open; with `reduce=false`
 *   and `keys`, which documents make them up.
 * - `closed` of `_design/motcua-window`: each closing event under its time, valued with its
 *   dossier code, so that a desk can ask which dossiers closed since a day (the ones it keeps
 *   besides the open ones). A design document of its own, so that adding it never made CouchDB
 *   rebuild the counts index.
 * - `conflicts` of the same design document: documents with more than one revision (ADR 19).
 */
import { functionSource } from './function-source.js';

export const DOSSIERS_VIEW = 'by-dossier';

/** @type {{ closing: string[] }} */
export const DOSSIER_RULES = { closing: ['deliver', 'withdraw', 'stop'] };

/** @param {any} doc */
export function mapDossierDocs(doc) {
	var RULES = DOSSIER_RULES;
	var code = null;
	var closing = 0;
	if (doc.type === 'dossier') code = doc.code;
	else if (doc.type === 'event') {
		code = doc.dossierCode;
		for (var i = 0; i < RULES.closing.length; i++) if (RULES.closing[i] === doc.kind) closing = 1;
	}
	if (typeof code !== 'string' || code === '') return;
	// @ts-expect-error -- `emit` is the view server's.
	emit(code, closing);
}

export const mapDossierDocsSource = functionSource(mapDossierDocs, 'DOSSIER_RULES', DOSSIER_RULES);

export const WINDOW_DESIGN_DOC_ID = '_design/motcua-window';
export const CLOSED_VIEW = 'closed';
export const CONFLICTS_VIEW = 'conflicts';

/**
 * Documents with more than one revision on the server (ADR 19), valued with every revision (the
 * winning one first): documents are never updated, so each is two documents written under one id
 * (two laptops that shared a number range). A new desk's first pull brings the winning revision
 * of everything; it reads this view to bring the others of the documents it holds, so that no
 * dossier stays hidden behind another. Written as text: it reads no rules, and a bundler may
 * rewrite a function's source (the generator is bundled).
 */
export const mapConflictsSource =
	'function (doc) { if (doc._conflicts && doc._conflicts.length > 0) ' +
	'emit(doc._id, [doc._rev].concat(doc._conflicts)); }';

/** @param {any} doc */
export function mapClosedDossiers(doc) {
	var RULES = DOSSIER_RULES;
	if (doc.type !== 'event' || typeof doc.at !== 'string' || typeof doc.dossierCode !== 'string') {
		return;
	}
	for (var i = 0; i < RULES.closing.length; i++) {
		// @ts-expect-error -- `emit` is the view server's.
		if (RULES.closing[i] === doc.kind) emit(doc.at, doc.dossierCode);
	}
}

export const mapClosedDossiersSource = functionSource(
	mapClosedDossiers,
	'DOSSIER_RULES',
	DOSSIER_RULES
);
