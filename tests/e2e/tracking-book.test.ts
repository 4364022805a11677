import { expect, test } from '@playwright/test';
import { signIn } from './support/login-page';
import { TrackingBookPage } from './support/print-page';
import { expectPaper, PAPER, pageHas } from './support/pdf';
import { ReceivePage } from './support/receive-page';

/** A chip ID card QR payload (domain.md §12.1) with a long address, so book rows are tall. */
function idCard(n: number): { payload: string; id: string; name: string; landmark: string } {
	const names = ['LÊ VĂN AN', 'TRẦN THỊ BÌNH', 'HOÀNG VĂN CƯỜNG', 'PHẠM THỊ DUNG', 'VI VĂN ĐỨC'];
	const id = `0201900001${String(n).padStart(2, '0')}`;
	const name = names[n % names.length] ?? 'LÊ VĂN AN';
	const landmark = `nhà số ${100 + n}`;
	const address = `Thôn Khòn Pát, khu ${n}, xã Mai Pha, thành phố Lạng Sơn, tỉnh Lạng Sơn, gần chợ Giếng Vuông, ${landmark}`;
	return { payload: `${id}||${name}|01051990|Nữ|${address}|20042021`, id, name, landmark };
}

// This file's office holds only the dossiers this test receives (one office per file).
test.beforeEach(async ({ page }) => {
	await signIn(page);
});

test('the tracking book prints A4 landscape, repeats its header, cuts no row and masks exports', async ({
	page
}) => {
	test.setTimeout(120_000);
	const receive = new ReceivePage(page);
	const received: { code: string; id: string; landmark: string }[] = [];
	for (let n = 1; n <= 9; n++) {
		const card = idCard(n);
		received.push({ ...card, code: await receive.receive('khai sinh', card.payload) });
	}

	await page.goto('/');
	await expect(page.getByRole('main')).toContainText(
		'Sổ theo dõi hồ sơ (Mẫu số 07) theo khoảng ngày'
	);
	const book = new TrackingBookPage(page);
	await book.goto();
	await expect(book.rows()).toHaveCount(received.length);
	const last = received.at(-1);
	if (!last) throw new Error('nothing received');
	await expect(book.row(last.code)).toContainText(last.id);

	expect(await book.print.printLayout()).toMatchObject({
		rowsThatMayBreak: 0,
		headersNotRepeated: 0
	});
	const pdf = await book.print.pdf();
	expectPaper(pdf, PAPER.A4_LANDSCAPE);
	expect(pdf.length).toBeGreaterThan(1);
	// One name per form: the home page names the book by the number it prints (issue 9.9).
	expect(pdf.some((sheet) => pageHas(sheet, 'Mẫu số 07'))).toBe(true);
	for (const sheet of pdf) {
		expect(pageHas(sheet, 'Chuyển hồ sơ đến cơ quan giải quyết')).toBe(true);
		expect(pageHas(sheet, 'Trả kết quả cho tổ chức, cá nhân')).toBe(true);
	}
	for (const { code, landmark } of received) {
		// A row cut by a page break would show its first line and its last on different pages.
		const top = pdf.findIndex((p) => pageHas(p, code));
		const bottom = pdf.findIndex((p) => pageHas(p, landmark));
		expect(top, code).toBeGreaterThanOrEqual(0);
		expect(bottom, `${code}: ${landmark}`).toBe(top);
	}

	const csv = await book.exportCsv();
	expect(csv.name).toMatch(/^so-theo-doi_\d{4}-\d{2}-01_\d{4}-\d{2}-\d{2}\.csv$/);
	expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const text = csv.bytes.toString('utf8');
	expect(text).toContain('"STT","Mã hồ sơ","Tên TTHC"');
	expect(text).toContain(`"${last.code}"`);
	expect(text).toContain(`(********${last.id.slice(-4)})`);
	expect(text).not.toContain(last.id);

	const xlsx = await book.exportXlsx();
	expect(xlsx.name).toMatch(/\.xlsx$/);
	expect(xlsx.bytes.subarray(0, 2).toString('latin1')).toBe('PK');

	// The range is typed and shown as dd/mm/yyyy whatever the browser's language (issue 9.10).
	const from = page.getByTestId('book-from');
	await expect(from).toHaveValue(/^01\/\d{2}\/\d{4}$/);
	await expect(page.getByTestId('book-to')).toHaveValue(/^\d{2}\/\d{2}\/\d{4}$/);
	await from.fill('31/02/2026');
	await from.press('Enter');
	await expect(page.getByRole('alert')).toContainText('dd/mm/yyyy');
	await expect(book.rows()).toHaveCount(received.length);
	await from.fill('01/01/2000');
	await page.getByTestId('book-to').fill('31/12/2000');
	await page.getByTestId('book-to').press('Enter');
	await expect(book.rows()).toHaveCount(0);
	await expect(page.getByRole('alert')).toHaveCount(0);
});
