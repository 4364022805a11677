import { signIn } from './support/login-page';
import { expect, test } from '@playwright/test';
import { DossierPage } from './support/dossier-page';
import { expectPaper, PAPER, pageHas } from './support/pdf';
import { PrintPage } from './support/print-page';
import { ReceivePage } from './support/receive-page';

test.beforeEach(async ({ page }) => {
	await signIn(page);
});

test('Form 01 prints two A5 pages, Liên 1 and Liên 2, each complete, with the QR code', async ({
	page
}) => {
	const code = await new ReceivePage(page).receive('khai sinh ket hop');
	const print = new PrintPage(page);
	await print.gotoForm(code, 'giay-tiep-nhan');

	const copies = print.sheets();
	await expect(copies).toHaveCount(2);
	await expect(copies.nth(0)).toHaveAttribute('aria-label', 'Liên 1 (lưu)');
	await expect(copies.nth(1)).toHaveAttribute('aria-label', 'Liên 2 (giao người nộp)');
	await page.emulateMedia({ media: 'print' });
	for (const copy of await copies.all()) {
		for (const text of [
			'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
			'Giấy tiếp nhận hồ sơ và hẹn trả kết quả',
			`Mã hồ sơ: ${code}`,
			'Tiếp nhận hồ sơ của: NGUYỄN THỊ ÁNH',
			'Thủ tục đăng ký khai sinh kết hợp đăng ký nhận cha, mẹ, con',
			'Thành phần hồ sơ nộp gồm:',
			'Số lượng hồ sơ: 1 (bộ)',
			'Vào Sổ theo dõi hồ sơ, Quyển số:',
			'NGƯỜI TIẾP NHẬN HỒ SƠ',
			'Nguyễn Thị Lan'
		]) {
			await expect(copy).toContainText(text);
		}
		await expect(copy).toContainText(
			/Thời gian trả kết quả giải quyết hồ sơ: \d{2} giờ \d{2} phút, ngày \d{2} tháng (0[12]|[3-9]|1[0-2]) năm \d{4}/
		);
		const qr = copy.getByTestId('dossier-qr');
		await expect(qr).toHaveAttribute('src', /^data:image\/svg\+xml;/);
		expect(await qr.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
	}
	await page.emulateMedia({ media: null });

	const pdf = await print.pdf();
	expect(pdf).toHaveLength(2);
	expectPaper(pdf, PAPER.A5);
	const [first, second] = pdf;
	for (const [sheet, label] of [
		[first, 'Liên 1 (lưu)'],
		[second, 'Liên 2 (giao người nộp)']
	] as const) {
		expect(sheet && pageHas(sheet, label)).toBe(true);
		expect(sheet && pageHas(sheet, 'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ')).toBe(true);
		expect(sheet && pageHas(sheet, code)).toBe(true);
		expect(sheet && pageHas(sheet, 'Giấy tiếp nhận được lập thành 2 liên')).toBe(true);
	}
	expect(first && pageHas(first, 'Liên 2')).toBe(false);
});

test('the forms stay in Vietnamese when the screens are in English', async ({ page }) => {
	const code = await new ReceivePage(page).receive('khai sinh');
	await page.evaluate(() => localStorage.setItem('motcua.locale', 'en'));
	const print = new PrintPage(page);
	await print.gotoForm(code, 'giay-tiep-nhan');
	await expect(print.printButton()).toHaveText('Print');
	await expect(print.sheets().first()).toContainText('Giấy tiếp nhận hồ sơ và hẹn trả kết quả');
	await expect(print.sheets().first()).toContainText('Thời gian nhận hồ sơ:');
});

test('the control slip and Form 02 print on A5 with the handovers and the request', async ({
	page
}) => {
	const code = await new ReceivePage(page).receive('khai sinh ket hop');
	const dossier = new DossierPage(page);
	await dossier.goto(code);
	// The hand-over form comes pre-filled with the procedure's processing unit (issue 9.5).
	await dossier.act('Chuyển xử lý');
	await dossier.act('Yêu cầu bổ sung', {
		'Lý do': 'Thiếu giấy tờ chứng minh quan hệ cha con',
		'Các nội dung cần bổ sung (mỗi dòng một nội dung)': 'Kết quả giám định ADN'
	});

	const print = new PrintPage(page);
	await print.gotoForm(code, 'phieu-kiem-soat');
	const handover = page.getByTestId('handover-row');
	await expect(handover).toHaveCount(1);
	await expect(handover).toContainText(
		'1. Giao: Trung tâm Phục vụ hành chính công phường Lương Văn Tri'
	);
	await expect(handover).toContainText('2. Nhận: Công chức Tư pháp - Hộ tịch');
	expect(await print.printLayout()).toMatchObject({ rowsThatMayBreak: 0, headersNotRepeated: 0 });
	const slip = await print.pdf();
	expectPaper(slip, PAPER.A5);
	expect(slip.some((p) => pageHas(p, 'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ'))).toBe(true);
	expect(slip.some((p) => pageHas(p, '2. Nhận: Công chức Tư pháp - Hộ tịch'))).toBe(true);

	await page.getByRole('link', { name: 'Phiếu bổ sung hồ sơ' }).click();
	await expect(print.sheets()).toContainText('Kết quả giám định ADN');
	const request = await print.pdf();
	expect(request).toHaveLength(1);
	expectPaper(request, PAPER.A5);
	expect(request[0] && pageHas(request[0], 'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ')).toBe(true);
	expect(request[0] && pageHas(request[0], 'Thiếu giấy tờ chứng minh quan hệ cha con')).toBe(true);
});
