/**
 * The province's report of every office (ADR 32): each office's latest submitted report for the
 * period, read from the server office by office, summed into the national layout by office or
 * by sector. Offices that have not submitted are named; nothing is estimated for them.
 */
import {
	provinceReport,
	provinceSheet,
	type ProvinceReport,
	type ProvinceRows,
	type ReportPeriod,
	type ReportSheet,
	type ReportSubmission
} from '$lib/domain/report';
import type { IsoDate } from '$lib/domain/time';
import {
	fetchProvinceSubmissions,
	type CatalogueOffice,
	type EveryOfficeOptions,
	type OfficeSubmission
} from '$lib/sync/province-counts';
import type { FailureCode } from '$lib/sync/couch-http';

/** An office's part of the province's report: its submission (or none), why not, or waiting. */
export type SubmissionRow = {
	readonly officeId: string;
	readonly name: string;
} & (
	| { readonly state: 'ready'; readonly submission: ReportSubmission | null }
	| { readonly state: 'failed'; readonly error: FailureCode }
	| { readonly state: 'pending' }
);

export interface ProvinceSubmissions {
	readonly period: ReportPeriod;
	readonly rows: readonly SubmissionRow[];
	/** Where the offices are, for the sheet's place line (the most common `place`). */
	readonly place: string;
}

function rowOf(office: CatalogueOffice, answer: OfficeSubmission | null): SubmissionRow {
	const who = { officeId: office.id, name: office.name || office.id };
	if (answer === null) return { ...who, state: 'pending' };
	return answer.ok
		? { ...who, state: 'ready', submission: answer.submission }
		: { ...who, state: 'failed', error: answer.error };
}

function mostCommonPlace(offices: readonly CatalogueOffice[]): string {
	const counts = new Map<string, number>();
	for (const o of offices) if (o.place) counts.set(o.place, (counts.get(o.place) ?? 0) + 1);
	return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}

function summary(
	period: ReportPeriod,
	offices: readonly CatalogueOffice[],
	answers: readonly (OfficeSubmission | null)[]
): ProvinceSubmissions {
	const rows = offices.map((office, i) => rowOf(office, answers[i] ?? null));
	rows.sort((a, b) => a.name.localeCompare(b.name, 'vi') || a.officeId.localeCompare(b.officeId));
	return { period, rows, place: mostCommonPlace(offices) };
}

export type SubmissionsResult =
	| { readonly ok: true; readonly submissions: ProvinceSubmissions }
	| { readonly ok: false; readonly error: FailureCode };

/** Every office's latest submission for `period`, reported office by office through `onProgress`. */
export async function provinceSubmissions(
	period: ReportPeriod,
	source: Omit<EveryOfficeOptions<never>, 'onOffices' | 'onOffice'> & {
		readonly onProgress?: (submissions: ProvinceSubmissions) => void;
	}
): Promise<SubmissionsResult> {
	const { onProgress, ...options } = source;
	let offices: readonly CatalogueOffice[] = [];
	const answers: (OfficeSubmission | null)[] = [];
	const result = await fetchProvinceSubmissions({
		...options,
		period,
		onOffices: (list) => {
			offices = list;
			answers.length = 0;
			answers.push(...list.map(() => null));
			onProgress?.(summary(period, offices, answers));
		},
		onOffice: (index, answer) => {
			answers[index] = answer;
			onProgress?.(summary(period, offices, answers));
		}
	});
	if (!result.ok) return result;
	return { ok: true, submissions: summary(period, offices, result.offices) };
}

/**
 * The report and its sheet from the submissions that have come: offices still waiting or that
 * could not be read count as not submitted until they answer (the page says which).
 */
export function provinceReportSheet(
	submissions: ProvinceSubmissions,
	rowsBy: ProvinceRows,
	preparer: string,
	printedOn: IsoDate
): { readonly report: ProvinceReport; readonly sheet: ReportSheet } {
	const report = provinceReport(
		submissions.period,
		submissions.rows.map((r) => ({
			id: r.officeId,
			name: r.name,
			submission: r.state === 'ready' ? r.submission : null
		})),
		rowsBy
	);
	const sheet = provinceSheet({ report, rowsBy, place: submissions.place, preparer, printedOn });
	return { report, sheet };
}
