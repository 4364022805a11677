/**
 * The period report's sheet (domain/report/sheet.ts) as files: XLSX in the printed layout (merged
 * header cells, numbered columns, numbers as numbers, the shares as numbers with two decimals) and
 * CSV (UTF-8 with a byte-order mark, every field quoted, CRLF; numbers written plainly so any
 * program reads them). ADR 7 covers the choices the tracking book made first.
 */
import {
	SHARE_COLUMNS,
	SHEET_COLUMNS,
	SHEET_GROUPS,
	SHEET_TEXTS,
	type ReportSheet,
	type SheetLine
} from '$lib/domain/report';
import type { ReportPeriod } from '$lib/domain/report';
import type { CellObject, SheetData } from 'write-excel-file/universal';

const WIDTH = 2 + SHEET_COLUMNS.length;

function csvField(text: string): string {
	return `"${text.replaceAll('"', '""')}"`;
}

const shareOf = (sheet: ReportSheet, number: number): number | null =>
	number in SHARE_COLUMNS ? sheet.shares[number as keyof typeof SHARE_COLUMNS] : null;

/**
 * The report as CSV: the title lines, one heading row of "(n) group – column" names, the rows,
 * the total, the shares of resolved, then the sentences under the table.
 */
export function reportCsv(sheet: ReportSheet): string {
	const heading = [
		SHEET_TEXTS.no,
		sheet.rowHeading,
		...SHEET_GROUPS.flatMap((g) =>
			g.columns.map((c) => `(${c.number}) ${g.alone ? c.heading : `${g.heading} – ${c.heading}`}`)
		)
	];
	const line = (l: SheetLine) => [l.no, l.label, ...l.values.map(String)];
	const shares = [
		'',
		SHEET_TEXTS.shares,
		...SHEET_COLUMNS.map((c) => {
			const share = shareOf(sheet, c.number);
			return share === null ? '' : share.toFixed(2);
		})
	];
	const rows: string[][] = [
		[sheet.title],
		[sheet.period],
		[sheet.reportingUnit],
		[sheet.receivingUnit],
		[sheet.unitOfCount],
		heading,
		...sheet.lines.map(line),
		line(sheet.total),
		shares,
		[sheet.sharesSentence],
		[sheet.ratingsSentence],
		...(sheet.feedbackSentence === null ? [] : [[sheet.feedbackSentence]]),
		...[sheet.balanceNote, sheet.withoutDueNote].filter((n) => n !== null).map((n) => [n])
	];
	return `\uFEFF${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

type Cell = CellObject;
type Row = (Cell | null)[];

const text = (value: string, style: Omit<Cell, 'value' | 'type'> = {}): Cell => ({
	value,
	type: String,
	...style
});
const framed = (value: string, style: Omit<Cell, 'value' | 'type'> = {}): Cell =>
	text(value, { borderStyle: 'thin', wrap: true, alignVertical: 'center', ...style });
const num = (value: number, style: Omit<Cell, 'value' | 'type'> = {}): Cell => ({
	value,
	type: Number,
	borderStyle: 'thin',
	...style
});
/** A line of text across the whole width. */
const across = (value: string, style: Omit<Cell, 'value' | 'type'> = {}): Row => [
	text(value, { columnSpan: WIDTH, ...style }),
	...Array<null>(WIDTH - 1).fill(null)
];
const pad = (row: Row): Row => [...row, ...Array<null>(WIDTH - row.length).fill(null)];

/** The two heading rows and the row of column numbers. */
function headingRows(sheet: ReportSheet): Row[] {
	const top: Row = [
		framed(SHEET_TEXTS.no, { rowSpan: 2, align: 'center', fontWeight: 'bold' }),
		framed(sheet.rowHeading, { rowSpan: 2, align: 'center', fontWeight: 'bold' })
	];
	// Cells a merged heading covers stay empty (null), as write-excel-file requires.
	const sub: Row = [null, null];
	for (const group of SHEET_GROUPS) {
		if (group.alone) {
			const only = group.columns[0];
			top.push(framed(only?.heading ?? '', { rowSpan: 2, align: 'center', fontWeight: 'bold' }));
			sub.push(null);
			continue;
		}
		top.push(
			framed(group.heading, {
				columnSpan: group.columns.length,
				align: 'center',
				fontWeight: 'bold'
			})
		);
		top.push(...group.columns.slice(1).map(() => null));
		sub.push(
			...group.columns.map((c) => framed(c.heading, { align: 'center', fontWeight: 'bold' }))
		);
	}
	const numbers: Row = [1, 2, ...SHEET_COLUMNS.map((c) => c.number)].map((n) =>
		framed(`(${n})`, { align: 'center', fontStyle: 'italic' })
	);
	return [top, sub, numbers];
}

function lineRow(line: SheetLine, bold = false): Row {
	const weight = bold ? ({ fontWeight: 'bold' } as const) : {};
	return [
		framed(line.no, { align: 'center', ...weight }),
		framed(line.label, weight),
		...line.values.map((v) => num(v, weight))
	];
}

function sharesRow(sheet: ReportSheet): Row {
	return [
		framed(''),
		framed(SHEET_TEXTS.shares, { fontStyle: 'italic' }),
		...SHEET_COLUMNS.map((c) => {
			const share = shareOf(sheet, c.number);
			return share === null ? framed('') : num(share, { format: '0.00', fontStyle: 'italic' });
		})
	];
}

/** The signature block: the preparer on the left, place, date and the unit's head on the right. */
function signatureRows(sheet: ReportSheet): Row[] {
	const leftSpan = 4;
	const rightStart = WIDTH - 6;
	const block = (left: Cell, right: Cell): Row =>
		pad([
			{ ...left, columnSpan: leftSpan },
			...Array<null>(leftSpan - 1).fill(null),
			...Array<null>(rightStart - leftSpan).fill(null),
			{ ...right, columnSpan: WIDTH - rightStart }
		]);
	const center = { align: 'center' } as const;
	return [
		block(text(''), text(sheet.placeAndDate, { ...center, fontStyle: 'italic' })),
		block(
			text(sheet.preparer.label, { ...center, fontWeight: 'bold' }),
			text(sheet.head.label, { ...center, fontWeight: 'bold' })
		),
		block(
			text(sheet.preparer.hint, { ...center, fontStyle: 'italic' }),
			text(sheet.head.hint, { ...center, fontStyle: 'italic' })
		),
		pad([]),
		pad([]),
		block(text(sheet.preparer.name, { ...center, fontWeight: 'bold' }), text(''))
	];
}

/** The rows of the XLSX sheet, top to bottom (exported for the unit test). */
export function reportSheetRows(sheet: ReportSheet): Row[] {
	return [
		across(sheet.formNote, { fontStyle: 'italic' }),
		pad([]),
		across(sheet.title, {
			align: 'center',
			fontWeight: 'bold',
			fontSize: 13,
			wrap: true,
			height: 36
		}),
		across(sheet.period, { align: 'center', fontStyle: 'italic' }),
		across(sheet.reportingUnit),
		across(sheet.receivingUnit),
		across(sheet.unitOfCount, { align: 'right', fontStyle: 'italic' }),
		...headingRows(sheet),
		...sheet.lines.map((l) => lineRow(l)),
		lineRow(sheet.total, true),
		sharesRow(sheet),
		pad([]),
		across(sheet.sharesSentence),
		across(sheet.ratingsSentence, { wrap: true }),
		...(sheet.feedbackSentence === null ? [] : [across(sheet.feedbackSentence, { wrap: true })]),
		...[sheet.balanceNote, sheet.withoutDueNote]
			.filter((n) => n !== null)
			.map((n) => across(n, { wrap: true })),
		pad([]),
		...signatureRows(sheet)
	];
}

/** Where the rows of figures start in the XLSX sheet (for readers of the file: tests, scripts). */
export const FIRST_FIGURE_ROW = 11;

/**
 * The report as an XLSX file, A4 landscape. `write-excel-file` is loaded only when exporting, so
 * it stays out of the first screen's JavaScript (ADR 7).
 */
export async function reportXlsx(sheet: ReportSheet): Promise<Blob> {
	const { default: writeXlsxFile } = await import('write-excel-file/universal');
	const data: SheetData = reportSheetRows(sheet);
	return writeXlsxFile(data, {
		sheet: 'Báo cáo',
		orientation: 'landscape',
		columns: [{ width: 5 }, { width: 38 }, ...SHEET_COLUMNS.map(() => ({ width: 10 }))]
	}).toBlob();
}

/** `bao-cao_2019-12-15_2020-12-14.xlsx` */
export function reportFileName(period: ReportPeriod, extension: 'csv' | 'xlsx'): string {
	return `bao-cao_${period.from}_${period.to}.${extension}`;
}
