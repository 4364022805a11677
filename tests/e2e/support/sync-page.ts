import { expect, type Page } from '@playwright/test';

/** The Đồng bộ page: state, unsent changes, "Đồng bộ ngay" and its result. */
export class SyncPage {
	constructor(private readonly page: Page) {}

	async goto(): Promise<void> {
		await this.page.goto('/dong-bo');
		await expect(this.page.getByRole('heading', { level: 1 })).toHaveText(
			'Đồng bộ với máy chủ tỉnh'
		);
	}

	state() {
		return this.page.getByTestId('sync-state');
	}

	unsent() {
		return this.page.getByTestId('sync-unsent');
	}

	/** Clicks "Đồng bộ ngay" and waits until the desk is up to date with nothing left to send. */
	async syncNow(): Promise<void> {
		await this.goto();
		await this.page.getByRole('button', { name: 'Đồng bộ ngay' }).click();
		await expect(this.page.getByTestId('sync-result')).toBeVisible({ timeout: 30_000 });
		await expect(this.state()).toHaveAttribute('data-state', 'up-to-date', { timeout: 30_000 });
		await expect(this.unsent()).toHaveText('0');
	}
}
