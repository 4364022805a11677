import { expect, test } from '@playwright/test';
import { signIn } from './support/login-page';
import { SyncPage } from './support/sync-page';

test('a laptop clock 10 minutes slow is flagged on every page after a sync', async ({ page }) => {
	// The page's clock runs 10 minutes behind the server's `Date`.
	await page.clock.install({ time: Date.now() - 10 * 60 * 1000 });
	await signIn(page);
	await new SyncPage(page).syncNow();
	await expect(page.getByTestId('clock-warning')).toContainText('lệch 10 phút');
	await page.goto('/tiep-nhan');
	await expect(page.getByTestId('clock-banner')).toContainText(
		'Đồng hồ của máy này lệch 10 phút so với máy chủ.'
	);
});
