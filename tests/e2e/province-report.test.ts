import { expect, test } from '@playwright/test';
import { DossierPage } from './support/dossier-page';
import { PROVINCE_SUPERVISOR } from './support/e2e-province';
import { officer, signIn } from './support/login-page';
import { downloadFrom, ReportPage } from './support/print-page';
import { expectPaper, PAPER, pageHas } from './support/pdf';
import { ReceivePage } from './support/receive-page';
import { SyncPage } from './support/sync-page';

/**
 * Issue 10 item 1 for the province (ADR 32): an office's supervisor submits the period report,
 * and the province reads every office's submission in the national layout, by office and by
 * sector, on paper and in its files. This file's office starts empty (one office per file).
 */
test('a supervisor submits the office’s report, and the province sheet sums the submissions', async ({
	browser
}) => {
	test.setTimeout(180_000);
	// A desk officer receives two dossiers and records the result of one, then sends them.
	const desk = await browser.newContext();
	const deskPage = await desk.newPage();
	await signIn(deskPage);
	await new ReceivePage(deskPage).receive('khai sinh ket hop');
	await DossierPage.withResultReady(deskPage);
	// A desk officer reads the report but does not submit it.
	await new ReportPage(deskPage).goto();
	await expect(deskPage.getByTestId('report-submit')).toContainText(
		'Chỉ giám sát hoặc lãnh đạo đơn vị được nộp báo cáo lên tỉnh.'
	);
	await expect(deskPage.getByTestId('report-submit-button')).toHaveCount(0);
	await new SyncPage(deskPage).syncNow();
	await desk.close();

	// The supervisor's laptop brings the office's dossiers, and the supervisor submits.
	const office = await browser.newContext();
	const officePage = await office.newPage();
	await signIn(officePage, officer('supervisor'));
	await new SyncPage(officePage).syncNow();
	const report = new ReportPage(officePage);
	await report.goto();
	// Columns (3) to (15): two received today; one resolved (7), one still in hand (11).
	const figures = async (r: ReportPage) => {
		const all = await r.figures('Tổng cộng');
		return [all[0], all[4], all[8]];
	};
	await expect.poll(() => figures(report), { timeout: 30_000 }).toEqual(['2', '1', '1']);
	const officeTotal = await report.figures('Tổng cộng');
	await expect(officePage.getByTestId('report-submit')).toContainText(
		'Báo cáo kỳ này chưa được nộp.'
	);
	await officePage.getByRole('button', { name: 'Nộp báo cáo lên tỉnh' }).click();
	await expect(officePage.getByTestId('report-submitted')).toContainText('Lương Thị Hoa');
	await expect(
		officePage.getByRole('button', { name: 'Nộp lại với số liệu hiện tại' })
	).toBeVisible();
	await new SyncPage(officePage).syncNow();
	await office.close();

	// The province reads the submission: the current reporting month, rows by office.
	const province = await browser.newContext();
	const page = await province.newPage();
	await signIn(page, PROVINCE_SUPERVISOR);
	await page.goto('/toan-tinh');
	await page.getByTestId('province-report-link').click();
	// The page's script comes from the embedded server, which may still be building the views the
	// Toàn tỉnh page asked for (an office of 20,000 documents in this suite): allow it the time.
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Báo cáo tổng hợp các đơn vị', {
		timeout: 30_000
	});
	const month = page.getByTestId('province-report-month');
	const current = await month.locator('option').nth(1).getAttribute('value');
	await month.selectOption(current ?? '');
	await expect(page.getByTestId('province-report-submitted')).toContainText('Đã nộp: 1/', {
		timeout: 60_000
	});
	const sheet = new ReportPage(page);
	await expect(sheet.sheet()).toContainText(
		'TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI CÁC ĐƠN VỊ TRONG TỈNH'
	);
	await expect(sheet.sheet()).toContainText('tổng hợp từ báo cáo của 1/');
	await expect(sheet.sheet()).toContainText(/Kỳ báo cáo: Tháng \d+ năm \d{4} \(Từ ngày/);
	// The office's row and the province's total are the figures the office submitted.
	expect(await sheet.figures('Trung tâm Phục vụ hành chính công phường Lương Văn Tri')).toEqual(
		officeTotal
	);
	expect(await sheet.figures('Tổng cộng')).toEqual(officeTotal);
	// Once every office has answered, the page names those that have not submitted.
	await expect(page.getByTestId('province-report-missing')).toContainText(
		'đơn vị chưa nộp báo cáo kỳ này',
		{ timeout: 60_000 }
	);
	await page
		.getByTestId('province-report-who')
		.evaluate((el) => el.closest('details')?.setAttribute('open', ''));
	await expect(page.getByTestId('province-report-who')).toContainText('Lương Thị Hoa');

	// Printed: A4 landscape, the sheet alone (the controls and the lists stay on screen).
	const pdf = await sheet.print.pdf();
	expectPaper(pdf, PAPER.A4_LANDSCAPE);
	expect(pdf.some((p) => pageHas(p, 'CÁC ĐƠN VỊ TRONG TỈNH'))).toBe(true);
	expect(pdf.some((p) => pageHas(p, 'THỦ TRƯỞNG ĐƠN VỊ'))).toBe(true);
	expect(pdf.some((p) => pageHas(p, 'chưa nộp báo cáo'))).toBe(false);

	// By sector: the births of every office that submitted.
	await page.getByTestId('province-report-rows').selectOption({ label: 'Theo lĩnh vực' });
	await expect(sheet.table().locator('thead')).toContainText('Lĩnh vực giải quyết');
	expect(await sheet.figures('Tổng cộng')).toEqual(officeTotal);

	// The files carry the same figures.
	const csv = (await downloadFrom(page, 'Xuất CSV')).bytes.toString('utf8');
	expect(csv).toContain('CÁC ĐƠN VỊ TRONG TỈNH');
	expect(csv).toContain('Tổng cộng');
	await province.close();
});
