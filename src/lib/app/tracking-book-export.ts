/**
 * The tracking book as files that leave the desk (domain.md §5.6): CSV (UTF-8 with a byte-order
 * mark, so Excel reads Vietnamese) and XLSX. Identity numbers are masked in both (§12, personal
 * data law 91/2025/QH15); the screen and the paper book show them in full.
 */
import { maskIdNumber } from '$lib/domain/applicant';
import { TRACKING_BOOK_COLUMNS, type TrackingBookRow } from '$lib/domain/forms';
import { formatVnDate, datePart, type LocalDateTime } from '$lib/domain/time';
import type { TrackingBook, TrackingBookPart } from './tracking-book';

type ColumnKey = (typeof TRACKING_BOOK_COLUMNS)[number]['key'];

const TIME_KEYS = [
	'receivedAt',
	'dueAt',
	'transferredAt',
	'resultReceivedAt',
	'returnedAt'
] as const satisfies readonly ColumnKey[];
type TimeKey = (typeof TIME_KEYS)[number];

const isTimeKey = (key: ColumnKey): key is TimeKey =>
	(TIME_KEYS as readonly string[]).includes(key);

/** `dd/mm/yyyy HH:mm`: day first as written in Vietnam, time after so the cell sorts by day. */
export function exportDateTime(at: LocalDateTime | null): string {
	return at === null ? '' : `${formatVnDate(datePart(at))} ${at.slice(11, 16)}`;
}

/** The owner's name with the identity number masked, as exported. */
function nameWithMaskedId(row: TrackingBookRow, part: TrackingBookPart): string {
	const id = part.idNumbers[row.code] ?? '';
	return id === '' ? row.applicantName : `${row.applicantName} (${maskIdNumber(id)})`;
}

/** The text of one cell of the exported book. */
export function exportCellText(
	row: TrackingBookRow,
	key: ColumnKey,
	part: TrackingBookPart
): string {
	if (isTimeKey(key)) return exportDateTime(row[key]);
	switch (key) {
		case 'no':
		case 'sets':
			return String(row[key]);
		case 'applicantName':
			return nameWithMaskedId(row, part);
		case 'addressAndPhone': {
			const { address, phone } = row.addressAndPhone;
			return phone === null ? address : `${address}; ${phone}`;
		}
		case 'signature':
			return '';
		case 'note':
			return row.note ?? '';
		case 'code':
		case 'procedureName':
		case 'leadUnit':
			return row[key];
	}
}

function csvField(text: string): string {
	return `"${text.replaceAll('"', '""')}"`;
}

/** RFC 4180 CSV, every field quoted, CRLF line ends, UTF-8 byte-order mark first. */
export function trackingBookCsv(book: TrackingBook): string {
	const lines = [TRACKING_BOOK_COLUMNS.map((c) => csvField(c.label)).join(',')];
	for (const part of book.parts) {
		for (const row of part.form.rows) {
			lines.push(
				TRACKING_BOOK_COLUMNS.map((c) => csvField(exportCellText(row, c.key, part))).join(',')
			);
		}
	}
	return `\uFEFF${lines.join('\r\n')}\r\n`;
}

type XlsxCell =
	| { value: string; type: StringConstructor; fontWeight?: 'bold'; wrap?: boolean }
	| { value: number; type: NumberConstructor }
	| { value: Date; type: DateConstructor; format: string }
	| null;

const DATE_TIME_FORMAT = 'dd/mm/yyyy hh:mm';
const COLUMN_WIDTHS: Readonly<Record<ColumnKey, number>> = {
	no: 5,
	code: 26,
	procedureName: 36,
	sets: 8,
	applicantName: 28,
	addressAndPhone: 36,
	leadUnit: 28,
	receivedAt: 16,
	dueAt: 16,
	transferredAt: 16,
	resultReceivedAt: 16,
	returnedAt: 16,
	signature: 10,
	note: 20
};

/** The wall-clock time as a Date whose UTC fields are that time: Excel cells have no zone. */
function excelTime(at: LocalDateTime): Date {
	return new Date(`${at}Z`);
}

function xlsxCell(row: TrackingBookRow, key: ColumnKey, part: TrackingBookPart): XlsxCell {
	if (key === 'no' || key === 'sets') return { value: row[key], type: Number };
	if (isTimeKey(key)) {
		const at = row[key];
		return at === null ? null : { value: excelTime(at), type: Date, format: DATE_TIME_FORMAT };
	}
	return { value: exportCellText(row, key, part), type: String, wrap: true };
}

/** One sheet per form set (usually one): a header row, then a row per dossier. */
export function trackingBookSheets(book: TrackingBook) {
	return book.parts.map((part) => ({
		sheet: `Mẫu ${part.form.ref.number} (${part.form.ref.set})`,
		stickyRowsCount: 1,
		orientation: 'landscape' as const,
		columns: TRACKING_BOOK_COLUMNS.map((c) => ({ width: COLUMN_WIDTHS[c.key] })),
		data: [
			TRACKING_BOOK_COLUMNS.map((c): XlsxCell => ({
				value: c.label,
				type: String,
				fontWeight: 'bold',
				wrap: true
			})),
			...part.form.rows.map((row) => TRACKING_BOOK_COLUMNS.map((c) => xlsxCell(row, c.key, part)))
		]
	}));
}

/**
 * The book as an XLSX file. `write-excel-file` is loaded only when an officer exports, so it stays
 * out of the initial JavaScript; its universal build returns a Blob in browsers and in Node.
 */
export async function trackingBookXlsx(book: TrackingBook): Promise<Blob> {
	const { default: writeXlsxFile } = await import('write-excel-file/universal');
	const sheets = trackingBookSheets(book);
	if (sheets.length === 0) {
		return writeXlsxFile([TRACKING_BOOK_COLUMNS.map((c) => c.label)], {
			sheet: 'Sổ theo dõi'
		}).toBlob();
	}
	return writeXlsxFile(sheets).toBlob();
}

/** `so-theo-doi_2019-11-01_2019-11-30.csv` */
export function trackingBookFileName(book: TrackingBook, extension: 'csv' | 'xlsx'): string {
	return `so-theo-doi_${book.from}_${book.to}.${extension}`;
}
