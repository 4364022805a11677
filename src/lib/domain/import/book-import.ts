/**
 * Reading a tracking book kept in a spreadsheet (domain.md §5.6) for an office that moves to the
 * app: the Form 06 columns, as the app's own export writes them, plus the procedure's code, the
 * channel, the outcome and the rating. Every cell is checked; a file is imported only when no row
 * has a problem, each named by its row, its column and what is wrong (ADR 28).
 */
import { parseDossierCode } from '../codes';
import type { Channel, Outcome, Rating } from '../model';
import { isLocalDateTime, parseVnDate, type LocalDateTime } from '../time';

/** The columns a file may have: what each holds, the headings it is known by, whether required. */
export const IMPORT_COLUMNS = [
	{ key: 'code', label: 'Mã hồ sơ', required: true },
	{ key: 'procedureCode', label: 'Mã thủ tục', required: true },
	{ key: 'procedureName', label: 'Tên TTHC', required: false },
	{ key: 'sets', label: 'Số lượng hồ sơ (bộ)', required: false },
	{ key: 'applicantName', label: 'Tên cá nhân, tổ chức', required: true },
	{ key: 'idNumber', label: 'Số giấy tờ tùy thân', required: false },
	{ key: 'addressAndPhone', label: 'Địa chỉ, số điện thoại', required: false },
	{ key: 'channel', label: 'Hình thức nộp', required: true },
	{ key: 'leadUnit', label: 'Cơ quan chủ trì giải quyết', required: false },
	{ key: 'receivedAt', label: 'Nhận hồ sơ (ngày)', required: true },
	{ key: 'dueAt', label: 'Hẹn trả kết quả', required: true },
	{ key: 'transferredAt', label: 'Chuyển hồ sơ đến cơ quan giải quyết', required: false },
	{ key: 'resultReceivedAt', label: 'Nhận kết quả từ cơ quan giải quyết', required: false },
	{ key: 'outcome', label: 'Kết quả giải quyết', required: false },
	{ key: 'returnedAt', label: 'Trả kết quả cho tổ chức, cá nhân', required: false },
	{ key: 'rating', label: 'Đánh giá', required: false },
	{ key: 'ratingReason', label: 'Lý do không hài lòng', required: false },
	{ key: 'note', label: 'Ghi chú', required: false }
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number]['key'];

import { IMPORT_PROBLEMS, type ImportProblem } from './problems';

export { IMPORT_PROBLEMS, type ImportProblem };

/** One problem: the row as the spreadsheet numbers it (the heading is row 1) and the column. */
export interface ImportError {
	readonly row: number;
	readonly column: ImportColumn;
	readonly problem: ImportProblem;
	/** For `duplicate-code`: the row that has the code first. */
	readonly otherRow?: number;
}

/** A row that passed every check, in the app's terms. */
export interface BookRow {
	readonly row: number;
	readonly code: string;
	readonly procedureCode: string;
	readonly sets: number;
	readonly applicantName: string;
	readonly idNumber: string;
	readonly address: string;
	readonly phone: string | null;
	readonly channel: Channel;
	readonly leadUnit: string;
	readonly receivedAt: LocalDateTime;
	readonly dueAt: LocalDateTime;
	readonly transferredAt: LocalDateTime | null;
	readonly resultAt: LocalDateTime | null;
	readonly outcome: Outcome | null;
	readonly returnedAt: LocalDateTime | null;
	readonly rating: Rating | null;
	readonly ratingReason: string;
	readonly note: string;
}

/** A cell as a spreadsheet reader gives it: text, a number, a date (wall clock in UTC fields). */
export type Cell = string | number | boolean | Date | null | undefined;

/** Lower case, no diacritics, single spaces: how headings and choices are compared. */
export function foldText(text: string): string {
	return text
		.replace(/[đĐ]/g, 'd')
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.trim();
}

/** Other headings each column is known by (older books, other systems), folded. */
const ALIASES: Partial<Record<ImportColumn, readonly string[]>> = {
	procedureName: ['ten thu tuc', 'ten thu tuc hanh chinh'],
	sets: ['so luong ho so', 'so bo'],
	applicantName: ['ten nguoi nop', 'chu ho so', 'ho ten'],
	idNumber: ['so cccd', 'cccd', 'so dinh danh'],
	addressAndPhone: ['dia chi'],
	receivedAt: ['nhan ho so', 'ngay nhan', 'ngay tiep nhan'],
	dueAt: ['hen tra', 'ngay hen tra'],
	resultReceivedAt: ['ngay co ket qua', 'nhan ket qua'],
	returnedAt: ['tra ket qua', 'ngay tra'],
	outcome: ['ket qua']
};

const CHANNELS: Readonly<Record<string, Channel>> = {
	'truc tiep': 'direct',
	'truc tuyen': 'online',
	'buu chinh': 'postal',
	'dich vu buu chinh': 'postal',
	'buu chinh cong ich': 'postal'
};
const OUTCOMES: Readonly<Record<string, Outcome>> = {
	'giai quyet': 'approved',
	'chap thuan': 'approved',
	dat: 'approved',
	'tu choi': 'refused',
	'tu choi giai quyet': 'refused',
	'khong giai quyet': 'refused'
};
const RATINGS: Readonly<Record<string, Rating>> = {
	'rat hai long': 'very-satisfied',
	'hai long': 'satisfied',
	'khong hai long': 'unsatisfied'
};

/** Which column of the file holds each known column (by its heading), and which are missing. */
export function matchHeadings(headings: readonly Cell[]): {
	readonly at: Partial<Record<ImportColumn, number>>;
	readonly missing: readonly ImportColumn[];
} {
	const folded = headings.map((h) => (typeof h === 'string' ? foldText(h) : ''));
	const at: Partial<Record<ImportColumn, number>> = {};
	for (const column of IMPORT_COLUMNS) {
		const names = [foldText(column.label), ...(ALIASES[column.key] ?? [])];
		const index = folded.findIndex((h) => names.includes(h));
		if (index !== -1) at[column.key] = index;
	}
	const missing = IMPORT_COLUMNS.filter((c) => c.required && at[c.key] === undefined).map(
		(c) => c.key
	);
	return { at, missing };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A date-time cell: a spreadsheet date, or `dd/mm/yyyy HH:mm` / `dd/mm/yyyy` (00:00) as text. */
export function cellDateTime(cell: Cell): LocalDateTime | null {
	if (cell instanceof Date) {
		if (Number.isNaN(cell.getTime())) return null;
		const at =
			`${cell.getUTCFullYear()}-${pad(cell.getUTCMonth() + 1)}-${pad(cell.getUTCDate())}` +
			`T${pad(cell.getUTCHours())}:${pad(cell.getUTCMinutes())}:00`;
		return isLocalDateTime(at) ? at : null;
	}
	if (typeof cell !== 'string') return null;
	const m = /^(\S+)(?:\s+(\d{1,2})[:hH](\d{2}))?$/.exec(cell.trim());
	const date = m ? parseVnDate(m[1] ?? '') : null;
	if (m === null || date === null) return null;
	const at = `${date}T${pad(Number(m[2] ?? 0))}:${m[3] ?? '00'}:00`;
	return isLocalDateTime(at) ? at : null;
}

const cellText = (cell: Cell): string =>
	cell === null || cell === undefined
		? ''
		: cell instanceof Date
			? cell.toISOString()
			: String(cell).trim();

/** "Số 5 Trần Đăng Ninh, Lạng Sơn; 0912345678" → the address and the phone (the export's way). */
function splitAddressAndPhone(text: string): { address: string; phone: string | null } {
	const at = text.lastIndexOf(';');
	const tail = at === -1 ? '' : text.slice(at + 1).trim();
	return /^\+?[\d .-]{8,15}$/.test(tail)
		? { address: text.slice(0, at).trim(), phone: tail.replace(/[ .-]/g, '') }
		: { address: text, phone: null };
}

export interface ImportContext {
	/** The procedure codes of the office's catalogue. */
	readonly procedures: ReadonlySet<string>;
	/** Now, Vietnam time: nothing in a book can happen later. */
	readonly now: LocalDateTime;
}

/**
 * Checks every data row of a sheet (`rows[0]` is the heading row) and returns the rows in the
 * app's terms, or every problem found. Rows left wholly empty are skipped.
 */
export function readBook(
	rows: readonly (readonly Cell[])[],
	context: ImportContext,
	onProgress?: (done: number) => void
):
	| { readonly ok: true; readonly rows: readonly BookRow[] }
	| { readonly ok: false; readonly errors: readonly ImportError[] } {
	const heading = rows[0] ?? [];
	const { at, missing } = matchHeadings(heading);
	if (missing.length > 0) {
		return {
			ok: false,
			errors: missing.map((column) => ({ row: 1, column, problem: 'missing-column' }))
		};
	}
	const errors: ImportError[] = [];
	const book: BookRow[] = [];
	const firstRowOf = new Map<string, number>();
	for (let i = 1; i < rows.length; i++) {
		if (onProgress && i % 5000 === 0) onProgress(i);
		const cells = rows[i] ?? [];
		if (cells.every((c) => cellText(c) === '')) continue;
		const row = i + 1;
		// A code met twice is named whatever else is wrong with either row.
		const code = cellText(at.code === undefined ? undefined : cells[at.code]);
		const first = code === '' ? undefined : firstRowOf.get(code);
		if (first !== undefined) {
			errors.push({ row, column: 'code', problem: 'duplicate-code', otherRow: first });
		} else if (code !== '') firstRowOf.set(code, row);
		const read = readRow(row, cells, at, context);
		if ('problems' in read) errors.push(...read.problems);
		else if (first === undefined) book.push(read.row);
	}
	onProgress?.(rows.length - 1);
	if (errors.length > 0) return { ok: false, errors };
	if (book.length === 0)
		return { ok: false, errors: [{ row: 2, column: 'code', problem: 'empty-file' }] };
	return { ok: true, rows: book };
}

function readRow(
	row: number,
	cells: readonly Cell[],
	at: Partial<Record<ImportColumn, number>>,
	context: ImportContext
): { row: BookRow } | { problems: ImportError[] } {
	const problems: ImportError[] = [];
	const fail = (column: ImportColumn, problem: ImportProblem): null => {
		problems.push({ row, column, problem });
		return null;
	};
	const raw = (column: ImportColumn): Cell => {
		const index = at[column];
		return index === undefined ? undefined : cells[index];
	};
	const text = (column: ImportColumn): string => cellText(raw(column));
	const required = (column: ImportColumn): string | null => {
		const value = text(column);
		return value === '' ? fail(column, 'required') : value;
	};
	const time = (column: ImportColumn, needed: boolean): LocalDateTime | null => {
		const cell = raw(column);
		if (cellText(cell) === '') return needed ? fail(column, 'required') : null;
		const value = cellDateTime(cell);
		if (value === null) return fail(column, 'bad-date');
		return value > context.now ? fail(column, 'in-future') : value;
	};
	const choice = <T>(
		column: ImportColumn,
		map: Readonly<Record<string, T>>,
		problem: ImportProblem
	) => {
		const value = text(column);
		if (value === '') return null;
		return map[foldText(value)] ?? fail(column, problem);
	};

	const codeText = required('code');
	const code =
		codeText === null ? null : parseDossierCode(codeText).ok ? codeText : fail('code', 'bad-code');
	const procedureText = required('procedureCode');
	const procedureCode =
		procedureText === null
			? null
			: context.procedures.has(procedureText)
				? procedureText
				: fail('procedureCode', 'unknown-procedure');
	const applicantName = required('applicantName');
	const channelText = required('channel');
	const channel =
		channelText === null
			? null
			: (CHANNELS[foldText(channelText)] ?? fail('channel', 'bad-channel'));
	const setsText = text('sets');
	const sets =
		setsText === ''
			? 1
			: /^\d{1,3}$/.test(setsText) && Number(setsText) > 0
				? Number(setsText)
				: fail('sets', 'bad-number');
	const receivedAt = time('receivedAt', true);
	const dueAt = time('dueAt', true);
	const transferredAt = time('transferredAt', false);
	const resultAt = time('resultReceivedAt', false);
	const returnedAt = time('returnedAt', false);
	const outcome = choice('outcome', OUTCOMES, 'bad-outcome');
	const rating = choice('rating', RATINGS, 'bad-rating');
	const ratingReason = text('ratingReason');

	// The times must follow the dossier's life: receipt, hand-over, result, return.
	if (receivedAt !== null) {
		if (dueAt !== null && dueAt < receivedAt) fail('dueAt', 'due-before-receipt');
		if (transferredAt !== null && transferredAt < receivedAt)
			fail('transferredAt', 'before-receipt');
		if (resultAt !== null && resultAt < receivedAt) fail('resultReceivedAt', 'before-receipt');
	}
	if (transferredAt !== null && resultAt !== null && resultAt < transferredAt) {
		fail('resultReceivedAt', 'before-transfer');
	}
	if (returnedAt !== null && resultAt === null) fail('returnedAt', 'return-without-result');
	if (returnedAt !== null && resultAt !== null && returnedAt < resultAt)
		fail('returnedAt', 'before-result');
	if (text('outcome') !== '' && text('resultReceivedAt') === '') {
		fail('outcome', 'outcome-without-result');
	}
	if (rating !== null && text('resultReceivedAt') === '') fail('rating', 'rating-without-result');
	if (rating === 'unsatisfied' && ratingReason === '') fail('ratingReason', 'reason-required');

	if (
		problems.length > 0 ||
		code === null ||
		procedureCode === null ||
		applicantName === null ||
		channel === null ||
		sets === null ||
		receivedAt === null ||
		dueAt === null
	) {
		return { problems };
	}
	const { address, phone } = splitAddressAndPhone(text('addressAndPhone'));
	return {
		row: {
			row,
			code,
			procedureCode,
			sets,
			applicantName,
			idNumber: text('idNumber'),
			address,
			phone,
			channel,
			leadUnit: text('leadUnit'),
			receivedAt,
			dueAt,
			transferredAt,
			resultAt,
			outcome: resultAt === null ? null : (outcome ?? 'approved'),
			returnedAt,
			rating,
			ratingReason,
			note: text('note')
		}
	};
}
