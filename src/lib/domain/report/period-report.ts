/**
 * The period report (domain.md §8.2, Biểu II.06a style §8.1) for any period, grouped by office,
 * sector or any key a caller derives, with a total row, shares, ratings and the balance check.
 */
import { DEFAULT_CLASSIFICATION_SETTINGS, type ClassificationMode } from '../classification';
import type { FollowUpState } from '../lifecycle';
import type { Rating } from '../model';
import { compareText, datePart, type LocalDateTime } from '../time';
import {
	checkBalance,
	columnsOf,
	completeColumns,
	emptyColumns,
	type BalanceCheck,
	type ColumnConventions,
	type CountedColumn,
	type ReportColumns
} from './columns';
import type { GroupFields, IntakeRejection, ReportEntry } from './entry';
import {
	emptyRatings,
	onlineShare,
	progressScore,
	RATING_COLUMN,
	ratingShares,
	resolutionShares,
	type RatingCounts,
	type RatingShares,
	type ResolutionShares
} from './indicators';
import { percentOf } from './percent';
import type { ReportPeriod } from './periods';

export interface ReportSettings extends ColumnConventions {
	readonly classificationMode: ClassificationMode;
}

export const DEFAULT_REPORT_SETTINGS: ReportSettings = {
	classificationMode: DEFAULT_CLASSIFICATION_SETTINGS.mode,
	withdrawnReturnedAsOnTime: false,
	mergeDirectAndPostal: false
};

/** Rows by office, by sector, by procedure (keyed by its code, named by its name) or any key. */
export type GroupBy = 'office' | 'sector' | 'procedure' | ((fields: GroupFields) => string);

export interface ReportRow {
	readonly key: string;
	/** What the row is called: the key, or the procedure's name when grouped by procedure. */
	readonly label: string;
	readonly columns: ReportColumns;
	/** Ratings given in the period (latest per dossier and channel), §10. */
	readonly ratings: RatingCounts;
	readonly shares: ResolutionShares;
	readonly ratingShares: RatingShares;
	/** Ratings per 100 resolved dossiers (18.17 in the seed, §14). */
	readonly ratingsPerResolved: number | null;
	readonly onlineShare: number | null;
	readonly progressScore: number | null;
	readonly balance: BalanceCheck;
}

/** One calendar month of the period (clipped to it): what was received and what was resolved. */
export interface MonthPoint {
	/** `yyyy-mm`. */
	readonly month: string;
	readonly received: number;
	readonly resolved: number;
}

/** An unsatisfied rating given in the period, with its reason and its follow-up (§10). */
export interface UnsatisfiedRating {
	readonly code: string;
	readonly sector: string;
	readonly procedureName: string;
	readonly at: LocalDateTime;
	readonly reason: string;
	readonly state: FollowUpState;
	readonly assignee: string | null;
}

export interface PeriodReport {
	readonly period: ReportPeriod;
	readonly rows: readonly ReportRow[];
	readonly total: ReportRow;
	/** The trend of the period month by month (charts, domain.md §8). */
	readonly months: readonly MonthPoint[];
	/** The unsatisfied ratings given in the period, oldest first. */
	readonly unsatisfied: readonly UnsatisfiedRating[];
}

interface Tally {
	readonly label: string;
	readonly columns: ReportColumns;
	readonly ratings: RatingCounts;
}

const keyOf = (groupBy: GroupBy): ((f: GroupFields) => string) => {
	switch (groupBy) {
		case 'office':
			return (f) => f.officeId;
		case 'sector':
			return (f) => f.sector;
		case 'procedure':
			return (f) => f.procedureCode;
		default:
			return groupBy;
	}
};

const labelOf = (groupBy: GroupBy, key: string, f: GroupFields): string =>
	groupBy === 'procedure' ? f.procedureName : key;

/** Every calendar month the period touches, in order, at zero. */
function monthsOf(period: ReportPeriod): Map<string, { received: number; resolved: number }> {
	const months = new Map<string, { received: number; resolved: number }>();
	let year = Number(period.from.slice(0, 4));
	let month = Number(period.from.slice(5, 7));
	const last = period.to.slice(0, 7);
	for (;;) {
		const key = `${year}-${String(month).padStart(2, '0')}`;
		months.set(key, { received: 0, resolved: 0 });
		if (key >= last) return months;
		if (++month > 12) [year, month] = [year + 1, 1];
	}
}

const RESOLVED_COLUMNS: ReadonlySet<CountedColumn> = new Set([
	'resolvedEarly',
	'resolvedOnTime',
	'resolvedLate'
]);
const NEW_COLUMNS: ReadonlySet<CountedColumn> = new Set(['newOnline', 'newDirect', 'newPostal']);

const inPeriod = (at: LocalDateTime, period: ReportPeriod): boolean => {
	const day = datePart(at);
	return day >= period.from && day <= period.to;
};

function add(t: Tally, columns: readonly CountedColumn[], ratings: readonly Rating[]): void {
	for (const column of columns) t.columns[column]++;
	for (const rating of ratings) t.ratings[RATING_COLUMN[rating]]++;
	t.ratings.total += ratings.length;
}

function toRow(key: string, t: Tally, settings: ReportSettings): ReportRow {
	return reportRowOf(key, t.label, completeColumns(t.columns, settings), t.ratings, settings);
}

/**
 * A report row from its columns, sums already filled (`completeColumns`), and its ratings: the
 * shares, indicators and balance check derived from them. Rows summed from several offices'
 * reports (ADR 32) are built with it too.
 */
export function reportRowOf(
	key: string,
	label: string,
	columns: ReportColumns,
	ratings: RatingCounts,
	settings: Pick<ColumnConventions, 'withdrawnReturnedAsOnTime'> = DEFAULT_REPORT_SETTINGS
): ReportRow {
	return {
		key,
		label,
		columns,
		ratings,
		shares: resolutionShares(columns),
		ratingShares: ratingShares(ratings),
		ratingsPerResolved: percentOf(ratings.total, columns.resolved),
		onlineShare: onlineShare(columns),
		progressScore: progressScore(columns, settings.withdrawnReturnedAsOnTime),
		balance: checkBalance(columns, settings)
	};
}

/**
 * The period report of domain.md §8.2 for `[period.from, period.to]` (inclusive, UTC+7).
 * Open dossiers are judged at the end of the period, or at `input.asOf` (now, Vietnam time) when
 * the period has not ended yet. Throws when the period ends before it starts (build periods with
 * `presetPeriod`/`customPeriod`).
 */
export function buildPeriodReport(
	input: {
		readonly entries: readonly ReportEntry[];
		readonly intakeRejections?: readonly IntakeRejection[];
		readonly asOf?: LocalDateTime;
	},
	period: ReportPeriod,
	groupBy: GroupBy,
	settings: ReportSettings = DEFAULT_REPORT_SETTINGS
): PeriodReport {
	if (period.to < period.from)
		throw new Error(`Period ${period.from}..${period.to} ends before it starts`);
	const key = keyOf(groupBy);
	const groups = new Map<string, Tally>();
	const total: Tally = { label: '', columns: emptyColumns(), ratings: emptyRatings() };
	const tallyOf = (f: GroupFields): Tally => {
		const k = key(f);
		let t = groups.get(k);
		if (t === undefined) {
			const label = labelOf(groupBy, k, f);
			groups.set(k, (t = { label, columns: emptyColumns(), ratings: emptyRatings() }));
		}
		return t;
	};
	const months = monthsOf(period);
	const unsatisfied: UnsatisfiedRating[] = [];
	for (const e of input.entries) {
		const columns = columnsOf(e, period, settings.classificationMode, input.asOf);
		const given = e.ratings.filter((r) => inPeriod(r.at, period));
		const ratings = given.map((r) => r.rating);
		for (const r of given) {
			if (r.rating !== 'unsatisfied') continue;
			unsatisfied.push({
				code: e.code,
				sector: e.sector,
				procedureName: e.procedureName,
				at: r.at,
				reason: r.reason ?? '',
				state: r.followUp?.state ?? 'open',
				assignee: r.followUp?.assignee ?? null
			});
		}
		if (columns.length === 0 && ratings.length === 0) continue;
		add(tallyOf(e), columns, ratings);
		add(total, columns, ratings);
		for (const column of columns) {
			if (NEW_COLUMNS.has(column)) {
				const point = months.get(e.receivedAt.slice(0, 7));
				if (point) point.received++;
			} else if (RESOLVED_COLUMNS.has(column) && e.finish !== null) {
				const point = months.get(e.finish.at.slice(0, 7));
				if (point) point.resolved++;
			}
		}
	}
	for (const r of input.intakeRejections ?? []) {
		if (!inPeriod(r.at, period)) continue;
		add(tallyOf(r), ['rejectedAtIntake'], []);
		add(total, ['rejectedAtIntake'], []);
	}
	const rows = [...groups]
		.sort(([a, x], [b, y]) => compareText(x.label, y.label) || compareText(a, b))
		.map(([k, t]) => toRow(k, t, settings));
	return {
		period,
		rows,
		total: toRow('', total, settings),
		months: [...months].map(([month, counts]) => ({ month, ...counts })),
		unsatisfied: unsatisfied.sort((a, b) => compareText(a.at, b.at) || compareText(a.code, b.code))
	};
}
