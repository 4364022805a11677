/**
 * The design documents the provisioning command installs: `_design/motcua` (validation) and, in
 * office databases, `_design/motcua-counts` (the counts view of the province-wide view, ADR 12,
 * and the open-dossiers view of a desk's first sync, ADR 13) and `_design/motcua-window` (the
 * dossiers closed since a day, which a desk keeps besides the open ones, ADR 18) and
 * `_design/motcua-report` (the province's report counts, ADR 31).
 * `version` is a hash of the content, so a changed function upgrades every database on the next
 * run and an unchanged one leaves them alone. The two are separate so that a change of the
 * validation never makes CouchDB rebuild the view index.
 */
import { createHash } from 'node:crypto';
import {
	COUNTS_DESIGN_DOC_ID,
	COUNTS_VIEW,
	REPORT_DESIGN_DOC_ID,
	REPORT_VIEW,
	mapOfficeCountsSource,
	mapOfficeReportSource
} from './office-counts.js';
import {
	CLOSED_VIEW,
	CONFLICTS_VIEW,
	DOSSIERS_VIEW,
	WINDOW_DESIGN_DOC_ID,
	mapClosedDossiersSource,
	mapConflictsSource,
	mapDossierDocsSource
} from './office-dossiers.js';
import { validateCatalogueSource } from './validate-catalogue.js';
import { validateOfficeSource } from './validate-office.js';

export const DESIGN_DOC_ID = '_design/motcua';

/**
 * @template {Record<string, unknown>} C
 * @param {string} id @param {C} content
 * @returns {C & { _id: string; language: string; version: string }}
 */
function designDoc(id, content) {
	const body = { language: 'javascript', ...content };
	const version = createHash('sha256').update(JSON.stringify(body)).digest('hex').slice(0, 16);
	return { _id: id, ...body, version };
}

/** @param {string} validateSource */
function validationDoc(validateSource) {
	return designDoc(DESIGN_DOC_ID, { validate_doc_update: validateSource });
}

export const officeDesignDoc = validationDoc(validateOfficeSource);
export const catalogueDesignDoc = validationDoc(validateCatalogueSource);
export const officeCountsDesignDoc = designDoc(COUNTS_DESIGN_DOC_ID, {
	views: {
		[COUNTS_VIEW]: { map: mapOfficeCountsSource, reduce: '_sum' },
		[DOSSIERS_VIEW]: { map: mapDossierDocsSource, reduce: '_sum' }
	}
});
export const officeWindowDesignDoc = designDoc(WINDOW_DESIGN_DOC_ID, {
	views: {
		[CLOSED_VIEW]: { map: mapClosedDossiersSource },
		[CONFLICTS_VIEW]: { map: mapConflictsSource }
	}
});
export const officeReportDesignDoc = designDoc(REPORT_DESIGN_DOC_ID, {
	views: { [REPORT_VIEW]: { map: mapOfficeReportSource, reduce: '_sum' } }
});
