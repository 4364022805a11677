import { expect, test } from '@playwright/test';
import { waitForOfflineReady } from './support/app';

test('the web app manifest makes the app installable', async ({ page }) => {
	await page.goto('/');
	await waitForOfflineReady(page);
	const cdp = await page.context().newCDPSession(page);
	const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
	const blocking = installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito');
	expect(blocking).toEqual([]);

	const { url, data } = await cdp.send('Page.getAppManifest');
	expect(url).toMatch(/\/manifest\.webmanifest$/);
	const manifest = JSON.parse(data ?? '{}') as {
		name: string;
		display: string;
		icons: { sizes: string; purpose?: string }[];
	};
	expect(manifest.name).toBe('Một cửa');
	expect(manifest.display).toBe('standalone');
	expect(manifest.icons.map((i) => i.sizes)).toEqual(
		expect.arrayContaining(['192x192', '512x512'])
	);
	expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
});
