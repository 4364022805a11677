import { expect, type Page } from '@playwright/test';

/** A chip ID card's QR payload (domain.md §12.1): id|old id|name|dob|sex|address|issued. */
export const SAMPLE_QR =
	'020190000123||NGUYỄN THỊ ÁNH|01051990|Nữ|Số 5 đường Lê Lợi, phường Lương Văn Tri, Lạng Sơn|20042021';

/** The receive form (Tiếp nhận). */
export class ReceivePage {
	constructor(private readonly page: Page) {}

	async goto(): Promise<void> {
		await this.page.goto('/tiep-nhan');
		await expect(this.page.getByTestId('receive-form')).toBeVisible();
	}

	/** Types a query (diacritics optional) and picks the first matching procedure with Enter. */
	async chooseProcedure(query: string): Promise<void> {
		const search = this.page.getByRole('combobox', { name: 'Thủ tục hành chính' });
		await search.fill(query);
		await expect(this.page.getByRole('listbox')).toBeVisible();
		await search.press('Enter');
		await expect(this.page.getByTestId('chosen-procedure')).toBeVisible();
	}

	/** Ticks every component of the chosen procedure. */
	async tickAllComponents(): Promise<void> {
		const boxes = this.page
			.getByRole('group', { name: 'Thành phần hồ sơ đã nhận' })
			.getByRole('checkbox');
		for (const box of await boxes.all()) await box.check();
	}

	/** Types a QR payload as a keyboard-wedge scanner does, ending with Enter. */
	async scanOwnerQr(payload = SAMPLE_QR): Promise<void> {
		const field = this.page.locator('#applicant-qr');
		await field.click();
		await this.page.keyboard.insertText(payload);
		await field.press('Enter');
		await expect(this.page.locator('#applicant-fullName')).not.toHaveValue('');
	}

	async submit(): Promise<void> {
		await this.page.getByRole('button', { name: 'Tiếp nhận và in giấy hẹn' }).click();
	}

	/** Receives a complete dossier and returns its code (read from the page the app opens). */
	async receive(query = 'khai sinh', payload = SAMPLE_QR): Promise<string> {
		await this.goto();
		await this.chooseProcedure(query);
		await this.tickAllComponents();
		await this.scanOwnerQr(payload);
		await this.page.locator('#applicant-phone').fill('0912345678');
		await this.submit();
		await expect(this.page).toHaveURL(/\/ho-so\/[^/]+/);
		const code = decodeURIComponent(new URL(this.page.url()).pathname.split('/')[2] ?? '');
		expect(code).toMatch(/^[0-9A-Z.]+-\d{6}-\d{4,}$/);
		return code;
	}
}
