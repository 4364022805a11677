import { expect } from '@playwright/test';
import { readSheet } from 'read-excel-file/node';
import { seedBookXlsx } from '../../scripts/seed-book.js';
import { goOffline, goOnline, waitForOfflineReady } from './support/app';
import { DossierListPage } from './support/dossier-list-page';
import { testOnDisk as test } from './support/disk-profile';
import { ImportPage } from './support/import-page';
import { signIn } from './support/login-page';
import { ReportPage } from './support/print-page';

// This file's office starts empty (one office per file): what the list and report show is imported.
// A profile on disk, as on a desk laptop: a test context's in-memory IndexedDB slows down as it
// fills (support/disk-profile.ts), and a year is some 100,000 documents.
test.beforeEach(async ({ page }) => {
	await signIn(page);
});

const HEADINGS =
	'Mã hồ sơ,Mã thủ tục,"Tên cá nhân, tổ chức",Hình thức nộp,Nhận hồ sơ (ngày),Hẹn trả kết quả,Nhận kết quả từ cơ quan giải quyết,Đánh giá';
const csv = (lines: string[]) => Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');

test('a malformed book shows every problem by row and column and imports nothing', async ({
	page
}) => {
	const book = new ImportPage(page);
	await book.goto();
	// Two required columns missing: named on the heading row.
	await book.choose('thieu-cot.csv', csv(['Mã hồ sơ,Mã thủ tục,Nhận hồ sơ (ngày)', 'x,y,z']));
	expect(await book.problems()).toEqual([
		'1 | Tên cá nhân, tổ chức | Thiếu cột này trong dòng tiêu đề',
		'1 | Hình thức nộp | Thiếu cột này trong dòng tiêu đề',
		'1 | Hẹn trả kết quả | Thiếu cột này trong dòng tiêu đề'
	]);

	await book.choose(
		'so-loi.csv',
		csv([
			HEADINGS,
			'000.10.39.H39-200110-0001,1.001193,Nguyễn Văn An,Trực tiếp,10/01/2020 08:00,15/01/2020 08:00,14/01/2020 10:00,Rất hài lòng',
			'000.10.39.H39-200110-0002,9.999999,Trần Thị Bình,Trực tiếp,32/01/2020 08:00,15/01/2020 08:00,,',
			'000.10.39.H39-200110-0001,1.001193,Lê Văn Cường,Trực tiếp,10/01/2020 08:00,15/01/2020 08:00,,',
			'000.10.39.H39-200110-0003,1.001193,Hoàng Thị Dung,Trực tiếp,10/01/2020 08:00,09/01/2020 08:00,,Hài lòng'
		])
	);
	expect(await book.problems()).toEqual([
		'3 | Mã thủ tục | Mã thủ tục không có trong danh mục thủ tục của cơ quan',
		'3 | Nhận hồ sơ (ngày) | Ngày giờ không đọc được (cần dd/mm/yyyy HH:mm)',
		'4 | Mã hồ sơ | Mã hồ sơ bị trùng (trùng với dòng 2)',
		'5 | Hẹn trả kết quả | Hẹn trả trước ngày nhận hồ sơ',
		'5 | Đánh giá | Có đánh giá nhưng hồ sơ chưa có kết quả'
	]);
	await expect(page.getByTestId('import-error-count')).toHaveText(
		'Tệp so-loi.csv có 5 lỗi; chưa nhập hồ sơ nào. Hãy sửa tệp rồi chọn lại.'
	);
	await expect(page.getByRole('button', { name: /^Nhập .* hồ sơ$/ })).toHaveCount(0);
	const list = new DossierListPage(page);
	await list.goto();
	await expect(list.count()).toHaveText('0 hồ sơ');
});

test('the seed year imported from its tracking book gives the published shares, in the report and its XLSX; a second import adds nothing', async ({
	page,
	context
}) => {
	test.setTimeout(900_000);
	// Offline: the book stays on this laptop only, as it is before the day-end sync.
	await waitForOfflineReady(page);
	await goOffline(context);
	// The counts need receipt, due, result and rating: no hand-over or return times (half the documents).
	const file = await seedBookXlsx({ handovers: false });
	const book = new ImportPage(page);
	await book.goto();
	await book.choose('so-theo-doi-2020.xlsx', file);
	expect(await book.importAll(300_000)).toBe(
		'Đã nhập 47.540 hồ sơ; 0 hồ sơ đã có từ trước nên không nhập lại.'
	);

	const report = new ReportPage(page);
	await report.goto();
	await report.choose('Tùy chọn khoảng ngày');
	await report.typeRange('01/01/2020', '31/12/2020');
	// The projector folds the imported year in the background; the report follows it.
	// Columns (3), (7)–(10) and (11): received, resolved early / on time / late, still pending.
	await expect
		.poll(
			async () => {
				const figures = await report.figures('Tổng cộng');
				return [figures[0], ...figures.slice(4, 9)];
			},
			{ timeout: 300_000, intervals: [2_000] }
		)
		.toEqual(['47.540', '46.528', '16.787', '29.674', '67', '1.012']);
	await expect(page.getByTestId('report-shares-sentence')).toHaveText(
		'Tỷ lệ giải quyết trên 46.528 hồ sơ đã giải quyết: trước hạn 36,08 %; đúng hạn 63,78 %; quá hạn 0,14 %.'
	);
	await expect(page.getByTestId('report-ratings')).toHaveText(
		'Đánh giá sự hài lòng: 8.452 lượt đánh giá: rất hài lòng 8.080 (95,60 %), hài lòng 371 (4,39 %), không hài lòng 1 (0,01 %).'
	);
	const xlsx = await report.exportXlsx();
	const rows = await readSheet(xlsx.bytes);
	const total = rows.find((r) => r[1] === 'Tổng cộng');
	expect(total?.[2]).toBe(47_540);
	expect(total?.slice(6, 10)).toEqual([46_528, 16_787, 29_674, 67]);
	const shares = rows[rows.indexOf(total!) + 1];
	expect(shares?.slice(7, 10)).toEqual([36.08, 63.78, 0.14]);
	expect(rows.flat()).toContain(
		'Đánh giá sự hài lòng: 8.452 lượt đánh giá: rất hài lòng 8.080 (95,60 %), hài lòng 371 (4,39 %), không hài lòng 1 (0,01 %)'
	);

	// The list shows them, marked as imported.
	const list = new DossierListPage(page);
	await list.goto();
	await expect(list.count()).toHaveText('47.540 hồ sơ', { timeout: 60_000 });
	await expect(list.rows().first().getByTestId('imported')).toHaveText('Nhập từ sổ');

	// The same file again adds nothing.
	await book.goto();
	await book.choose('so-theo-doi-2020.xlsx', file);
	expect(await book.importAll(300_000)).toBe(
		'Đã nhập 0 hồ sơ; 47.540 hồ sơ đã có từ trước nên không nhập lại.'
	);
	await goOnline(context);
});
