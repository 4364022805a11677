/**
 * The counts view's map function (ADR 12) as CouchDB runs it: its stored text alone, with an
 * `emit` of the test's own. It must be plain ES5, count the lifecycle's finishing kinds and
 * nothing else, and keep the column order the browser reads.
 */
import { parse } from 'espree';
import { describe, expect, it } from 'vitest';
import { LIFECYCLE_ACTIONS } from '../../src/lib/domain/lifecycle/states';
import {
	COUNT_COLUMNS as BROWSER_COLUMNS,
	REPORT_COLUMNS as BROWSER_REPORT_COLUMNS
} from '../../src/lib/sync/province-counts';
import { officeCountsDesignDoc, officeReportDesignDoc } from '../../server/couch/design-docs.js';
import { compileMap } from '../../server/couch/function-source.js';
import {
	COUNT_COLUMNS,
	COUNT_RULES,
	REPORT_COLUMNS,
	mapOfficeCountsSource,
	mapOfficeReportSource
} from '../../server/couch/office-counts.js';
import { dossierDoc, eventDoc } from './support/office-docs.js';

type Row = [key: unknown, value: number[]];

function rowsOf(doc: unknown): Row[] {
	const rows: Row[] = [];
	const map = compileMap(mapOfficeCountsSource, (key, value) =>
		rows.push([key, value as number[]])
	);
	map(doc);
	return rows;
}

/** The value vector with 1 in `column`. */
const one = (column: string) => COUNT_COLUMNS.map((c) => (c === column ? 1 : 0));

describe('the counts view', () => {
	it('is one anonymous ES5 map function with its rules written in, reduced by _sum', () => {
		expect(mapOfficeCountsSource.startsWith('function (doc) {')).toBe(true);
		expect(parse(`(${mapOfficeCountsSource})`, { ecmaVersion: 5 }).body).toHaveLength(1);
		expect(mapOfficeCountsSource).not.toMatch(/\bRULES = [A-Z_]+;/);
		expect(officeCountsDesignDoc._id).toBe('_design/motcua-counts');
		expect(officeCountsDesignDoc.views['by-day'].reduce).toBe('_sum');
		expect(officeCountsDesignDoc.version).toMatch(/^[0-9a-f]{16}$/);
	});

	it('keeps the column order the browser reads', () => {
		expect([...BROWSER_COLUMNS]).toEqual(COUNT_COLUMNS);
	});

	it('counts a dossier as received on its receipt day (Vietnam wall-clock)', () => {
		const doc = dossierDoc('an', { receivedAt: '2026-02-14T23:59:59' });
		expect(rowsOf(doc)).toEqual([[['2026-02-14'], one('received')]]);
	});

	it('counts results (split by outcome), hand-overs, withdrawals and stops on their day', () => {
		const at = '2026-03-02T09:15:00';
		const cases: [string, Record<string, unknown>, string][] = [
			['result-ready', { outcome: 'approved' }, 'resolvedApproved'],
			['result-ready', { outcome: 'refused', reason: 'Không đủ điều kiện' }, 'resolvedRefused'],
			['deliver', { method: 'online' }, 'delivered'],
			['withdraw', { reason: 'Công dân rút' }, 'withdrawn'],
			['stop', { reason: 'Hết hạn bổ sung', returnedUnresolved: true }, 'stopped']
		];
		for (const [kind, payload, column] of cases) {
			expect(rowsOf(eventDoc(kind, 'an', { at, payload })), kind).toEqual([
				[['2026-03-02'], one(column)]
			]);
		}
	});

	it('counts no other event kind, no desk document and nothing without a time', () => {
		const counted = ['result-ready', ...Object.keys(COUNT_RULES.eventColumns)];
		const others = LIFECYCLE_ACTIONS.filter((a) => a !== 'receive' && !counted.includes(a));
		expect(others.length).toBeGreaterThan(5);
		for (const kind of others) expect(rowsOf(eventDoc(kind)), kind).toEqual([]);
		expect(rowsOf({ _id: 'desk:d1', type: 'desk' })).toEqual([]);
		expect(rowsOf(eventDoc('constructor'))).toEqual([]);
		expect(rowsOf(eventDoc('withdraw', 'an', { at: 'yesterday' }))).toEqual([]);
		expect(rowsOf(dossierDoc('an', { receivedAt: undefined }))).toEqual([]);
	});
});

describe('the report view (ADR 31)', () => {
	const rowsOfReport = (doc: unknown): Row[] => {
		const rows: Row[] = [];
		compileMap(mapOfficeReportSource, (key, value) => rows.push([key, value as number[]]))(doc);
		return rows;
	};
	const oneOf = (column: string) => REPORT_COLUMNS.map((c) => (c === column ? 1 : 0));

	it('is its own ES5 design document, reduced by _sum, in the column order the browser reads', () => {
		expect(parse(`(${mapOfficeReportSource})`, { ecmaVersion: 5 }).body).toHaveLength(1);
		expect(officeReportDesignDoc._id).toBe('_design/motcua-report');
		expect(officeReportDesignDoc.views['by-day'].reduce).toBe('_sum');
		expect([...BROWSER_REPORT_COLUMNS]).toEqual(REPORT_COLUMNS);
	});

	it('counts online receipts, results by the timing the desk wrote, and ratings by level', () => {
		const at = '2026-03-02T09:15:00';
		expect(rowsOfReport(dossierDoc('an', { channel: 'online', receivedAt: at }))).toEqual([
			[['2026-03-02'], oneOf('receivedOnline')]
		]);
		expect(rowsOfReport(dossierDoc('an', { channel: 'direct' }))).toEqual([]);
		const result = (timing?: string) =>
			eventDoc('result-ready', 'an', {
				at,
				payload: { outcome: 'approved', ...(timing ? { timing } : {}) }
			});
		expect(rowsOfReport(result('early'))).toEqual([[['2026-03-02'], oneOf('resolvedEarly')]]);
		expect(rowsOfReport(result('on-time'))).toEqual([[['2026-03-02'], oneOf('resolvedOnTime')]]);
		expect(rowsOfReport(result('late'))).toEqual([[['2026-03-02'], oneOf('resolvedLate')]]);
		// Without a due date, or recorded before results carried a timing: in none of them.
		expect(rowsOfReport(result('none'))).toEqual([]);
		expect(rowsOfReport(result())).toEqual([]);
		expect(rowsOfReport(result('constructor'))).toEqual([]);
		const rate = (rating: string) => eventDoc('rate', 'an', { at, payload: { rating } });
		expect(rowsOfReport(rate('very-satisfied'))).toEqual([
			[['2026-03-02'], oneOf('ratedVerySatisfied')]
		]);
		expect(rowsOfReport(rate('unsatisfied'))).toEqual([
			[['2026-03-02'], oneOf('ratedUnsatisfied')]
		]);
		expect(rowsOfReport(eventDoc('transfer'))).toEqual([]);
	});
});
