import { signIn } from './support/login-page';
import { expect, test } from '@playwright/test';
import { waitForOfflineReady } from './support/app';
import { LookupPage } from './support/dossier-list-page';
import { ReceivePage } from './support/receive-page';

test('a citizen scans the receipt code and sees the status without personal data, offline too', async ({
	page,
	context
}) => {
	await signIn(page);
	const code = await new ReceivePage(page).receive();

	await page.goto('/');
	await page.getByRole('link', { name: 'Tra cứu hồ sơ cho công dân' }).click();
	const lookup = new LookupPage(page);
	await expect(lookup.code()).toBeFocused();
	await waitForOfflineReady(page);
	await context.setOffline(true);
	await page.reload();

	await lookup.scan(code.toLowerCase());
	await expect(lookup.result()).toBeVisible();
	await expect(page.getByTestId('lookup-status')).toHaveText(
		'Hồ sơ đã được tiếp nhận, đang chuyển đến nơi giải quyết.'
	);
	await expect(page.getByTestId('lookup-initials')).toHaveText('N*** T** Á**');
	await expect(page.getByTestId('lookup-due')).toHaveText(/^\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}$/);
	await expect(page.locator('main')).not.toContainText('NGUYỄN');
	await expect(page.locator('main')).not.toContainText('020190000123');

	// The next scan replaces the code in the box.
	await lookup.scan('000.10.39.H39-010101-9999');
	await expect(page.getByTestId('lookup-not-found')).toContainText('000.10.39.H39-010101-9999');
	await expect(lookup.result()).toHaveCount(0);
	await context.setOffline(false);
});
