/**
 * The counts view of every office database (`_design/motcua-counts`, ADR 12): how many dossiers
 * were received and how many were decided, handed over, withdrawn or stopped, per Vietnam-time
 * day, so the province-wide view asks the server for a few numbers per office instead of
 * downloading every office (architecture.md §4).
 *
 * Like the validation, the map function is self-contained ES5 (CouchDB 3 may embed an old
 * SpiderMonkey) and its data (`COUNT_RULES`) is written into its source by `functionSource`.
 * Each row is `key: ["YYYY-MM-DD"]`, `value`: one 0/1 per column of `COUNT_COLUMNS`; the
 * built-in `_sum` adds the vectors, so a range query with `group_level=0` answers one row.
 */
import { functionSource } from './function-source.js';

export const COUNTS_DESIGN_DOC_ID = '_design/motcua-counts';
export const COUNTS_VIEW = 'by-day';

/**
 * The order of the numbers in a row's value. src/lib/sync/province-counts.ts reads them by this
 * order; tests/server/province-counts.test.ts keeps the two lists equal.
 * - received: a `dossier:` document, on its `receivedAt` day (domain.md §8.2 "tiếp nhận mới");
 * - resolvedApproved / resolvedRefused: a `result-ready` event (T15/T6b, "đã giải quyết"),
 *   split by its `outcome`; a refusal after appraisal is still a resolved dossier (§4.1);
 * - delivered: a `deliver` event (T16, "đã trả kết quả"), which follows a result-ready;
 * - withdrawn: a `withdraw` event (T12, "hồ sơ rút");
 * - stopped: a `stop` event (T10/T13, "hồ sơ trả lại", returned unresolved).
 */
export const COUNT_COLUMNS = [
	'received',
	'resolvedApproved',
	'resolvedRefused',
	'delivered',
	'withdrawn',
	'stopped'
];

/** @type {{ columns: string[]; eventColumns: Record<string, string>; datetime: string }} */
export const COUNT_RULES = {
	columns: COUNT_COLUMNS,
	/** Event kinds counted as they are; `result-ready` is split by its outcome. */
	eventColumns: { deliver: 'delivered', withdraw: 'withdrawn', stop: 'stopped' },
	datetime: '^\\d{4}-\\d{2}-\\d{2}T'
};

/**
 * @param {any} doc
 * One document at a time: what it counts for and on which day; nothing about other documents
 * (so no early/on-time/late here: see ADR 12).
 */
export function mapOfficeCounts(doc) {
	var RULES = COUNT_RULES;
	var column = null;
	var at = null;
	if (doc.type === 'dossier') {
		column = 'received';
		at = doc.receivedAt;
	} else if (doc.type === 'event') {
		at = doc.at;
		if (doc.kind === 'result-ready') {
			column =
				doc.payload && doc.payload.outcome === 'refused' ? 'resolvedRefused' : 'resolvedApproved';
		} else if (Object.prototype.hasOwnProperty.call(RULES.eventColumns, doc.kind)) {
			column = RULES.eventColumns[doc.kind];
		}
	}
	if (column === null || typeof at !== 'string' || !new RegExp(RULES.datetime).test(at)) return;
	var value = [];
	for (var i = 0; i < RULES.columns.length; i++) value.push(RULES.columns[i] === column ? 1 : 0);
	// @ts-expect-error -- `emit` is the view server's (tests pass one in: compileMap).
	emit([at.slice(0, 10)], value);
}

/** The text stored as the `by-day` view's map in `_design/motcua-counts`. */
export const mapOfficeCountsSource = functionSource(mapOfficeCounts, 'COUNT_RULES', COUNT_RULES);

export const REPORT_DESIGN_DOC_ID = '_design/motcua-report';
export const REPORT_VIEW = 'by-day';

/**
 * The province's report counts (ADR 31), in a design document of their own so that adding them
 * never made CouchDB rebuild the counts and first-sync views. The order of a row's value;
 * src/lib/sync/province-counts.ts reads them by it (a test keeps the two equal):
 * - receivedOnline: a `dossier:` document with channel `online`, on its receipt day;
 * - resolvedEarly / resolvedOnTime / resolvedLate: a `result-ready` event by the `timing` the
 *   desk wrote in it (older events without one, and `none`, count in none of them);
 * - ratedVerySatisfied / ratedSatisfied / ratedUnsatisfied: a `rate` event by its rating.
 */
export const REPORT_COLUMNS = [
	'receivedOnline',
	'resolvedEarly',
	'resolvedOnTime',
	'resolvedLate',
	'ratedVerySatisfied',
	'ratedSatisfied',
	'ratedUnsatisfied'
];

export const REPORT_RULES = {
	columns: REPORT_COLUMNS,
	timing: { early: 'resolvedEarly', 'on-time': 'resolvedOnTime', late: 'resolvedLate' },
	rating: {
		'very-satisfied': 'ratedVerySatisfied',
		satisfied: 'ratedSatisfied',
		unsatisfied: 'ratedUnsatisfied'
	},
	datetime: '^\\d{4}-\\d{2}-\\d{2}T'
};

/** @param {any} doc One document at a time, like the counts view. */
export function mapOfficeReport(doc) {
	var RULES = REPORT_RULES;
	var column = null;
	var at = null;
	/** @param {Record<string, string>} table @param {unknown} key */
	function lookup(table, key) {
		return typeof key === 'string' && Object.prototype.hasOwnProperty.call(table, key)
			? table[key]
			: null;
	}
	if (doc.type === 'dossier' && doc.channel === 'online') {
		column = 'receivedOnline';
		at = doc.receivedAt;
	} else if (doc.type === 'event' && doc.payload) {
		at = doc.at;
		if (doc.kind === 'result-ready') column = lookup(RULES.timing, doc.payload.timing);
		else if (doc.kind === 'rate') column = lookup(RULES.rating, doc.payload.rating);
	}
	if (column === null || typeof at !== 'string' || !new RegExp(RULES.datetime).test(at)) return;
	var value = [];
	for (var i = 0; i < RULES.columns.length; i++) value.push(RULES.columns[i] === column ? 1 : 0);
	// @ts-expect-error -- `emit` is the view server's (tests pass one in: compileMap).
	emit([at.slice(0, 10)], value);
}

/** The text stored as the `by-day` view's map in `_design/motcua-report`. */
export const mapOfficeReportSource = functionSource(mapOfficeReport, 'REPORT_RULES', REPORT_RULES);
