import { describe, expect, it } from 'vitest';
import { buildTrackingBookForm, TRACKING_BOOK_COLUMNS } from '$lib/domain/forms';
import { desk, makeDossier2018, office } from '$lib/domain/forms/test-fixtures';
import { isoDate, localDateTime } from '$lib/domain/time';
import type { TrackingBook } from './tracking-book';
import { parseCsv, unzip } from './export-test-support';
import { trackingBookCsv, trackingBookFileName, trackingBookXlsx } from './tracking-book-export';

function sampleBook(): TrackingBook {
	const quoted = makeDossier2018({
		code: '000.20.31.H38-201120-0012',
		applicant: {
			...makeDossier2018().applicant,
			fullName: 'Lê Văn "Tư"',
			address: 'Thôn Nà Chuông, xã Mai Pha & <Bản>,\nLạng Sơn'
		},
		receivedAt: localDateTime('2020-11-20T09:05')
	});
	const built = buildTrackingBookForm({
		office,
		desk,
		date: isoDate('2020-11-30'),
		ruleVersion: 'nd61-2018',
		entries: [
			{
				dossier: makeDossier2018(),
				leadUnit: 'Công chức Tư pháp - Hộ tịch',
				transferredAt: localDateTime('2020-11-20T10:00')
			},
			{ dossier: quoted, leadUnit: 'Công chức Tư pháp - Hộ tịch' }
		]
	});
	if (!built.ok) throw new Error(built.error);
	const idNumbers = { [makeDossier2018().code]: '020190012345', [quoted.code]: '' };
	return {
		from: isoDate('2020-11-01'),
		to: isoDate('2020-11-30'),
		parts: [{ form: built.form, idNumbers }],
		skipped: []
	};
}

describe('tracking book exports, domain.md §5.6 and §12', () => {
	it('writes CSV in UTF-8 with a byte-order mark, every field quoted, identity numbers masked', () => {
		const csv = trackingBookCsv(sampleBook());
		expect(csv.startsWith('\uFEFF"STT","Mã hồ sơ","Tên TTHC"')).toBe(true);
		const rows = parseCsv(csv.slice(1));
		expect(rows[0]).toEqual(TRACKING_BOOK_COLUMNS.map((c) => c.label));
		expect(rows).toHaveLength(3);
		const [, first, second] = rows;
		expect(first).toEqual([
			'1',
			'000.20.31.H38-201120-0011',
			'Đăng ký khai sinh',
			'1',
			'Nguyễn Thị Ánh (********2345)',
			'Số 5 Trần Đăng Ninh, Lạng Sơn; 0912345678',
			'Công chức Tư pháp - Hộ tịch',
			'20/11/2020 08:37',
			'25/11/2020 08:37',
			'20/11/2020 10:00',
			'',
			'',
			'',
			''
		]);
		expect(second?.[4]).toBe('Lê Văn "Tư"');
		expect(second?.[5]).toBe('Thôn Nà Chuông, xã Mai Pha & <Bản>,\nLạng Sơn; 0912345678');
		expect(csv).not.toContain('020190012345');
		expect(trackingBookFileName(sampleBook(), 'csv')).toBe('so-theo-doi_2020-11-01_2020-11-30.csv');
	});

	it('writes an XLSX sheet with the Vietnamese text, dates as dates and masked numbers', async () => {
		const blob = await trackingBookXlsx(sampleBook());
		expect(blob.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
		const files = unzip(new Uint8Array(await blob.arrayBuffer()));
		expect(files.get('xl/workbook.xml')).toContain('name="Mẫu 06 (2018)"');
		const text = [...files.entries()]
			.filter(([name]) => name.startsWith('xl/'))
			.map(([, content]) => content)
			.join('\n');
		for (const expected of [
			'Tên cá nhân, tổ chức',
			'Nguyễn Thị Ánh (********2345)',
			'Lê Văn "Tư"',
			'xã Mai Pha &amp; &lt;Bản&gt;',
			'Công chức Tư pháp - Hộ tịch'
		]) {
			expect(text).toContain(expected);
		}
		expect(text).not.toContain('020190012345');
		// 20/11/2020 08:37 as an Excel serial day number (days since 1899-12-30).
		const serial = (Date.UTC(2020, 10, 20, 8, 37) - Date.UTC(1899, 11, 30)) / 86_400_000;
		expect(files.get('xl/worksheets/sheet1.xml')).toContain(`<v>${serial}</v>`);
	});

	it('writes an XLSX with the header only when the range has no dossier', async () => {
		const empty: TrackingBook = { ...sampleBook(), parts: [] };
		const files = unzip(new Uint8Array(await (await trackingBookXlsx(empty)).arrayBuffer()));
		expect(files.get('xl/workbook.xml')).toContain('name="Sổ theo dõi"');
		expect(trackingBookCsv(empty).split('\r\n')).toHaveLength(2);
	});
});
