/**
 * The `_design/motcua` documents the provisioning command installs. `version` is a hash of the
 * content, so a changed validation function upgrades every database on the next run and an
 * unchanged one leaves them alone.
 */
import { createHash } from 'node:crypto';
import { validateCatalogueSource } from './validate-catalogue.js';
import { validateOfficeSource } from './validate-office.js';

export const DESIGN_DOC_ID = '_design/motcua';

/**
 * @param {string} validateSource
 * @returns {{ _id: string; language: string; version: string; validate_doc_update: string }}
 */
function designDoc(validateSource) {
	const content = { language: 'javascript', validate_doc_update: validateSource };
	const version = createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 16);
	return { _id: DESIGN_DOC_ID, ...content, version };
}

export const officeDesignDoc = designDoc(validateOfficeSource);
export const catalogueDesignDoc = designDoc(validateCatalogueSource);
