/**
 * The period report as a sheet in the national layout (domain.md §8.1, Biểu II.06a style): title,
 * reporting unit, period, unit of count, numbered columns, a total row, the shares of resolved,
 * the ratings and a signature block. Print, XLSX and CSV are all drawn from this one model, so
 * the three never disagree. The texts are official wording, in Vietnamese whatever the screen's
 * language (like the forms of §5).
 */
import type { FeedbackSummary } from '../feedback';
import type { Office } from '../model';
import { formatVnDate, longVnDate, type IsoDate } from '../time';
import { formatVnNumber, formatVnPercent } from './format';
import type { RatingCounts, RatingShares } from './indicators';
import type { PeriodReport, ReportRow } from './period-report';
import type { PresetPeriod, ReportPeriod } from './periods';

/** What the rows of a sheet are: sectors (the national form) or procedures. */
export type SheetRows = 'sector' | 'procedure';

/** One numbered value column of the sheet and the row field it shows. */
export interface SheetColumn {
	/** The number printed under the headings, "(3)". */
	readonly number: number;
	readonly heading: string;
	readonly value: (row: ReportRow) => number;
}

/** A heading over several value columns ("Số hồ sơ đã giải quyết") or over one column alone. */
export interface SheetGroup {
	readonly heading: string;
	readonly columns: readonly SheetColumn[];
	/** A single column whose heading spans both heading rows (no group heading above it). */
	readonly alone: boolean;
}

const col = (number: number, heading: string, value: (r: ReportRow) => number): SheetColumn => ({
	number,
	heading,
	value
});

/**
 * The value columns, numbered from 3 as in §8.1 (1 is the row number, 2 the row's name). Column 3
 * is the national "Tiếp nhận – Tổng số" = 4 + 5 + 6, carried-over dossiers included; 14 and 15
 * are the app's additions (withdrawn, handed back unresolved, §8.2).
 */
export const SHEET_GROUPS: readonly SheetGroup[] = [
	{
		heading: 'Số hồ sơ nhận giải quyết',
		alone: false,
		columns: [
			col(3, 'Tổng số', (r) => r.columns.totalToHandle),
			col(4, 'Trong kỳ: trực tuyến', (r) => r.columns.newOnline),
			col(
				5,
				'Trong kỳ: trực tiếp, dịch vụ bưu chính',
				(r) => r.columns.newDirect + r.columns.newPostal
			),
			col(6, 'Từ kỳ trước', (r) => r.columns.carriedOver)
		]
	},
	{
		heading: 'Số hồ sơ đã giải quyết',
		alone: false,
		columns: [
			col(7, 'Tổng số', (r) => r.columns.resolved),
			col(8, 'Trước hạn', (r) => r.columns.resolvedEarly),
			col(9, 'Đúng hạn', (r) => r.columns.resolvedOnTime),
			col(10, 'Quá hạn', (r) => r.columns.resolvedLate)
		]
	},
	{
		heading: 'Số hồ sơ đang giải quyết',
		alone: false,
		columns: [
			col(11, 'Tổng số', (r) => r.columns.pending),
			col(12, 'Trong hạn', (r) => r.columns.pendingInTime),
			col(13, 'Quá hạn', (r) => r.columns.pendingOverdue)
		]
	},
	{ heading: '', alone: true, columns: [col(14, 'Hồ sơ rút', (r) => r.columns.withdrawn)] },
	{
		heading: '',
		alone: true,
		columns: [col(15, 'Hồ sơ trả lại', (r) => r.columns.returned)]
	}
];

export const SHEET_COLUMNS: readonly SheetColumn[] = SHEET_GROUPS.flatMap((g) => g.columns);

/** The numbers of the columns whose share of resolved the "Tỷ lệ" row gives (§7, §14). */
export const SHARE_COLUMNS = { 8: 'early', 9: 'onTime', 10: 'late' } as const;

export const SHEET_TEXTS = {
	formNote: 'Theo mẫu Biểu số II.06a/VPCP/KSTT',
	titlePrefix: 'TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI',
	reportingUnit: 'Đơn vị báo cáo:',
	receivingUnit: 'Đơn vị nhận báo cáo:',
	unitOfCount: 'Đơn vị tính: Số hồ sơ TTHC',
	no: 'TT',
	rowHeading: { sector: 'Lĩnh vực giải quyết', procedure: 'Thủ tục hành chính' },
	total: 'Tổng cộng',
	shares: 'Tỷ lệ trên số đã giải quyết (%)',
	preparer: { label: 'NGƯỜI LẬP BIỂU', hint: '(Ký, ghi rõ họ tên)' },
	head: { label: 'THỦ TRƯỞNG ĐƠN VỊ', hint: '(Ký tên, đóng dấu)' }
} as const;

const QUARTERS = ['I', 'II', 'III', 'IV'] as const;

/** "Tháng 3 năm 2020", "Quý I năm 2020", "6 tháng năm 2020", "Năm 2020". */
export function presetLabel(period: PresetPeriod): string {
	switch (period.preset) {
		case 'month':
			return `Tháng ${period.index} năm ${period.year}`;
		case 'quarter':
			return `Quý ${QUARTERS[period.index - 1] ?? period.index} năm ${period.year}`;
		case 'six-months':
			return `6 tháng năm ${period.year}`;
		case 'nine-months':
			return `9 tháng năm ${period.year}`;
		case 'year':
			return `Năm ${period.year}`;
	}
}

const isPreset = (period: ReportPeriod): period is PresetPeriod => 'preset' in period;

/** "Kỳ báo cáo: Quý I năm 2020 (Từ ngày 15/12/2019 đến ngày 14/03/2020)". */
export function periodLine(period: ReportPeriod): string {
	const range = `Từ ngày ${formatVnDate(period.from)} đến ngày ${formatVnDate(period.to)}`;
	return isPreset(period)
		? `Kỳ báo cáo: ${presetLabel(period)} (${range})`
		: `Kỳ báo cáo: ${range}`;
}

/**
 * The ratings the way a provincial centre publishes them (domain.md §14): "8.452 lượt đánh giá:
 * rất hài lòng 8.080 (95,60 %), hài lòng 371 (4,39 %), không hài lòng 1 (0,01 %)".
 */
export function ratingsSentence(counts: RatingCounts, shares: RatingShares): string {
	if (counts.total === 0) return 'Không có lượt đánh giá nào trong kỳ';
	const part = (label: string, count: number, share: number | null) =>
		`${label} ${formatVnNumber(count)} (${formatVnPercent(share)})`;
	return (
		`${formatVnNumber(counts.total)} lượt đánh giá: ` +
		[
			part('rất hài lòng', counts.verySatisfied, shares.verySatisfied),
			part('hài lòng', counts.satisfied, shares.satisfied),
			part('không hài lòng', counts.unsatisfied, shares.unsatisfied)
		].join(', ')
	);
}

/**
 * The period's feedback as a report says it: "Phản ánh, kiến nghị: tiếp nhận 12 (về quy định
 * hành chính 8, về hành vi, hồ sơ 3, khác 1); đã trả lời 10 (đúng hạn 9, quá hạn 1); đang xử
 * lý 5, trong đó quá hạn 1; công khai 4 câu trả lời".
 */
export function feedbackSentence(summary: FeedbackSummary): string {
	const n = formatVnNumber;
	const { byKind } = summary;
	return (
		`Phản ánh, kiến nghị: tiếp nhận ${n(summary.received)} (về quy định hành chính ` +
		`${n(byKind.regulation)}, về hành vi, hồ sơ ${n(byKind.conduct)}, khác ${n(byKind.other)}); ` +
		`đã trả lời ${n(summary.answered)} (đúng hạn ${n(summary.answeredOnTime)}, quá hạn ` +
		`${n(summary.answeredLate)}); đang xử lý ${n(summary.pending)}, trong đó quá hạn ` +
		`${n(summary.pendingOverdue)}; công khai ${n(summary.published)} câu trả lời`
	);
}

/** "Trước hạn 36,08 %; đúng hạn 63,78 %; quá hạn 0,14 %" of the resolved dossiers. */
export function sharesSentence(row: ReportRow): string {
	const { early, onTime, late } = row.shares;
	return (
		`Tỷ lệ giải quyết trên ${formatVnNumber(row.columns.resolved)} hồ sơ đã giải quyết: ` +
		`trước hạn ${formatVnPercent(early)}; đúng hạn ${formatVnPercent(onTime)}; ` +
		`quá hạn ${formatVnPercent(late)}`
	);
}

export interface SheetLine {
	/** "1", "2", …; empty on the total row. */
	readonly no: string;
	readonly label: string;
	readonly values: readonly number[];
}

export interface ReportSheet {
	readonly formNote: string;
	readonly title: string;
	readonly reportingUnit: string;
	readonly receivingUnit: string;
	readonly period: string;
	readonly unitOfCount: string;
	readonly rowHeading: string;
	readonly lines: readonly SheetLine[];
	readonly total: SheetLine;
	/** Shares of resolved for columns 8–10, by column number; null when nothing was resolved. */
	readonly shares: Readonly<Record<keyof typeof SHARE_COLUMNS, number | null>>;
	readonly sharesSentence: string;
	readonly ratingsSentence: string;
	/** The period's feedback and petitions (ADR 29); null when the sheet was made without them. */
	readonly feedbackSentence: string | null;
	/** Said only when the columns do not balance (§8.2): how many dossiers are unexplained. */
	readonly balanceNote: string | null;
	/** Said only when some dossiers have no due date (§7: counted apart). */
	readonly withoutDueNote: string | null;
	readonly placeAndDate: string;
	readonly preparer: { readonly label: string; readonly hint: string; readonly name: string };
	readonly head: { readonly label: string; readonly hint: string };
}

function lineOf(no: string, label: string, row: ReportRow): SheetLine {
	return { no, label, values: SHEET_COLUMNS.map((c) => c.value(row)) };
}

/** "Lạng Sơn, ngày 15 tháng 12 năm 2020" under the signature of the unit's head. */
export function sheetPlaceAndDate(place: string, date: IsoDate): string {
	return `${place}, ${longVnDate(date)}`;
}

/** The sheet of `report` for `office`, prepared by `preparer` on `printedOn`. */
export function buildReportSheet(input: {
	readonly report: PeriodReport;
	readonly rows: SheetRows;
	readonly office: Pick<Office, 'name' | 'parentName' | 'place'>;
	readonly preparer: string;
	readonly printedOn: IsoDate;
	readonly feedback?: FeedbackSummary | null;
}): ReportSheet {
	const { report, office } = input;
	return sheetOf({
		period: report.period,
		rows: report.rows,
		total: report.total,
		title: `${SHEET_TEXTS.titlePrefix} ${office.name.toLocaleUpperCase('vi')}`,
		reportingUnit: `${SHEET_TEXTS.reportingUnit} ${office.name}`,
		receivingUnit: `${SHEET_TEXTS.receivingUnit} ${office.parentName}`,
		rowHeading: SHEET_TEXTS.rowHeading[input.rows],
		place: office.place,
		printedOn: input.printedOn,
		preparer: input.preparer,
		feedbackSentence: input.feedback ? feedbackSentence(input.feedback) : null
	});
}

/**
 * A sheet in the national layout from rows already counted: an office's report
 * (`buildReportSheet`) or the province's, summed from the reports its offices submitted (ADR 32).
 */
export function sheetOf(input: {
	readonly period: ReportPeriod;
	readonly rows: readonly ReportRow[];
	readonly total: ReportRow;
	readonly title: string;
	readonly reportingUnit: string;
	readonly receivingUnit: string;
	readonly rowHeading: string;
	readonly place: string;
	readonly printedOn: IsoDate;
	readonly preparer: string;
	readonly feedbackSentence: string | null;
}): ReportSheet {
	const { total } = input;
	const withoutDue = total.columns.resolvedWithoutDue + total.columns.pendingWithoutDue;
	const lines = [...input.rows]
		.sort((a, b) => a.label.localeCompare(b.label, 'vi'))
		.map((row, i) => lineOf(String(i + 1), row.label, row));
	return {
		formNote: SHEET_TEXTS.formNote,
		title: input.title,
		reportingUnit: input.reportingUnit,
		receivingUnit: input.receivingUnit,
		period: periodLine(input.period),
		unitOfCount: SHEET_TEXTS.unitOfCount,
		rowHeading: input.rowHeading,
		lines,
		total: lineOf('', SHEET_TEXTS.total, total),
		shares: { 8: total.shares.early, 9: total.shares.onTime, 10: total.shares.late },
		sharesSentence: sharesSentence(total),
		ratingsSentence: `Đánh giá sự hài lòng: ${ratingsSentence(total.ratings, total.ratingShares)}`,
		feedbackSentence: input.feedbackSentence,
		balanceNote: total.balance.ok
			? null
			: `Số liệu chưa cân đối: ${formatVnNumber(total.balance.unexplained)} hồ sơ trong tổng số ` +
				`${formatVnNumber(total.balance.totalToHandle)} chưa được phân loại`,
		withoutDueNote:
			withoutDue === 0
				? null
				: `Cột (3) gồm cả ${formatVnNumber(withoutDue)} hồ sơ của thủ tục không quy định ` +
					'thời hạn giải quyết, không tính trong các cột (7) và (11)',
		placeAndDate: sheetPlaceAndDate(input.place, input.printedOn),
		preparer: { ...SHEET_TEXTS.preparer, name: input.preparer },
		head: SHEET_TEXTS.head
	};
}
