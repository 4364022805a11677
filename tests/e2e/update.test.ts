import { expect, test } from '@playwright/test';
import { APP_BUILD_DIR, NEXT_BUILD_DIR, NEXT_VERSION } from './support/builds';
import { waitForOfflineReady } from './support/app';
import { startSwitchableServer, type SwitchableServer } from './support/switchable-server';

let server: SwitchableServer;

test.beforeEach(async () => {
	server = await startSwitchableServer(APP_BUILD_DIR);
});

test.afterEach(async () => {
	await server.close();
});

test('a newly deployed version is offered and the reload brings it', async ({ page }) => {
	await page.goto(`${server.url}/cai-dat`);
	await waitForOfflineReady(page);
	const version = page.getByTestId('app-version');
	await expect(version).toBeVisible();
	const before = await version.textContent();
	expect(before).not.toContain(NEXT_VERSION);

	// Deploy the second build and let the page look for it, as it does on its own every 30 minutes.
	server.serve(NEXT_BUILD_DIR);
	await page.evaluate(async () => {
		const registration = await navigator.serviceWorker.getRegistration();
		await registration?.update();
	});

	const prompt = page.getByTestId('update-prompt');
	await expect(prompt).toContainText('Đã có phiên bản mới');
	// Nothing reloads until the officer says so.
	await expect(version).toHaveText(before ?? '');

	await prompt.getByRole('button', { name: 'Tải lại' }).click();
	await expect(version).toHaveText(`Phiên bản ${NEXT_VERSION}`);
	await expect(prompt).toBeHidden();
});
