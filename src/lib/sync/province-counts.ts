/**
 * Province-wide counts read from the server (issue 5 item 8, ADR 12): the offices of the
 * catalogue, then each office's `_design/motcua-counts` and `_design/motcua-report` views, a few
 * offices at a time. Nothing of an office's dossiers is downloaded: each office answers three
 * rows of numbers.
 * A failed office is reported on its own; only a failure to read the office list fails all.
 */
import { latestSubmission, type ReportSubmission } from '$lib/domain/report';
import { reportSubmissionFromDoc, reportSubmissionPrefix } from '$lib/storage/documents';
import { CouchHttp, cookieFetch, SyncFailure, type FailureCode, type Fetch } from './couch-http';

/** Names on the provincial server (server/couch/naming.js, office-counts.js). */
export const CATALOGUE_DB = 'motcua_catalogue';
const OFFICE_DB_PREFIX = 'motcua_office_';
const COUNTS_VIEW_PATH = '/_design/motcua-counts/_view/by-day';
const REPORT_VIEW_PATH = '/_design/motcua-report/_view/by-day';

/**
 * The order of the numbers of a view row (server/couch/office-counts.js `COUNT_COLUMNS`; a server
 * test keeps the two equal).
 */
export const COUNT_COLUMNS = [
	'received',
	'resolvedApproved',
	'resolvedRefused',
	'delivered',
	'withdrawn',
	'stopped'
] as const;
export type CountColumn = (typeof COUNT_COLUMNS)[number];
export type Counts = Readonly<Record<CountColumn, number>>;

/**
 * The order of the numbers of the report view's rows (server/couch/office-counts.js
 * `REPORT_COLUMNS`, ADR 31; a server test keeps the two equal).
 */
export const REPORT_COLUMNS = [
	'receivedOnline',
	'resolvedEarly',
	'resolvedOnTime',
	'resolvedLate',
	'ratedVerySatisfied',
	'ratedSatisfied',
	'ratedUnsatisfied'
] as const;
export type ReportColumn = (typeof REPORT_COLUMNS)[number];
export type ReportCounts = Readonly<Record<ReportColumn, number>>;

/** Inclusive Vietnam-time days `YYYY-MM-DD` (domain `ReportPeriod`). */
export interface CountsPeriod {
	readonly from: string;
	readonly to: string;
}

export interface CatalogueOffice {
	readonly id: string;
	readonly name: string;
	/** Where the office is ("Lạng Sơn"), for the place line of a printed sheet; '' when unset. */
	readonly place?: string;
}

export type OfficeCounts =
	| {
			readonly office: CatalogueOffice;
			readonly ok: true;
			/** What happened during the period. */
			readonly inPeriod: Counts;
			/** Everything up to the period's last day, for what was still open then. */
			readonly untilEnd: Counts;
			/** The period's report counts (ADR 31); null on a server provisioned without them. */
			readonly report: ReportCounts | null;
	  }
	| { readonly office: CatalogueOffice; readonly ok: false; readonly error: FailureCode };

export type ProvinceCounts =
	| { readonly ok: true; readonly offices: readonly OfficeCounts[] }
	| { readonly ok: false; readonly error: FailureCode };

export interface ProvinceCountsOptions {
	/** `<origin>/db`, without credentials. */
	readonly serverUrl: string;
	readonly period: CountsPeriod;
	/** Defaults to the browser's fetch with the session cookie. */
	readonly fetch?: Fetch;
	readonly headers?: Record<string, string>;
	readonly catalogueDb?: string;
	/** Offices asked at the same time. */
	readonly concurrency?: number;
	/** Called once with the office list, before any office has answered. */
	readonly onOffices?: (offices: readonly CatalogueOffice[]) => void;
	/**
	 * Called with each office's answer as it comes (`index` in the office list): an office whose
	 * view is still being built on the server does not hold the others back.
	 */
	readonly onOffice?: (index: number, counts: OfficeCounts) => void;
	/** Stops the requests still running and those not started (a newer period was asked for). */
	readonly signal?: AbortSignal;
}

function vectorSum<C extends string>(
	columns: readonly C[],
	rows: readonly { readonly value: unknown }[]
): Record<C, number> {
	const counts = Object.fromEntries(columns.map((c) => [c, 0])) as Record<C, number>;
	for (const row of rows) {
		if (!Array.isArray(row.value)) continue;
		columns.forEach((column, i) => {
			const n: unknown = (row.value as unknown[])[i];
			if (typeof n === 'number') counts[column] += n;
		});
	}
	return counts;
}

export function emptyCounts(): Record<CountColumn, number> {
	return vectorSum(COUNT_COLUMNS, []);
}

/** The summed row of a reduced view answer (no row: nothing in the range). */
export function countsFromRows(rows: readonly { readonly value: unknown }[]): Counts {
	return vectorSum(COUNT_COLUMNS, rows);
}

/** The summed row of the report view's answer. */
export function reportCountsFromRows(rows: readonly { readonly value: unknown }[]): ReportCounts {
	return vectorSum(REPORT_COLUMNS, rows);
}

function failureCode(error: unknown): FailureCode {
	if (error instanceof SyncFailure) return error.code;
	throw error;
}

type ViewAnswer = { rows: { value: unknown }[] };

/** The office documents of the server's catalogue, by name. */
export async function catalogueOffices(http: CouchHttp): Promise<CatalogueOffice[]> {
	const range = `startkey=${encodeURIComponent('"office:"')}&endkey=${encodeURIComponent('"office:\ufff0"')}`;
	const answer = await http.json<{
		rows: { doc?: { id?: unknown; name?: unknown; place?: unknown } }[];
	}>('GET', `/_all_docs?include_docs=true&${range}`);
	return answer.rows
		.map((row) => row.doc)
		.filter((doc) => typeof doc?.id === 'string')
		.map((doc) => ({
			id: String(doc?.id),
			name: typeof doc?.name === 'string' ? doc.name : '',
			place: typeof doc?.place === 'string' ? doc.place : ''
		}));
}

/** The two reduced range queries of one office: the period, and everything up to its end. */
export async function officeCounts(http: CouchHttp, period: CountsPeriod) {
	const key = (day: string) => encodeURIComponent(JSON.stringify([day]));
	const query = (range: string) =>
		http.json<ViewAnswer>('GET', `${COUNTS_VIEW_PATH}?reduce=true&group_level=0&${range}`);
	const range = `startkey=${key(period.from)}&endkey=${key(period.to)}`;
	const [inPeriod, untilEnd, report] = await Promise.all([
		query(range),
		query(`endkey=${key(period.to)}`),
		http.request<ViewAnswer>('GET', `${REPORT_VIEW_PATH}?reduce=true&group_level=0&${range}`)
	]);
	// A server provisioned before the report view (ADR 31) answers 404: no classification then.
	if (report.status !== 200 && report.status !== 404) {
		throw await http.failure(report.status, report.body);
	}
	return {
		inPeriod: countsFromRows(inPeriod.rows),
		untilEnd: countsFromRows(untilEnd.rows),
		report: report.status === 200 ? reportCountsFromRows(report.body.rows ?? []) : null
	};
}

/** `work` over `items`, at most `limit` at a time, results in the order of `items`. */
export async function mapWithLimit<T, R>(
	items: readonly T[],
	limit: number,
	work: (item: T) => Promise<R>
): Promise<R[]> {
	const results = new Array<R>(items.length);
	let next = 0;
	const worker = async (): Promise<void> => {
		while (next < items.length) {
			const i = next++;
			results[i] = await work(items[i] as T);
		}
	};
	await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
	return results;
}

/** What every office gave, or why it gave nothing. */
export type OfficeAnswerOf<T> =
	| ({ readonly office: CatalogueOffice; readonly ok: true } & T)
	| { readonly office: CatalogueOffice; readonly ok: false; readonly error: FailureCode };

/** How to reach the server and follow the answers, whatever each office is asked. */
export type EveryOfficeOptions<T> = Omit<ProvinceCountsOptions, 'period' | 'onOffice'> & {
	readonly onOffice?: (index: number, answer: OfficeAnswerOf<T>) => void;
};

/**
 * Asks every office of the catalogue `ask` (a few at a time), each answer reported as it comes;
 * fails as a whole only when the office list cannot be read.
 */
export async function readEveryOffice<T extends object>(
	options: EveryOfficeOptions<T>,
	ask: (db: CouchHttp, office: CatalogueOffice) => Promise<T>
): Promise<
	| { readonly ok: true; readonly offices: readonly OfficeAnswerOf<T>[] }
	| { readonly ok: false; readonly error: FailureCode }
> {
	const base = options.serverUrl.replace(/\/+$/, '');
	const { signal } = options;
	const given = options.fetch ?? cookieFetch;
	const fetch: Fetch = signal ? (input, init) => given(input, { ...init, signal }) : given;
	const httpOptions = { fetch, ...(options.headers ? { headers: options.headers } : {}) };
	const http = (db: string) => new CouchHttp(`${base}/${encodeURIComponent(db)}`, httpOptions);
	let offices: CatalogueOffice[];
	try {
		offices = await catalogueOffices(http(options.catalogueDb ?? CATALOGUE_DB));
	} catch (error) {
		return { ok: false, error: failureCode(error) };
	}
	options.onOffices?.(offices);
	const indexed = offices.map((office, index) => ({ office, index }));
	const results = await mapWithLimit(
		indexed,
		options.concurrency ?? 4,
		async ({ office, index }): Promise<OfficeAnswerOf<T>> => {
			let result: OfficeAnswerOf<T>;
			if (signal?.aborted) result = { office, ok: false, error: 'offline' };
			else
				try {
					const answer = await ask(http(`${OFFICE_DB_PREFIX}${office.id}`), office);
					result = { office, ok: true, ...answer };
				} catch (error) {
					result = { office, ok: false, error: failureCode(error) };
				}
			options.onOffice?.(index, result);
			return result;
		}
	);
	return { ok: true, offices: results };
}

/** Every office's counts for `period`, read from the server (ADR 12). */
export async function fetchProvinceCounts(options: ProvinceCountsOptions): Promise<ProvinceCounts> {
	return readEveryOffice(options, (db) => officeCounts(db, options.period));
}

/** An office's latest report submitted for exactly `period` (ADR 32), null when none. */
export async function officeSubmission(
	http: CouchHttp,
	period: CountsPeriod
): Promise<{ readonly submission: ReportSubmission | null }> {
	const prefix = reportSubmissionPrefix(period.from, period.to);
	const range =
		`startkey=${encodeURIComponent(JSON.stringify(prefix))}` +
		`&endkey=${encodeURIComponent(JSON.stringify(`${prefix}\ufff0`))}`;
	const answer = await http.json<{ rows: { doc?: unknown }[] }>(
		'GET',
		`/_all_docs?include_docs=true&${range}`
	);
	const read = answer.rows.flatMap((row) => {
		const submission = reportSubmissionFromDoc(row.doc);
		return submission ? [submission] : [];
	});
	return { submission: latestSubmission(read) };
}

export type OfficeSubmission = OfficeAnswerOf<{ readonly submission: ReportSubmission | null }>;

/** Every office's latest submission for `period` (ADR 32): the province's report reads them. */
export async function fetchProvinceSubmissions(
	options: EveryOfficeOptions<{ readonly submission: ReportSubmission | null }> & {
		readonly period: CountsPeriod;
	}
) {
	return readEveryOffice(options, (db) => officeSubmission(db, options.period));
}
