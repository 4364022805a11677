import { expect, type Page } from '@playwright/test';

/** The import page (`/nhap-so`): choose a book file, read its problems or import it. */
export class ImportPage {
	constructor(private readonly page: Page) {}

	async goto(): Promise<void> {
		await this.page.goto('/nhap-so');
		await expect(this.page.getByRole('heading', { level: 1 })).toHaveText(
			'Nhập sổ theo dõi hồ sơ từ tệp'
		);
	}

	async choose(name: string, buffer: Buffer): Promise<void> {
		const mimeType = name.endsWith('.csv')
			? 'text/csv'
			: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
		await this.page.getByTestId('import-file').setInputFiles({ name, mimeType, buffer });
	}

	/** The problems listed, as "row | column | problem". */
	async problems(): Promise<string[]> {
		await expect(this.page.getByTestId('import-errors')).toBeVisible({ timeout: 120_000 });
		const rows = this.page.getByTestId('import-error');
		return rows.evaluateAll((trs) =>
			trs.map((tr) =>
				[...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '').join(' | ')
			)
		);
	}

	/** Waits for the file to be checked clean, then imports it and waits until it is done. */
	async importAll(timeout = 60_000): Promise<string> {
		await expect(this.page.getByTestId('import-ready')).toBeVisible({ timeout });
		await this.page.getByRole('button', { name: /^Nhập [\d.]+ hồ sơ$/ }).click();
		const done = this.page.getByTestId('import-done');
		await expect(done).toBeVisible({ timeout });
		return (await done.textContent()) ?? '';
	}
}
