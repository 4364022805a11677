/**
 * The province-wide view (Toàn tỉnh, issue 5 item 8, ADR 12): per office and for the province,
 * what was received and finished in a period, from the counts views on the server. The server
 * counts events, one document at a time, so what needs a dossier's other documents (early /
 * on time / late, pending in time / overdue) is not here: that stays in each office's report.
 */
import {
	customPeriod,
	periodContaining,
	presetPeriod,
	type PresetPeriod,
	type ReportPeriod
} from '$lib/domain/report';
import { parseVnDate, type IsoDate } from '$lib/domain/time';
import {
	fetchProvinceCounts,
	type Counts,
	type OfficeCounts,
	type ProvinceCountsOptions
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
}

export type OverviewRow =
	| {
			readonly officeId: string;
			readonly name: string;
			readonly ok: true;
			readonly figures: OverviewFigures;
	  }
	| {
			readonly officeId: string;
			readonly name: string;
			readonly ok: false;
			readonly error: OverviewError;
	  };

export interface ProvinceOverview {
	readonly period: ReportPeriod;
	readonly rows: readonly OverviewRow[];
	/** The sum over the offices that answered. */
	readonly total: OverviewFigures;
	/** Offices that did not answer (their rows say why); the total leaves them out. */
	readonly failed: number;
}

export type OverviewResult =
	| { readonly ok: true; readonly overview: ProvinceOverview }
	| { readonly ok: false; readonly error: OverviewError };

/** A dossier leaves the open ones when decided, withdrawn or stopped (domain.md §8.2 balance). */
function finished(c: Counts): number {
	return c.resolvedApproved + c.resolvedRefused + c.withdrawn + c.stopped;
}

/** An office's figures from its two view answers (the period; everything up to its end). */
export function figuresOf(inPeriod: Counts, untilEnd: Counts): OverviewFigures {
	const pendingAtEnd = untilEnd.received - finished(untilEnd);
	return {
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

/** The figures the province table shows, in its column order (`province.columns.*`). */
export const OVERVIEW_COLUMNS = [
	'carriedOver',
	'received',
	'resolved',
	'refused',
	'withdrawn',
	'stopped',
	'delivered',
	'pendingAtEnd'
] as const satisfies readonly (keyof OverviewFigures)[];

const FIGURES = [
	'received',
	'resolved',
	'refused',
	'delivered',
	'withdrawn',
	'stopped',
	'carriedOver',
	'pendingAtEnd'
] as const satisfies readonly (keyof OverviewFigures)[];

function sumFigures(all: readonly OverviewFigures[]): OverviewFigures {
	const total = Object.fromEntries(FIGURES.map((f) => [f, 0])) as Record<
		keyof OverviewFigures,
		number
	>;
	for (const figures of all) for (const f of FIGURES) total[f] += figures[f];
	return total;
}

/** Rows by office name (Vietnamese order) and the province total over the offices that answered. */
export function summarise(
	period: ReportPeriod,
	offices: readonly OfficeCounts[]
): ProvinceOverview {
	const rows: OverviewRow[] = offices.map((o) => {
		const who = { officeId: o.office.id, name: o.office.name || o.office.id };
		return o.ok
			? { ...who, ok: true, figures: figuresOf(o.inPeriod, o.untilEnd) }
			: { ...who, ok: false, error: o.error };
	});
	rows.sort((a, b) => a.name.localeCompare(b.name, 'vi') || a.officeId.localeCompare(b.officeId));
	const answered = rows.flatMap((r) => (r.ok ? [r.figures] : []));
	return {
		period,
		rows,
		total: sumFigures(answered),
		failed: rows.length - answered.length
	};
}

/** The server beside the app: `<origin>/db` (architecture.md §6, one origin). */
export function provinceServerUrl(origin: string): string {
	return `${origin.replace(/\/+$/, '')}/db`;
}

/**
 * Reads every office's counts for `period` from the server; fails as a whole only when the
 * office list cannot be read (offline, not logged in, no right to it).
 */
export async function provinceOverview(
	period: ReportPeriod,
	source: Omit<ProvinceCountsOptions, 'period'>
): Promise<OverviewResult> {
	const counts = await fetchProvinceCounts({ ...source, period });
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
