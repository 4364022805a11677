/**
 * validate_doc_update of `motcua_catalogue` (architecture.md §3–§4, ADR 6): every officer reads
 * it (its `_security`), only province administrators write it. Catalogue documents are the one
 * mutable kind: an administrator updates them in place (with plain HTTP requests, never by
 * replication: see the embedded server's defect, architecture.md §6). Self-contained ES5, like
 * validate-office.js.
 */
import { OFFICE_ID_PATTERN, PROVINCE_ADMIN, USER_NAME_PATTERN } from './naming.js';
import { functionSource } from './function-source.js';

export const CATALOGUE_RULES = {
	writerRole: PROVINCE_ADMIN,
	officeId: OFFICE_ID_PATTERN.source,
	userName: USER_NAME_PATTERN.source,
	procedureCode: '^[0-9A-Za-z._-]{1,32}$',
	/** A calendar year or a procedure with its components is a few KB. */
	maxDocChars: 262144,
	/** What an audit entry says was done (ADR 34). */
	auditActions: ['create', 'update', 'retire', 'restore']
};

/**
 * @param {any} newDoc @param {any} oldDoc @param {any} userCtx @param {any} _secObj
 * One function for CouchDB: a check per document type inside.
 */
export function validateCatalogueDoc(newDoc, oldDoc, userCtx, _secObj) {
	var RULES = CATALOGUE_RULES;
	var roles = (userCtx && userCtx.roles) || [];
	/** @param {string} code @param {string} message @returns {never} */
	function deny(code, message) {
		throw { forbidden: code + ': ' + message };
	}
	/** @param {unknown} v */
	function isText(v) {
		return typeof v === 'string' && v.length > 0;
	}
	/** @param {unknown} v */
	function wholeNumber(v) {
		return typeof v === 'number' && v === Math.floor(v);
	}
	/** @param {unknown} v @returns {v is Record<string, any>} */
	function isObject(v) {
		return v !== null && typeof v === 'object' && !Array.isArray(v);
	}
	/** @param {string} expected */
	function idMustBe(expected) {
		if (newDoc._id !== expected) deny('id-mismatch', '_id must be ' + expected);
	}

	/** @param {any} doc */
	function checkProcedure(doc) {
		if (!isText(doc.code) || !new RegExp(RULES.procedureCode).test(doc.code)) {
			deny('bad-field', 'code');
		}
		idMustBe('procedure:' + doc.code);
		if (!isText(doc.name) || !wholeNumber(doc.version)) deny('missing-field', 'name, version');
		if (!isObject(doc.time) || !isText(doc.time.unit)) deny('missing-field', 'time.unit');
		if (!Array.isArray(doc.components)) deny('missing-field', 'components');
		if (doc.retired !== undefined && typeof doc.retired !== 'boolean') deny('bad-field', 'retired');
		// Every change is a new version (dossiers keep the one they were received under).
		if (oldDoc && !oldDoc._deleted && doc.version !== oldDoc.version + 1) {
			deny('version-not-next', 'version must be ' + (oldDoc.version + 1));
		}
	}

	/** An officer's name, office and functions, as desks show them (ADR 34). @param {any} doc */
	function checkOfficer(doc) {
		if (!isText(doc.userName) || !new RegExp(RULES.userName).test(doc.userName)) {
			deny('bad-field', 'userName');
		}
		idMustBe('officer:' + doc.userName);
		if (!isText(doc.fullName)) deny('missing-field', 'fullName');
		if (
			doc.officeId !== null &&
			!(isText(doc.officeId) && new RegExp(RULES.officeId).test(doc.officeId))
		) {
			deny('bad-field', 'officeId');
		}
		if (!Array.isArray(doc.functions) || typeof doc.disabled !== 'boolean') {
			deny('missing-field', 'functions, disabled');
		}
	}

	/** An entry of the administrators' audit trail: written once, by its author. @param {any} doc */
	function checkAudit(doc) {
		if (oldDoc) deny('immutable', 'an audit entry is never changed');
		if (doc.by !== userCtx.name) deny('not-author', 'by must be the logged-in user');
		if (!isText(doc.at) || !isText(doc.target)) deny('missing-field', 'at, target');
		if (doc._id.indexOf('audit:' + doc.at + ':' + doc.by + ':') !== 0) {
			deny('id-mismatch', '_id must be audit:<at>:<by>:<n>');
		}
		if (RULES.auditActions.indexOf(doc.action) === -1) deny('bad-field', 'action');
		if (!Array.isArray(doc.fields)) deny('missing-field', 'fields');
	}

	/** @param {any} doc */
	function checkOffice(doc) {
		if (!isText(doc.id) || !new RegExp(RULES.officeId).test(doc.id)) deny('bad-field', 'id');
		idMustBe('office:' + doc.id);
		if (!isText(doc.name) || !isText(doc.agencyCode)) deny('missing-field', 'name, agencyCode');
		if (!Array.isArray(doc.procedureCodes)) deny('missing-field', 'procedureCodes');
	}

	/** @param {any} doc */
	function checkCalendar(doc) {
		if (!wholeNumber(doc.year) || doc.year < 1900 || doc.year > 2199) deny('bad-field', 'year');
		idMustBe('calendar:' + doc.year);
		if (!Array.isArray(doc.entries)) deny('missing-field', 'entries');
	}

	if (roles.indexOf('_admin') !== -1) return;
	if (!userCtx || !userCtx.name) throw { unauthorized: 'login-required: please log in' };
	if (roles.indexOf(RULES.writerRole) === -1) {
		deny('not-province-admin', 'only province administrators change the catalogue');
	}
	// A procedure is retired, never deleted: old dossiers and the audit trail name it.
	if (newDoc._deleted) deny('no-delete', 'catalogue documents are retired, not deleted');
	/** @type {Record<string, any>} */
	var check = {
		procedure: checkProcedure,
		office: checkOffice,
		calendar: checkCalendar,
		officer: checkOfficer,
		audit: checkAudit
	};
	if (!Object.prototype.hasOwnProperty.call(check, newDoc.type)) {
		deny('unknown-type', 'type must be procedure, office, calendar, officer or audit');
	}
	if (JSON.stringify(newDoc).length > RULES.maxDocChars) {
		deny('too-large', 'a document is at most ' + RULES.maxDocChars + ' characters');
	}
	// Who changed a catalogue document last, and when, is part of it (ADR 34).
	if (newDoc.type !== 'audit' && (newDoc.changedBy !== userCtx.name || !isText(newDoc.changedAt))) {
		deny('not-author', 'changedBy must be the logged-in user, with changedAt');
	}
	check[newDoc.type](newDoc);
}

/** The text stored as `validate_doc_update` in `_design/motcua` of the catalogue. */
export const validateCatalogueSource = functionSource(
	validateCatalogueDoc,
	'CATALOGUE_RULES',
	CATALOGUE_RULES
);
