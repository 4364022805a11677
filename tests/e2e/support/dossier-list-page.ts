import { expect, type Page } from '@playwright/test';

/** The Hồ sơ page: search box, filters, count and the virtualised rows. */
export class DossierListPage {
	constructor(private readonly page: Page) {}

	async goto(query = ''): Promise<void> {
		await this.page.goto(`/ho-so${query}`);
		await expect(this.page.getByRole('heading', { level: 1 })).toHaveText('Hồ sơ');
	}

	search() {
		return this.page.getByRole('searchbox', { name: 'Tìm hồ sơ' });
	}

	count() {
		return this.page.getByTestId('dossier-count');
	}

	rows() {
		return this.page.getByTestId('dossier-row');
	}

	row(code: string) {
		return this.rows().filter({ hasText: code });
	}

	/** Types as an officer does (the list follows after a short pause). */
	async type(text: string): Promise<void> {
		await this.search().fill(text);
	}

	async filter(label: 'Trạng thái' | 'Thời hạn' | 'Thủ tục', option: string): Promise<void> {
		await this.page.getByRole('combobox', { name: label }).selectOption({ label: option });
	}
}

/** The citizens' lookup kiosk (Tra cứu). */
export class LookupPage {
	constructor(private readonly page: Page) {}

	async goto(): Promise<void> {
		await this.page.goto('/tra-cuu');
		await expect(this.page.getByRole('heading', { level: 1 })).toHaveText('Tra cứu hồ sơ');
	}

	code() {
		return this.page.getByLabel('Mã hồ sơ');
	}

	/** Types the code as a keyboard-wedge scanner does: fast, then Enter. */
	async scan(code: string): Promise<void> {
		await this.code().click();
		await this.page.keyboard.insertText(code);
		await this.page.keyboard.press('Enter');
	}

	result() {
		return this.page.getByTestId('lookup-result');
	}
}
