import { expect, test } from '@playwright/test';
import { AppShell, goOffline, waitForOfflineReady } from './support/app';
import { signIn } from './support/login-page';

test('after one online visit the app and its deep links open offline', async ({
	page,
	context
}) => {
	await signIn(page);
	await new AppShell(page).expectLoaded();
	await waitForOfflineReady(page);

	await goOffline(context);
	const reloaded = await page.reload();
	expect(reloaded?.fromServiceWorker()).toBe(true);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bàn làm việc');
	await expect(new AppShell(page).connectivity()).toHaveText('Ngoại tuyến');

	const deepLink = await page.goto('/cai-dat');
	expect(deepLink?.fromServiceWorker()).toBe(true);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cài đặt');

	// A path the app does not know still opens the app (its own "not found" page), not a browser error.
	await page.goto('/khong-co/trang-nay');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy trang này.');
});
