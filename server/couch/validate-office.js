/**
 * validate_doc_update of an office database (architecture.md §3–§4, ADR 6). CouchDB runs the
 * SOURCE of `validateOfficeDoc` on its own, so the function is self-contained ES5 (CouchDB 3 may
 * embed an old SpiderMonkey): no imports, no arrows, no `includes`. Its data (`OFFICE_RULES`) is
 * written into the source as a literal by `functionSource`.
 *
 * Errors are `{ forbidden: '<code>: <message>' }` (or `unauthorized` for anonymous writes), the
 * short code first so the desk can show a sentence of its own.
 */
import { FUNCTION_ROLE_PREFIX, OFFICE_DB_PREFIX, OFFICE_ROLE_PREFIX } from './naming.js';
import { functionSource } from './function-source.js';

/**
 * Who may write each lifecycle action: the union, over all states, of the roles of TRANSITIONS in
 * src/lib/domain/lifecycle/states.ts (a dossier document is the `receive` action). Copied here
 * because CouchDB cannot import the app; tests/server/transition-roles.test.ts keeps the two equal.
 */
export const ACTION_ROLES = {
	receive: ['desk-officer'],
	'give-guidance': ['desk-officer'],
	'reject-at-intake': ['desk-officer'],
	transfer: ['desk-officer', 'processing-officer', 'leader'],
	'request-supplement': ['desk-officer', 'processing-officer'],
	'supplement-received': ['desk-officer', 'processing-officer'],
	'request-payment': ['desk-officer', 'processing-officer'],
	'payment-received': ['desk-officer', 'processing-officer'],
	apology: ['desk-officer', 'leader'],
	'result-ready': ['desk-officer', 'processing-officer', 'leader'],
	deliver: ['desk-officer'],
	withdraw: ['desk-officer'],
	stop: ['desk-officer', 'leader', 'supervisor'],
	rate: ['desk-officer'],
	review: ['supervisor'],
	'follow-up': ['leader', 'supervisor']
};

/**
 * Required payload fields per event kind (src/lib/domain/model.ts `EventPayloads`): 'text' is a
 * non-empty string, 'datetime' a Vietnam wall-clock time, an array the allowed values.
 */
const PAYLOAD_FIELDS = {
	transfer: { toUnit: 'text' },
	'request-supplement': { reason: 'text', items: 'list' },
	'supplement-received': {},
	'request-payment': { amountVnd: 'amount', pausesClock: 'boolean' },
	'payment-received': {},
	apology: { reason: 'text', newDueAt: 'datetime' },
	'result-ready': { outcome: ['approved', 'refused'] },
	deliver: { method: ['in-person', 'postal', 'online'] },
	withdraw: { reason: 'text' },
	stop: { reason: 'text', returnedUnresolved: 'boolean' },
	rate: { rating: ['very-satisfied', 'satisfied', 'unsatisfied'] },
	review: { note: 'text', covers: 'list' },
	'follow-up': { rating: 'text', step: ['assign', 'answer', 'close'] }
};

/**
 * Feedback and petitions (PAKN, ADR 29): who may take them in and take each step, a copy of
 * FEEDBACK_INTAKE_ROLES and FEEDBACK_TRANSITIONS (src/lib/domain/feedback/states.ts), which
 * tests/server/transition-roles.test.ts keeps equal.
 */
export const FEEDBACK_ROLES = {
	intake: ['desk-officer'],
	assign: ['desk-officer', 'leader', 'supervisor'],
	answer: ['desk-officer', 'processing-officer', 'leader'],
	publish: ['leader', 'supervisor']
};

/** Required payload fields per feedback step (src/lib/domain/feedback/schemas.ts). */
const FEEDBACK_STEP_FIELDS = {
	assign: { unit: 'text' },
	answer: { text: 'text', answeredOn: 'date' },
	publish: { published: 'boolean' }
};

/**
 * Reports submitted to the province (ADR 32): who may submit, and the columns every row carries,
 * a copy of SUBMITTED_COLUMNS (src/lib/domain/report/submission.ts) that
 * tests/server/transition-roles.test.ts keeps equal.
 */
export const REPORT_ROLES = ['leader', 'supervisor'];
export const REPORT_COLUMNS = [
	'carriedOver',
	'newOnline',
	'newDirect',
	'newPostal',
	'newTotal',
	'totalToHandle',
	'resolvedEarly',
	'resolvedOnTime',
	'resolvedLate',
	'resolved',
	'resolvedWithoutDue',
	'withdrawn',
	'returned',
	'pendingInTime',
	'pendingOverdue',
	'pending',
	'pendingWithoutDue',
	'rejectedAtIntake'
];

export const OFFICE_RULES = {
	dbPrefix: OFFICE_DB_PREFIX,
	officeRolePrefix: OFFICE_ROLE_PREFIX,
	functionRolePrefix: FUNCTION_ROLE_PREFIX,
	actionRoles: ACTION_ROLES,
	payloadFields: PAYLOAD_FIELDS,
	/** Fields a payload needs on top, by kind and value (a refusal needs its reason, …). */
	payloadWhen: {
		'result-ready': { outcome: { refused: 'reason' } },
		deliver: { method: { 'in-person': 'receiverName', postal: 'trackingNumber' } },
		'follow-up': { step: { assign: 'assignee', answer: 'note' } }
	},
	/** Fields a payload may carry, checked when present (a result's timing, ADR 31). */
	payloadOptional: {
		'result-ready': { timing: ['early', 'on-time', 'late', 'none'] }
	},
	/** Anyone of the office with a function may register a desk (first login of a laptop). */
	deskRoles: ['desk-officer', 'processing-officer', 'leader', 'supervisor'],
	channels: ['direct', 'online', 'postal'],
	feedbackRoles: FEEDBACK_ROLES,
	feedbackStepFields: FEEDBACK_STEP_FIELDS,
	feedbackKinds: ['regulation', 'conduct', 'other'],
	feedbackChannels: ['direct', 'phone', 'postal', 'email', 'online'],
	reportRoles: REPORT_ROLES,
	reportColumns: REPORT_COLUMNS,
	reportRatings: ['verySatisfied', 'satisfied', 'unsatisfied', 'total'],
	/** Rows of a submitted report (sectors): 100 stay within maxDocChars; the desk says the same. */
	maxReportRows: 100,
	/** The content of a feedback: the desk keeps at most 8,000 characters. */
	maxFeedbackChars: 8000,
	date: '^\\d{4}-\\d{2}-\\d{2}$',
	/** A dossier with its components is a few KB; 64 KiB leaves room and bounds abuse. */
	maxDocChars: 65536,
	maxIdChars: 200,
	/** Dossier codes and desk ids are id segments: no `:` (domain.md §9.1 codes fit). */
	segment: '^[A-Za-z0-9._-]{1,64}$',
	datetime: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$',
	/** `n` of event ids: padded to 3 digits by the desk, more when it grows. */
	eventNumber: '^\\d{3,6}$',
	maxSequence: 99999999,
	/** Who retires a lost laptop (ADR 34): a province administrator, of no office. */
	retireRole: 'province-admin',
	releases: ['free', 'never']
};

/**
 * @param {any} newDoc @param {any} oldDoc @param {any} userCtx @param {any} _secObj
 * CouchDB needs one function: the checks are inner functions, one per document type.
 */
export function validateOfficeDoc(newDoc, oldDoc, userCtx, _secObj) {
	var RULES = OFFICE_RULES;
	var roles = (userCtx && userCtx.roles) || [];
	/** @param {string} code @param {string} message @returns {never} */
	function deny(code, message) {
		throw { forbidden: code + ': ' + message };
	}
	/** @param {unknown} v */
	function isText(v) {
		return typeof v === 'string' && v.length > 0;
	}
	/** @param {unknown} v @param {string} pattern */
	function matches(v, pattern) {
		return typeof v === 'string' && new RegExp(pattern).test(v);
	}
	/** @param {unknown} v @returns {v is Record<string, any>} */
	function isObject(v) {
		return v !== null && typeof v === 'object' && !Array.isArray(v);
	}
	/**
	 * Own properties only: `kind: 'constructor'` must not find Object.prototype's.
	 * @param {any} obj @param {string} key @returns {any}
	 */
	function own(obj, key) {
		return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
	}
	/** @param {unknown[]} list @param {unknown} v */
	function has(list, v) {
		return list.indexOf(v) !== -1;
	}
	/** @param {any} doc @param {string[]} fields */
	function requireFields(doc, fields) {
		for (var i = 0; i < fields.length; i++) {
			var field = String(fields[i]);
			var v = doc[field];
			if (v === undefined || v === null || v === '') {
				deny('missing-field', field + ' is required');
			}
		}
	}
	/** @param {string} field @param {unknown} value */
	function requireMine(field, value) {
		if (value !== userCtx.name) deny('not-author', field + ' must be ' + userCtx.name);
	}
	/** @param {string[]} allowed @param {string} what */
	function requireRole(allowed, what) {
		for (var i = 0; i < allowed.length; i++) {
			if (has(roles, RULES.functionRolePrefix + allowed[i])) return;
		}
		deny('role-not-allowed', what + ' needs one of: ' + allowed.join(', '));
	}
	/** @param {any} holder @param {string} field @param {any} kind */
	function checkField(holder, field, kind) {
		var v = holder[field];
		var ok =
			kind === 'text'
				? isText(v)
				: kind === 'datetime'
					? matches(v, RULES.datetime)
					: kind === 'date'
						? matches(v, RULES.date)
						: kind === 'boolean'
							? typeof v === 'boolean'
							: kind === 'amount'
								? typeof v === 'number' && v >= 0 && isFinite(v)
								: kind === 'list'
									? Array.isArray(v)
									: has(kind, v);
		if (!ok) deny('bad-field', 'payload.' + field + ' is missing or invalid');
	}

	/** @param {any} doc */
	function checkDossier(doc) {
		requireFields(doc, ['code', 'deskId', 'receivedBy', 'receivedAt', 'procedure', 'applicant']);
		if (doc._id !== 'dossier:' + doc.code) deny('id-mismatch', '_id must be dossier:<code>');
		if (!matches(doc.code, RULES.segment)) deny('bad-field', 'code');
		if (!matches(doc.deskId, RULES.segment)) deny('bad-field', 'deskId');
		requireMine('by', doc.by);
		requireMine('receivedBy', doc.receivedBy);
		requireRole(RULES.actionRoles.receive, 'receiving a dossier');
		if (!matches(doc.receivedAt, RULES.datetime)) deny('bad-field', 'receivedAt');
		if (doc.dueAt !== null && !matches(doc.dueAt, RULES.datetime)) deny('bad-field', 'dueAt');
		if (!has(RULES.channels, doc.channel)) deny('bad-field', 'channel');
		if (!isObject(doc.procedure) || !isText(doc.procedure.code) || !isText(doc.procedure.name)) {
			deny('bad-field', 'procedure needs code and name');
		}
		if (!isObject(doc.applicant) || !isText(doc.applicant.fullName)) {
			deny('bad-field', 'applicant needs fullName');
		}
	}

	/** @param {any} doc */
	function checkEvent(doc) {
		requireFields(doc, ['id', 'dossierCode', 'kind', 'at', 'by', 'deskId', 'payload']);
		if (!matches(doc.dossierCode, RULES.segment)) deny('bad-field', 'dossierCode');
		if (!matches(doc.deskId, RULES.segment)) deny('bad-field', 'deskId');
		if (!matches(doc.at, RULES.datetime)) deny('bad-field', 'at');
		var prefix = 'event:' + doc.dossierCode + ':' + doc.at + ':' + doc.deskId + ':';
		var n = doc._id.slice(prefix.length);
		if (doc._id.indexOf(prefix) !== 0 || !matches(n, RULES.eventNumber) || doc.id !== doc._id) {
			deny('id-mismatch', '_id and id must be event:<dossierCode>:<at>:<deskId>:<n>');
		}
		requireMine('by', doc.by);
		var fields = own(RULES.payloadFields, doc.kind);
		if (!fields) deny('unknown-kind', String(doc.kind));
		requireRole(own(RULES.actionRoles, doc.kind), doc.kind);
		if (!isObject(doc.payload)) deny('bad-field', 'payload');
		for (var f in fields) checkField(doc.payload, f, fields[f]);
		var when = own(RULES.payloadWhen, doc.kind) || {};
		for (var g in when) {
			var needed = own(when[g], String(doc.payload[g]));
			if (needed) checkField(doc.payload, needed, 'text');
		}
		var optional = own(RULES.payloadOptional, doc.kind) || {};
		for (var h in optional) {
			if (doc.payload[h] !== undefined) checkField(doc.payload, h, optional[h]);
		}
	}

	/** @param {any} doc */
	function checkFeedback(doc) {
		requireFields(doc, ['code', 'deskId', 'receivedBy', 'receivedAt', 'dueAt', 'content']);
		if (doc._id !== 'feedback:' + doc.code) deny('id-mismatch', '_id must be feedback:<code>');
		if (!matches(doc.code, RULES.segment)) deny('bad-field', 'code');
		if (!matches(doc.deskId, RULES.segment)) deny('bad-field', 'deskId');
		requireMine('by', doc.by);
		requireMine('receivedBy', doc.receivedBy);
		requireRole(RULES.feedbackRoles.intake, 'taking feedback in');
		if (!matches(doc.receivedAt, RULES.datetime)) deny('bad-field', 'receivedAt');
		if (!matches(doc.dueAt, RULES.datetime) || doc.dueAt < doc.receivedAt) {
			deny('bad-field', 'dueAt must be a date-time after receivedAt');
		}
		if (!has(RULES.feedbackChannels, doc.channel)) deny('bad-field', 'channel');
		if (!has(RULES.feedbackKinds, doc.kind)) deny('bad-field', 'kind');
		if (!isObject(doc.sender) || !isText(doc.sender.name)) deny('bad-field', 'sender needs name');
		if (!isText(doc.content) || doc.content.length > RULES.maxFeedbackChars) {
			deny('bad-field', 'content needs 1 to ' + RULES.maxFeedbackChars + ' characters');
		}
		if (doc.dossierCode !== undefined && !matches(doc.dossierCode, RULES.segment)) {
			deny('bad-field', 'dossierCode');
		}
	}

	/** @param {any} doc */
	function checkFeedbackStep(doc) {
		requireFields(doc, ['id', 'feedbackCode', 'kind', 'at', 'by', 'deskId', 'payload']);
		if (!matches(doc.feedbackCode, RULES.segment)) deny('bad-field', 'feedbackCode');
		if (!matches(doc.deskId, RULES.segment)) deny('bad-field', 'deskId');
		if (!matches(doc.at, RULES.datetime)) deny('bad-field', 'at');
		var prefix = 'feedback:' + doc.feedbackCode + ':' + doc.at + ':' + doc.deskId + ':';
		var n = doc._id.slice(prefix.length);
		if (doc._id.indexOf(prefix) !== 0 || !matches(n, RULES.eventNumber) || doc.id !== doc._id) {
			deny('id-mismatch', '_id and id must be feedback:<feedbackCode>:<at>:<deskId>:<n>');
		}
		requireMine('by', doc.by);
		var fields = own(RULES.feedbackStepFields, doc.kind);
		if (!fields) deny('unknown-kind', String(doc.kind));
		requireRole(own(RULES.feedbackRoles, doc.kind), 'feedback ' + doc.kind);
		if (!isObject(doc.payload)) deny('bad-field', 'payload');
		for (var f in fields) checkField(doc.payload, f, fields[f]);
	}

	/** @param {unknown} v */
	function isCount(v) {
		return typeof v === 'number' && v >= 0 && v === Math.floor(v) && isFinite(v);
	}
	/** @param {any} row @param {string} where */
	function checkReportRow(row, where) {
		if (!isObject(row) || typeof row.label !== 'string') deny('bad-field', where + '.label');
		if (!isObject(row.columns)) deny('bad-field', where + '.columns');
		for (var i = 0; i < RULES.reportColumns.length; i++) {
			var c = String(RULES.reportColumns[i]);
			if (!isCount(row.columns[c])) deny('bad-field', where + '.columns.' + c);
		}
		if (!isObject(row.ratings)) deny('bad-field', where + '.ratings');
		for (var j = 0; j < RULES.reportRatings.length; j++) {
			var r = String(RULES.reportRatings[j]);
			if (!isCount(row.ratings[r])) deny('bad-field', where + '.ratings.' + r);
		}
	}

	/** @param {any} doc */
	function checkReportSubmission(doc) {
		requireFields(doc, ['officeName', 'deskId', 'submittedBy', 'submittedAt', 'period', 'total']);
		var p = doc.period;
		if (
			!isObject(p) ||
			!matches(p.from, RULES.date) ||
			!matches(p.to, RULES.date) ||
			p.to < p.from
		) {
			deny('bad-field', 'period needs from <= to, both dates');
		}
		if (!matches(doc.deskId, RULES.segment)) deny('bad-field', 'deskId');
		if (!matches(doc.submittedAt, RULES.datetime)) deny('bad-field', 'submittedAt');
		var id = 'report:' + p.from + ':' + p.to + ':' + doc.submittedAt + ':' + doc.deskId;
		if (doc._id !== id)
			deny('id-mismatch', '_id must be report:<from>:<to>:<submittedAt>:<deskId>');
		requireMine('by', doc.by);
		requireMine('submittedBy', doc.submittedBy);
		requireRole(RULES.reportRoles, 'submitting a report');
		if (!Array.isArray(doc.rows) || doc.rows.length > RULES.maxReportRows) {
			deny('bad-field', 'rows needs at most ' + RULES.maxReportRows + ' rows');
		}
		for (var i = 0; i < doc.rows.length; i++) checkReportRow(doc.rows[i], 'rows.' + i);
		checkReportRow(doc.total, 'total');
		if (typeof doc.withdrawnReturnedAsOnTime !== 'boolean') {
			deny('bad-field', 'withdrawnReturnedAsOnTime');
		}
	}

	/** @param {any} doc */
	function checkDesk(doc) {
		requireFields(doc, ['name', 'sequenceRange', 'registeredBy']);
		var deskId = doc._id.slice('desk:'.length);
		if (!matches(deskId, RULES.segment) || (doc.id !== undefined && doc.id !== deskId)) {
			deny('id-mismatch', '_id must be desk:<deskId> (and id, when present, <deskId>)');
		}
		requireMine('registeredBy', doc.registeredBy);
		requireRole(RULES.deskRoles, 'registering a desk');
		var r = doc.sequenceRange;
		var ok = isObject(r) && r.first === Math.floor(r.first) && r.last === Math.floor(r.last);
		if (!ok || r.first < 1 || r.last < r.first || r.last > RULES.maxSequence) {
			deny('bad-field', 'sequenceRange needs whole numbers 1 <= first <= last');
		}
	}

	/** @param {any} doc */
	function checkDeskRetirement(doc) {
		requireFields(doc, ['deskId', 'by', 'at']);
		if (doc._id !== 'retirement:' + doc.deskId || !matches(doc.deskId, RULES.segment)) {
			deny('id-mismatch', '_id must be retirement:<deskId>');
		}
		requireMine('by', doc.by);
		if (!has(RULES.releases, doc.release)) deny('bad-field', 'release');
		var unsent = doc.unsentAtLastSync;
		if (
			unsent !== null &&
			(typeof unsent !== 'number' || unsent < 0 || unsent !== Math.floor(unsent))
		) {
			deny('bad-field', 'unsentAtLastSync');
		}
	}

	if (has(roles, '_admin')) return;
	if (!userCtx || !userCtx.name) throw { unauthorized: 'login-required: please log in' };
	if (oldDoc || newDoc._deleted) {
		deny('immutable', 'documents are never updated or deleted; write a new one');
	}
	var db = String(userCtx.db || '');
	if (db.indexOf(RULES.dbPrefix) !== 0) deny('wrong-database', db + ' is not an office database');
	var officeId = db.slice(RULES.dbPrefix.length);
	var retiring = newDoc.type === 'desk-retirement';
	if (retiring && !has(roles, RULES.retireRole)) {
		deny('role-not-allowed', 'only province administrators retire a desk');
	}
	if (!retiring && !has(roles, RULES.officeRolePrefix + officeId)) {
		deny('not-office-member', userCtx.name + ' does not work at ' + officeId);
	}
	var check = own(
		{
			dossier: checkDossier,
			event: checkEvent,
			desk: checkDesk,
			feedback: checkFeedback,
			'feedback-step': checkFeedbackStep,
			'report-submission': checkReportSubmission,
			'desk-retirement': checkDeskRetirement
		},
		newDoc.type
	);
	if (!check) {
		deny(
			'unknown-type',
			'type must be dossier, event, desk, feedback, feedback-step, report-submission or desk-retirement'
		);
	}
	if (typeof newDoc._id !== 'string' || newDoc._id.length > RULES.maxIdChars) {
		deny('bad-id', 'ids are at most ' + RULES.maxIdChars + ' characters');
	}
	if (newDoc._attachments) deny('no-attachments', 'office documents carry no attachments');
	if (JSON.stringify(newDoc).length > RULES.maxDocChars) {
		deny('too-large', 'a document is at most ' + RULES.maxDocChars + ' characters');
	}
	var sv = newDoc.schemaVersion;
	if (typeof sv !== 'number' || sv < 1 || sv !== Math.floor(sv)) {
		deny('missing-field', 'schemaVersion (a whole number >= 1) is required');
	}
	if (newDoc.officeId !== officeId) deny('wrong-office', 'officeId must be ' + officeId);
	check(newDoc);
}

/** The text stored as `validate_doc_update` in `_design/motcua` of every office database. */
export const validateOfficeSource = functionSource(validateOfficeDoc, 'OFFICE_RULES', OFFICE_RULES);
