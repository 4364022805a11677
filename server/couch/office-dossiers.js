/**
 * The `by-dossier` view of `_design/motcua-counts` (ADR 13): every dossier and event document
 * under its dossier code, valued 1 when the event closes the dossier (hand-over, withdrawal,
 * stop) and 0 otherwise. Grouped with `_sum`, it tells a desk on its first sync which dossiers
 * are still open; with `reduce=false` and `keys`, which documents make them up. The desk brings
 * those first and the rest of the history after (architecture.md §5).
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
