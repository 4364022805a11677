import { describe, expect, it } from 'vitest';
import type { LocalDateTime } from '../time';
import { cellDateTime, IMPORT_COLUMNS, matchHeadings, readBook, type Cell } from './book-import';

const HEADINGS = IMPORT_COLUMNS.map((c) => c.label);
const context = {
	procedures: new Set(['1.001193', '1.004227']),
	now: '2020-12-31T17:00:00' as LocalDateTime
};
/** A row of a good book; `change` replaces cells by heading. */
function row(change: Partial<Record<(typeof HEADINGS)[number], Cell>> = {}): Cell[] {
	const base: Record<string, Cell> = {
		'Mã hồ sơ': '000.20.31.H38-200110-0001',
		'Mã thủ tục': '1.001193',
		'Tên TTHC': 'Đăng ký khai sinh',
		'Số lượng hồ sơ (bộ)': 1,
		'Tên cá nhân, tổ chức': 'Nguyễn Thị Ánh',
		'Số giấy tờ tùy thân': '020190000123',
		'Địa chỉ, số điện thoại': 'Số 5 Trần Đăng Ninh, Lạng Sơn; 0912 345 678',
		'Hình thức nộp': 'Trực tiếp',
		'Cơ quan chủ trì giải quyết': 'Công chức Tư pháp - Hộ tịch',
		'Nhận hồ sơ (ngày)': '10/01/2020 08:37',
		'Hẹn trả kết quả': '15/01/2020 08:37',
		'Chuyển hồ sơ đến cơ quan giải quyết': '10/01/2020 10:00',
		'Nhận kết quả từ cơ quan giải quyết': '14/01/2020 15:00',
		'Kết quả giải quyết': 'Giải quyết',
		'Trả kết quả cho tổ chức, cá nhân': '15/01/2020 08:00',
		'Đánh giá': 'Rất hài lòng',
		'Lý do không hài lòng': '',
		'Ghi chú': ''
	};
	return HEADINGS.map((h) => (h in change ? change[h] : base[h]));
}

describe('reading a tracking book (domain.md §5.6)', () => {
	it('reads a good row in the app’s terms', () => {
		const read = readBook([HEADINGS, row()], context);
		expect(read).toEqual({
			ok: true,
			rows: [
				{
					row: 2,
					code: '000.20.31.H38-200110-0001',
					procedureCode: '1.001193',
					sets: 1,
					applicantName: 'Nguyễn Thị Ánh',
					idNumber: '020190000123',
					address: 'Số 5 Trần Đăng Ninh, Lạng Sơn',
					phone: '0912345678',
					channel: 'direct',
					leadUnit: 'Công chức Tư pháp - Hộ tịch',
					receivedAt: '2020-01-10T08:37:00',
					dueAt: '2020-01-15T08:37:00',
					transferredAt: '2020-01-10T10:00:00',
					resultAt: '2020-01-14T15:00:00',
					outcome: 'approved',
					returnedAt: '2020-01-15T08:00:00',
					rating: 'very-satisfied',
					ratingReason: '',
					note: ''
				}
			]
		});
	});

	it('finds the columns by heading in any order, case and diacritics, and names the missing ones', () => {
		const shuffled = [
			'MA HO SO',
			'ma thu tuc',
			'Tên người nộp',
			'hình thức nộp',
			'Ngày nhận',
			'Hẹn trả'
		];
		expect(matchHeadings(shuffled).missing).toEqual([]);
		expect(
			readBook(
				[
					['Mã hồ sơ', 'Ghi chú'],
					['x', 'y']
				],
				context
			)
		).toEqual({
			ok: false,
			errors: [
				{ row: 1, column: 'procedureCode', problem: 'missing-column' },
				{ row: 1, column: 'applicantName', problem: 'missing-column' },
				{ row: 1, column: 'channel', problem: 'missing-column' },
				{ row: 1, column: 'receivedAt', problem: 'missing-column' },
				{ row: 1, column: 'dueAt', problem: 'missing-column' }
			]
		});
	});

	it('reads spreadsheet dates and typed ones', () => {
		expect(cellDateTime(new Date('2020-01-10T08:37:00Z'))).toBe('2020-01-10T08:37:00');
		expect(cellDateTime('10/01/2020')).toBe('2020-01-10T00:00:00');
		expect(cellDateTime('1/2/2020 7h05')).toBe('2020-02-01T07:05:00');
		expect(cellDateTime('31/02/2020 08:00')).toBeNull();
		expect(cellDateTime('hôm qua')).toBeNull();
		expect(cellDateTime(43840)).toBeNull();
	});

	it('names every problem by row and column, and imports nothing', () => {
		const read = readBook(
			[
				HEADINGS,
				row({ 'Mã hồ sơ': 'HS-1', 'Mã thủ tục': '9.999999' }),
				row({ 'Nhận hồ sơ (ngày)': '32/01/2020', 'Hình thức nộp': 'Fax' }),
				row({ 'Hẹn trả kết quả': '09/01/2020 08:00' }),
				row({ 'Mã hồ sơ': '000.20.31.H38-200110-0002', 'Tên cá nhân, tổ chức': ' ' }),
				row(),
				row({
					'Mã hồ sơ': '000.20.31.H38-200110-0003',
					'Nhận kết quả từ cơ quan giải quyết': '',
					'Kết quả giải quyết': '',
					'Đánh giá': ''
				}),
				row({
					'Mã hồ sơ': '000.20.31.H38-200110-0004',
					'Đánh giá': 'Không hài lòng',
					'Số lượng hồ sơ (bộ)': 'hai',
					'Trả kết quả cho tổ chức, cá nhân': '01/02/2021 08:00'
				}),
				[]
			],
			context
		);
		expect(read.ok).toBe(false);
		if (read.ok) return;
		expect(read.errors).toEqual([
			{ row: 2, column: 'code', problem: 'bad-code' },
			{ row: 2, column: 'procedureCode', problem: 'unknown-procedure' },
			{ row: 3, column: 'channel', problem: 'bad-channel' },
			{ row: 3, column: 'receivedAt', problem: 'bad-date' },
			{ row: 4, column: 'code', problem: 'duplicate-code', otherRow: 3 },
			{ row: 4, column: 'dueAt', problem: 'due-before-receipt' },
			{ row: 5, column: 'applicantName', problem: 'required' },
			{ row: 6, column: 'code', problem: 'duplicate-code', otherRow: 3 },
			{ row: 7, column: 'returnedAt', problem: 'return-without-result' },
			{ row: 8, column: 'sets', problem: 'bad-number' },
			{ row: 8, column: 'returnedAt', problem: 'in-future' },
			{ row: 8, column: 'ratingReason', problem: 'reason-required' }
		]);
	});

	it('keeps the order of a dossier’s life: hand-over and result after receipt, return after result', () => {
		const problems = (change: Parameters<typeof row>[0]) => {
			const read = readBook([HEADINGS, row(change)], context);
			return read.ok ? [] : read.errors.map((e) => `${e.column}:${e.problem}`);
		};
		expect(problems({ 'Chuyển hồ sơ đến cơ quan giải quyết': '09/01/2020 10:00' })).toEqual([
			'transferredAt:before-receipt'
		]);
		expect(problems({ 'Nhận kết quả từ cơ quan giải quyết': '10/01/2020 09:00' })).toEqual([
			'resultReceivedAt:before-transfer'
		]);
		expect(problems({ 'Trả kết quả cho tổ chức, cá nhân': '14/01/2020 14:00' })).toEqual([
			'returnedAt:before-result'
		]);
		expect(
			problems({
				'Nhận kết quả từ cơ quan giải quyết': '',
				'Trả kết quả cho tổ chức, cá nhân': '',
				'Đánh giá': 'Hài lòng'
			})
		).toEqual(['outcome:outcome-without-result', 'rating:rating-without-result']);
		expect(problems({ 'Kết quả giải quyết': 'Từ chối', 'Hình thức nộp': 'bưu chính' })).toEqual([]);
	});

	it('says an empty book is empty', () => {
		expect(readBook([HEADINGS, [], ['', null]], context)).toEqual({
			ok: false,
			errors: [{ row: 2, column: 'code', problem: 'empty-file' }]
		});
	});
});
