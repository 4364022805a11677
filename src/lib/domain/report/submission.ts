/**
 * A period report an office submits to the province (nộp báo cáo, ADR 32): the figures of its
 * report by sector as the office counted them, frozen at the moment of submission. The province
 * sums the latest submission of each office into its own sheet: every column of the national
 * layout, pending in time and overdue (12–13) included, which no one-document view on the server
 * can count (ADR 12, ADR 31).
 */
import * as v from 'valibot';
import { IsoDateSchema, LocalDateTimeSchema } from '../schemas';
import { compareText, type IsoDate } from '../time';
import { emptyColumns, type ReportColumns } from './columns';
import { emptyRatings, type RatingCounts } from './indicators';
import { reportRowOf, type PeriodReport, type ReportRow } from './period-report';
import { periodLine, sheetOf, SHEET_TEXTS, type ReportSheet } from './sheet';
import type { ReportPeriod } from './periods';

const text = v.pipe(v.string(), v.minLength(1, 'must not be empty'));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));

/** Every column of a report row (domain.md §8.2), in a fixed order. */
export const SUBMITTED_COLUMNS = Object.keys(emptyColumns()) as readonly (keyof ReportColumns)[];

const ColumnsSchema = v.object(
	Object.fromEntries(SUBMITTED_COLUMNS.map((c) => [c, count])) as Record<
		keyof ReportColumns,
		typeof count
	>
);
const RatingsSchema = v.object({
	verySatisfied: count,
	satisfied: count,
	unsatisfied: count,
	total: count
});

/** One row of the submitted report: a sector (or the office's total). */
export const SubmittedRowSchema = v.object({
	label: v.string(),
	columns: ColumnsSchema,
	ratings: RatingsSchema
});
export type SubmittedRow = v.InferOutput<typeof SubmittedRowSchema>;

/** Who may submit the office's report to the province (ADR 32; the server checks the same). */
export const REPORT_SUBMIT_ROLES = ['leader', 'supervisor'] as const;

/**
 * A sector list is a few dozen rows; 100 keep a document within the server's 64 KiB (the server
 * checks the same bound).
 */
export const MAX_SUBMITTED_ROWS = 100;

/** `report:<from>:<to>:<at>:<desk>`: an office's report for a period, as it submitted it. */
export const ReportSubmissionObject = v.object({
	officeId: text,
	officeName: text,
	deskId: text,
	/** User name and full name of the supervisor or leader who submitted it. */
	submittedBy: text,
	submittedByName: v.string(),
	submittedAt: LocalDateTimeSchema,
	period: v.object({ from: IsoDateSchema, to: IsoDateSchema, line: v.string() }),
	rows: v.pipe(v.array(SubmittedRowSchema), v.maxLength(MAX_SUBMITTED_ROWS)),
	total: SubmittedRowSchema,
	/** The office's convention (domain.md §8.2): withdrawn and returned inside "on time". */
	withdrawnReturnedAsOnTime: v.boolean(),
	/** The period's feedback as the office's sheet says it (ADR 29); null: none counted. */
	feedbackSentence: v.nullable(v.string())
});
export const ReportSubmissionSchema = v.pipe(ReportSubmissionObject, v.readonly());
export type ReportSubmission = v.InferOutput<typeof ReportSubmissionSchema>;

const submittedRow = (row: ReportRow): SubmittedRow => ({
	label: row.label,
	columns: { ...row.columns },
	ratings: { ...row.ratings }
});

/** The submission of `report` (rows by sector) for `office`, by `officer` at `at`. */
export function submissionOf(input: {
	readonly report: PeriodReport;
	readonly office: { readonly id: string; readonly name: string };
	readonly deskId: string;
	readonly officer: { readonly userName: string; readonly fullName: string };
	readonly at: ReportSubmission['submittedAt'];
	readonly withdrawnReturnedAsOnTime: boolean;
	readonly feedbackSentence: string | null;
}): ReportSubmission {
	const { report } = input;
	return {
		officeId: input.office.id,
		officeName: input.office.name,
		deskId: input.deskId,
		submittedBy: input.officer.userName,
		submittedByName: input.officer.fullName,
		submittedAt: input.at,
		period: { from: report.period.from, to: report.period.to, line: periodLine(report.period) },
		rows: report.rows.map(submittedRow),
		total: submittedRow(report.total),
		withdrawnReturnedAsOnTime: input.withdrawnReturnedAsOnTime,
		feedbackSentence: input.feedbackSentence
	};
}

/** The latest of several submissions for one period (a resubmission replaces the one before). */
export function latestSubmission(
	submissions: readonly ReportSubmission[]
): ReportSubmission | null {
	let latest: ReportSubmission | null = null;
	for (const s of submissions) {
		if (latest === null || compareText(s.submittedAt, latest.submittedAt) > 0) latest = s;
	}
	return latest;
}

type Sums = { columns: ReportColumns; ratings: RatingCounts };

function addInto({ columns, ratings }: Sums, row: SubmittedRow): void {
	for (const c of SUBMITTED_COLUMNS) columns[c] += row.columns[c];
	ratings.verySatisfied += row.ratings.verySatisfied;
	ratings.satisfied += row.ratings.satisfied;
	ratings.unsatisfied += row.ratings.unsatisfied;
	ratings.total += row.ratings.total;
}

/** What the province's rows are: one per office, or one per sector summed over the offices. */
export type ProvinceRows = 'office' | 'sector';

export interface ProvinceReport {
	readonly period: ReportPeriod;
	readonly rows: readonly ReportRow[];
	readonly total: ReportRow;
	/** Offices that submitted for the period, and those that did not (by name). */
	readonly submitted: number;
	readonly missing: readonly string[];
}

/**
 * The province's report for `period`, summed from each office's latest submission for exactly
 * that period. Offices that submitted nothing are named, not guessed.
 */
export function provinceReport(
	period: ReportPeriod,
	offices: readonly {
		readonly id: string;
		readonly name: string;
		readonly submission: ReportSubmission | null;
	}[],
	rowsBy: ProvinceRows
): ProvinceReport {
	// Keyed by office id (two offices may share a name) or by sector name.
	const groups = new Map<
		string,
		{ label: string; columns: ReportColumns; ratings: RatingCounts }
	>();
	const total = { columns: emptyColumns(), ratings: emptyRatings() };
	const missing: string[] = [];
	let submitted = 0;
	const groupOf = (key: string, label: string) => {
		let g = groups.get(key);
		if (!g) groups.set(key, (g = { label, columns: emptyColumns(), ratings: emptyRatings() }));
		return g;
	};
	for (const office of offices) {
		const s = office.submission;
		if (s === null) {
			missing.push(office.name);
			continue;
		}
		submitted += 1;
		addInto(total, s.total);
		if (rowsBy === 'office') addInto(groupOf(office.id, office.name), s.total);
		else for (const row of s.rows) addInto(groupOf(row.label, row.label), row);
	}
	// Sums of sums: each office's columns are already complete (ReportColumns' sums filled in).
	const rows = [...groups].map(([key, g]) => reportRowOf(key, g.label, g.columns, g.ratings));
	return {
		period,
		rows,
		total: reportRowOf('', '', total.columns, total.ratings),
		submitted,
		missing: missing.sort((a, b) => a.localeCompare(b, 'vi'))
	};
}

/** Official wording of the province's sheet (Vietnamese whatever the screen's language). */
export const PROVINCE_SHEET_TEXTS = {
	title: `${SHEET_TEXTS.titlePrefix} CÁC ĐƠN VỊ TRONG TỈNH`,
	reportingUnit: (submitted: number, offices: number) =>
		`${SHEET_TEXTS.reportingUnit} tổng hợp từ báo cáo của ${submitted}/${offices} đơn vị`,
	receivingUnit: `${SHEET_TEXTS.receivingUnit} Văn phòng Ủy ban nhân dân tỉnh`,
	rowHeading: { office: 'Đơn vị', sector: 'Lĩnh vực giải quyết' }
} as const;

/** The province's report as a sheet in the national layout (print, XLSX, CSV). */
export function provinceSheet(input: {
	readonly report: ProvinceReport;
	readonly rowsBy: ProvinceRows;
	readonly place: string;
	readonly preparer: string;
	readonly printedOn: IsoDate;
}): ReportSheet {
	const { report } = input;
	const offices = report.submitted + report.missing.length;
	return sheetOf({
		period: report.period,
		rows: report.rows,
		total: report.total,
		title: PROVINCE_SHEET_TEXTS.title,
		reportingUnit: PROVINCE_SHEET_TEXTS.reportingUnit(report.submitted, offices),
		receivingUnit: PROVINCE_SHEET_TEXTS.receivingUnit,
		rowHeading: PROVINCE_SHEET_TEXTS.rowHeading[input.rowsBy],
		place: input.place,
		printedOn: input.printedOn,
		preparer: input.preparer,
		feedbackSentence: null
	});
}
