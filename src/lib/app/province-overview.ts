/**
 * The province-wide view (Toàn tỉnh, issue 5 item 8, ADR 12): per office and for the province,
 * what was received and finished in a period, from the counts views on the server. The server
 * counts events, one document at a time, so what needs a dossier's other documents (early /
 * on time / late, pending in time / overdue) is not here: that stays in each office's report.
 */
import {
	customPeriod,
	percentOf,
	periodContaining,
	presetPeriod,
	type PresetPeriod,
	type ReportPeriod
} from '$lib/domain/report';
import { parseVnDate, type IsoDate } from '$lib/domain/time';
import {
	fetchProvinceCounts,
	type CatalogueOffice,
	type Counts,
	type OfficeCounts,
	type ProvinceCountsOptions,
	type ReportCounts
} from '$lib/sync/province-counts';
import type { FailureCode } from '$lib/sync/couch-http';

export type OverviewError = FailureCode;

/** One office's (or the province's) figures for a period. */
export interface OverviewFigures {
	/** Tiếp nhận mới: dossiers received in the period. */
	readonly received: number;
	/** Đã giải quyết: decided in the period (result ready), approved or refused. */
	readonly resolved: number;
	/** Of which refused after appraisal. */
	readonly refused: number;
	/** Đã trả kết quả: results handed over in the period (decided then or before). */
	readonly delivered: number;
	/** Hồ sơ rút. */
	readonly withdrawn: number;
	/** Hồ sơ trả lại: stopped, returned unresolved. */
	readonly stopped: number;
	/**
	 * Still open before the period: received before it, less finished before it. Derived by
	 * subtraction (domain.md §8.2 says to say so).
	 */
	readonly carriedOver: number;
	/** Still open at the end of the period: received up to its end less finished up to it. */
	readonly pendingAtEnd: number;
	/** Of the received, submitted online (the national form's column 6). */
	readonly receivedOnline: number;
	/**
	 * Resolved early / on time / late, as the desk that recorded each result classified it
	 * (ADR 31); results recorded before that, or without a due date, are in none of them.
	 */
	readonly early: number;
	readonly onTime: number;
	readonly late: number;
	/** Ratings given in the period, by level. */
	readonly verySatisfied: number;
	readonly satisfied: number;
	readonly unsatisfied: number;
}

/** An office's row: its figures, why it could not be read, or still waiting for the server. */
export type OverviewRow = {
	readonly officeId: string;
	readonly name: string;
} & (
	| { readonly state: 'ready'; readonly figures: OverviewFigures }
	| { readonly state: 'failed'; readonly error: OverviewError }
	| { readonly state: 'pending' }
);

export interface ProvinceOverview {
	readonly period: ReportPeriod;
	readonly rows: readonly OverviewRow[];
	/** The sum over the offices that answered. */
	readonly total: OverviewFigures;
	/** Offices that did not answer (their rows say why); the total leaves them out. */
	readonly failed: number;
	/** Offices the server has not answered for yet; the total leaves them out too. */
	readonly pending: number;
}

export type OverviewResult =
	| { readonly ok: true; readonly overview: ProvinceOverview }
	| { readonly ok: false; readonly error: OverviewError };

/** A dossier leaves the open ones when decided, withdrawn or stopped (domain.md §8.2 balance). */
function finished(c: Counts): number {
	return c.resolvedApproved + c.resolvedRefused + c.withdrawn + c.stopped;
}

/** An office's figures from its view answers (the period; everything up to its end; report). */
export function figuresOf(
	inPeriod: Counts,
	untilEnd: Counts,
	report: ReportCounts | null = null
): OverviewFigures {
	const pendingAtEnd = untilEnd.received - finished(untilEnd);
	return {
		receivedOnline: report?.receivedOnline ?? 0,
		early: report?.resolvedEarly ?? 0,
		onTime: report?.resolvedOnTime ?? 0,
		late: report?.resolvedLate ?? 0,
		verySatisfied: report?.ratedVerySatisfied ?? 0,
		satisfied: report?.ratedSatisfied ?? 0,
		unsatisfied: report?.ratedUnsatisfied ?? 0,
		received: inPeriod.received,
		resolved: inPeriod.resolvedApproved + inPeriod.resolvedRefused,
		refused: inPeriod.resolvedRefused,
		delivered: inPeriod.delivered,
		withdrawn: inPeriod.withdrawn,
		stopped: inPeriod.stopped,
		carriedOver: pendingAtEnd - inPeriod.received + finished(inPeriod),
		pendingAtEnd
	};
}

export { OVERVIEW_COLUMNS } from './province-columns';

const FIGURES = [
	'received',
	'resolved',
	'refused',
	'delivered',
	'withdrawn',
	'stopped',
	'carriedOver',
	'pendingAtEnd',
	'receivedOnline',
	'early',
	'onTime',
	'late',
	'verySatisfied',
	'satisfied',
	'unsatisfied'
] as const satisfies readonly (keyof OverviewFigures)[];

/**
 * Shares as the seed publishes them (domain.md §14): early / on time / late of the resolved
 * dossiers the desks classified, ratings by level of all ratings; null without a basis.
 */
export function resultShares(f: OverviewFigures) {
	const classified = f.early + f.onTime + f.late;
	const rated = f.verySatisfied + f.satisfied + f.unsatisfied;
	return {
		early: percentOf(f.early, classified),
		onTime: percentOf(f.onTime, classified),
		late: percentOf(f.late, classified),
		verySatisfied: percentOf(f.verySatisfied, rated),
		satisfied: percentOf(f.satisfied, rated),
		unsatisfied: percentOf(f.unsatisfied, rated),
		/** Resolved without a classification (older results, no due date). */
		unclassified: f.resolved - classified
	};
}

function sumFigures(all: readonly OverviewFigures[]): OverviewFigures {
	const total = Object.fromEntries(FIGURES.map((f) => [f, 0])) as Record<
		keyof OverviewFigures,
		number
	>;
	for (const figures of all) for (const f of FIGURES) total[f] += figures[f];
	return total;
}

/** An office's answer from the server, or `null` while it is still awaited. */
export type OfficeAnswer = OfficeCounts | { readonly office: CatalogueOffice; readonly ok: null };

/** Rows by office name (Vietnamese order) and the province total over the offices that answered. */
export function summarise(
	period: ReportPeriod,
	offices: readonly OfficeAnswer[]
): ProvinceOverview {
	const rows: OverviewRow[] = offices.map((o): OverviewRow => {
		const who = { officeId: o.office.id, name: o.office.name || o.office.id };
		if (o.ok === null) return { ...who, state: 'pending' };
		return o.ok
			? { ...who, state: 'ready', figures: figuresOf(o.inPeriod, o.untilEnd, o.report) }
			: { ...who, state: 'failed', error: o.error };
	});
	rows.sort((a, b) => a.name.localeCompare(b.name, 'vi') || a.officeId.localeCompare(b.officeId));
	const answered = rows.flatMap((r) => (r.state === 'ready' ? [r.figures] : []));
	const pending = rows.filter((r) => r.state === 'pending').length;
	return {
		period,
		rows,
		total: sumFigures(answered),
		failed: rows.length - answered.length - pending,
		pending
	};
}

/** The server beside the app: `<origin>/db` (architecture.md §6, one origin). */
export function provinceServerUrl(origin: string): string {
	return `${origin.replace(/\/+$/, '')}/db`;
}

export interface OverviewSource extends Omit<
	ProvinceCountsOptions,
	'period' | 'onOffices' | 'onOffice'
> {
	/**
	 * Called with the overview so far: first every office pending, then once per office as its
	 * answer comes, so that one office whose view the server is still building holds back only
	 * its own row.
	 */
	readonly onProgress?: (overview: ProvinceOverview) => void;
}

/**
 * Reads every office's counts for `period` from the server; fails as a whole only when the
 * office list cannot be read (offline, not logged in, no right to it).
 */
export async function provinceOverview(
	period: ReportPeriod,
	source: OverviewSource
): Promise<OverviewResult> {
	const { onProgress, ...options } = source;
	let answers: OfficeAnswer[] = [];
	const counts = await fetchProvinceCounts({
		...options,
		period,
		...(onProgress
			? {
					onOffices: (offices) => {
						answers = offices.map((office) => ({ office, ok: null }));
						onProgress(summarise(period, answers));
					},
					onOffice: (index, answer) => {
						answers[index] = answer;
						onProgress(summarise(period, answers));
					}
				}
			: {})
	});
	if (!counts.ok) return counts;
	return { ok: true, overview: summarise(period, counts.offices) };
}

export type PeriodInputError = 'bad-date' | 'period-end-before-start';

/** A period typed as two `dd/mm/yyyy` dates (domain.md §8.2: inclusive, Vietnam time). */
export function periodFromText(
	fromText: string,
	toText: string
): { ok: true; period: ReportPeriod } | { ok: false; error: PeriodInputError } {
	const from = parseVnDate(fromText);
	const to = parseVnDate(toText);
	if (from === null || to === null) return { ok: false, error: 'bad-date' };
	return customPeriod(from, to);
}

/** The last `count` reporting months up to the one holding `today` (Decree 09/2019), newest first. */
export function recentReportingMonths(today: IsoDate, count = 12): PresetPeriod[] {
	let { year, index } = periodContaining(today, 'month');
	const months: PresetPeriod[] = [];
	for (let i = 0; i < count; i += 1) {
		months.push(presetPeriod('month', year, index));
		[year, index] = index === 1 ? [year - 1, 12] : [year, index - 1];
	}
	return months;
}
