import { expect, test } from '@playwright/test';
import { DossierListPage } from './support/dossier-list-page';
import { ImportPage } from './support/import-page';
import { signIn } from './support/login-page';

// This file's office starts empty (one office per file): what the list shows is imported.
test.beforeEach(async ({ page }) => {
	await signIn(page);
});

const HEADINGS =
	'Mã hồ sơ,Mã thủ tục,"Tên cá nhân, tổ chức",Hình thức nộp,Nhận hồ sơ (ngày),Hẹn trả kết quả,Nhận kết quả từ cơ quan giải quyết,Đánh giá';
const csv = (lines: string[]) => Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');

test('a malformed book shows every problem by row and column and imports nothing; the corrected one imports once', async ({
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

	// The corrected book imports whole, shows in the list marked as imported, and only once.
	const clean = csv([
		HEADINGS,
		'000.10.39.H39-200110-0001,1.001193,Nguyễn Văn An,Trực tiếp,10/01/2020 08:00,15/01/2020 08:00,14/01/2020 10:00,Rất hài lòng',
		'000.10.39.H39-200110-0002,1.001193,Trần Thị Bình,Bưu chính,10/01/2020 09:00,15/01/2020 09:00,,'
	]);
	await book.goto();
	await book.choose('so-sach.csv', clean);
	expect(await book.importAll()).toBe(
		'Đã nhập 2 hồ sơ; 0 hồ sơ đã có từ trước nên không nhập lại.'
	);
	await list.goto();
	await expect(list.count()).toHaveText('2 hồ sơ');
	await expect(list.rows().first().getByTestId('imported')).toHaveText('Nhập từ sổ');
	await book.goto();
	await book.choose('so-sach.csv', clean);
	expect(await book.importAll()).toBe(
		'Đã nhập 0 hồ sơ; 2 hồ sơ đã có từ trước nên không nhập lại.'
	);
});
