import { expect, type Download, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { readPdf, type PdfPage } from './pdf';

/** What the print stylesheet does to the table rows and headers of the sheets on the page. */
export interface PrintLayout {
	readonly rows: number;
	readonly rowsThatMayBreak: number;
	readonly headersNotRepeated: number;
}

/** The print preview of a dossier's form (`/ho-so/<code>/in/<form>`) and its PDF. */
export class PrintPage {
	constructor(private readonly page: Page) {}

	async gotoForm(code: string, form: string): Promise<void> {
		await this.page.goto(`/ho-so/${encodeURIComponent(code)}/in/${form}`);
		await expect(this.printButton()).toBeVisible();
	}

	printButton() {
		return this.page.getByRole('button', { name: /^(In|Print)$/ });
	}

	sheets() {
		return this.page.locator('article.sheet');
	}

	/** Prints with the print stylesheet and the sheets' page size, as "In" → "Save as PDF" does. */
	async pdf(): Promise<PdfPage[]> {
		await this.page.emulateMedia({ media: 'print' });
		const bytes = await this.page.pdf({ preferCSSPageSize: true, printBackground: true });
		await this.page.emulateMedia({ media: null });
		return readPdf(bytes);
	}

	/** Under the print stylesheet: rows that may be cut by a page break, headers that do not repeat. */
	async printLayout(): Promise<PrintLayout> {
		await this.page.emulateMedia({ media: 'print' });
		const layout = await this.page.evaluate(() => {
			const rows = [...document.querySelectorAll('article.sheet tr')];
			const heads = [...document.querySelectorAll('article.sheet thead')];
			return {
				rows: rows.length,
				rowsThatMayBreak: rows.filter((r) => getComputedStyle(r).breakInside !== 'avoid').length,
				headersNotRepeated: heads.filter(
					(h) => getComputedStyle(h).display !== 'table-header-group'
				).length
			};
		});
		await this.page.emulateMedia({ media: null });
		return layout;
	}
}

/** The tracking book (`/so-theo-doi`): range, table, print and exports. */
export class TrackingBookPage {
	readonly print: PrintPage;

	constructor(private readonly page: Page) {
		this.print = new PrintPage(page);
	}

	async goto(): Promise<void> {
		await this.page.goto('/so-theo-doi');
		await expect(this.page.getByRole('heading', { level: 1 })).toHaveText('Sổ theo dõi hồ sơ');
	}

	rows() {
		return this.page.getByTestId('book-row');
	}

	row(code: string) {
		return this.page.locator(`[data-testid="book-row"][data-code="${code}"]`);
	}

	async setRange(from: string, to: string): Promise<void> {
		await this.page.getByLabel('Từ ngày').fill(from);
		await this.page.getByLabel('Đến ngày').fill(to);
	}

	exportCsv() {
		return downloadFrom(this.page, 'Xuất CSV');
	}

	exportXlsx() {
		return downloadFrom(this.page, 'Xuất XLSX');
	}
}

/** Clicks the button named `button` and reads the file it downloads. */
export async function downloadFrom(
	page: Page,
	button: string
): Promise<{ name: string; bytes: Buffer }> {
	const [download]: [Download, void] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: button }).click()
	]);
	return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}

/** The period report (`/bao-cao`): period, rows, the sheet, charts, print and exports. */
export class ReportPage {
	readonly print: PrintPage;

	constructor(private readonly page: Page) {
		this.print = new PrintPage(page);
	}

	async goto(): Promise<void> {
		await this.page.goto('/bao-cao');
		await expect(this.page.getByRole('heading', { level: 1 })).toHaveText(
			'Báo cáo kết quả giải quyết thủ tục hành chính'
		);
	}

	sheet() {
		return this.page.getByTestId('report-sheet');
	}

	table() {
		return this.page.getByTestId('report-table');
	}

	/** The figures of the row named `label` ("Tổng cộng", a sector), columns (3) to (15). */
	async figures(label: string): Promise<string[]> {
		const row = this.table().locator('tr', {
			has: this.page.getByRole('rowheader', { name: label })
		});
		return row.locator('td.num').allInnerTexts();
	}

	async choose(preset: string): Promise<void> {
		await this.page.getByLabel('Kỳ báo cáo').selectOption({ label: preset });
	}

	async rowsBy(what: 'Lĩnh vực' | 'Thủ tục'): Promise<void> {
		await this.page.getByLabel('Số liệu theo').selectOption({ label: what });
	}

	async typeRange(from: string, to: string): Promise<void> {
		const fromField = this.page.getByLabel('Từ ngày', { exact: true });
		const toField = this.page.getByLabel('Đến ngày', { exact: true });
		await fromField.fill(from);
		await fromField.press('Enter');
		await toField.fill(to);
		await toField.press('Enter');
	}

	exportCsv() {
		return downloadFrom(this.page, 'Xuất CSV');
	}

	exportXlsx() {
		return downloadFrom(this.page, 'Xuất XLSX');
	}
}
