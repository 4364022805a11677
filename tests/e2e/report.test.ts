import { expect, test } from '@playwright/test';
import { readSheet } from 'read-excel-file/node';
import { goOffline, goOnline, waitForOfflineReady } from './support/app';
import { signIn } from './support/login-page';
import { expectPaper, PAPER, pageHas } from './support/pdf';
import { ReportPage } from './support/print-page';
import { ReceivePage } from './support/receive-page';

// This file's office holds only the dossiers this test receives (one office per file).
test.beforeEach(async ({ page }) => {
	await signIn(page);
});

test('the period report shows the national sheet with charts, offline too, prints A4 and exports the same figures', async ({
	page,
	context
}) => {
	test.setTimeout(120_000);
	const receive = new ReceivePage(page);
	await receive.receive('khai sinh');
	await receive.receive('khai sinh');

	const report = new ReportPage(page);
	await report.goto();
	await expect(report.sheet()).toContainText(
		'TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI'
	);
	await expect(report.sheet()).toContainText(/Kỳ báo cáo: Tháng \d+ năm \d{4} \(Từ ngày/);
	await expect(report.sheet()).toContainText('Đơn vị tính: Số hồ sơ TTHC');
	// Two dossiers received today, both still being handled in time: columns (3) to (15).
	const total = ['2', '0', '2', '0', '0', '0', '0', '0', '2', '2', '0', '0', '0'];
	await expect.poll(() => report.figures('Tổng cộng')).toEqual(total);
	await expect(report.table().locator('thead')).toContainText('(15)');
	await expect(page.getByTestId('report-ratings-sentence')).toHaveText(
		'Đánh giá sự hài lòng: Không có lượt đánh giá nào trong kỳ.'
	);

	// Rows by procedure, then back to sectors.
	await report.rowsBy('Thủ tục');
	await expect(report.table().locator('thead')).toContainText('Thủ tục hành chính');
	await expect(report.table().locator('tbody')).toContainText('khai sinh');
	await report.rowsBy('Lĩnh vực');
	await expect(report.table().locator('tbody')).toContainText('Hộ tịch');

	// A typed range: the end before the start builds nothing and says why.
	await report.choose('Tùy chọn khoảng ngày');
	await report.typeRange('10/01/2026', '01/01/2026');
	await expect(page.getByTestId('report-error')).toHaveText(
		'Ngày kết thúc đứng trước ngày bắt đầu: hãy sửa lại kỳ báo cáo.'
	);
	await expect(report.sheet()).toHaveCount(0);
	const today = new Date().toLocaleDateString('vi-VN', {
		timeZone: 'Asia/Ho_Chi_Minh',
		day: '2-digit',
		month: '2-digit',
		year: 'numeric'
	});
	await report.typeRange(`01/01/${today.slice(-4)}`, today);
	await expect(page.getByTestId('report-sheet-period')).toHaveText(
		`Kỳ báo cáo: Từ ngày 01/01/${today.slice(-4)} đến ngày ${today}`
	);
	await expect.poll(() => report.figures('Tổng cộng')).toEqual(total);

	// Charts, each with its figures as its text alternative, drawn on the canvas.
	const channels = page.getByTestId('chart-channels');
	await expect(channels).toHaveAttribute('aria-label', /Trực tiếp: 2/);
	await expect(page.getByTestId('chart-trend')).toHaveAttribute('aria-label', /tiếp nhận 2/);
	const painted = () =>
		channels.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
			const pixels = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data;
			return pixels ? pixels.filter((v, i) => i % 4 === 3 && v > 0).length : 0;
		});
	await expect.poll(painted).toBeGreaterThan(1000);

	// Printed: A4 landscape, the whole sheet, no row cut, the charts after it.
	expect(await report.print.printLayout()).toMatchObject({ rowsThatMayBreak: 0 });
	const pdf = await report.print.pdf();
	expectPaper(pdf, PAPER.A4_LANDSCAPE);
	expect(pdf.some((p) => pageHas(p, 'TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT'))).toBe(true);
	expect(pdf.some((p) => pageHas(p, 'THỦ TRƯỞNG ĐƠN VỊ'))).toBe(true);
	expect(pdf.some((p) => pageHas(p, 'Biểu đồ'))).toBe(true);

	// Exported: the XLSX and the CSV hold the figures of the table.
	const xlsx = await report.exportXlsx();
	expect(xlsx.name).toMatch(/^bao-cao_\d{4}-01-01_\d{4}-\d{2}-\d{2}\.xlsx$/);
	const rows = await readSheet(xlsx.bytes);
	const totalRow = rows.find((r) => r[1] === 'Tổng cộng');
	expect(totalRow?.slice(2)).toEqual(total.map(Number));
	const csv = await report.exportCsv();
	expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	expect(csv.bytes.toString('utf8')).toContain(
		`"","Tổng cộng",${total.map((v) => `"${v}"`).join(',')}`
	);

	// Offline, the report and its charts still open.
	await waitForOfflineReady(page);
	await goOffline(context);
	await report.goto();
	await expect.poll(() => report.figures('Tổng cộng')).toEqual(total);
	await expect(page.getByTestId('chart-timing')).toBeVisible();
	await expect.poll(painted).toBeGreaterThan(1000);
	await goOnline(context);
});
