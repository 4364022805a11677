import { expect, type BrowserContext, type CDPSession, type Page } from '@playwright/test';

/**
 * Waits until the service worker is active and controls the page: the app opens offline from now
 * on. The worker claims open pages when it activates (`clientsClaim`); once in a CI run out of
 * about fifty, Chromium left a page that was loading during the activation unclaimed for a whole
 * minute, while a page loaded afterwards is controlled. After 15 s without control the page is
 * loaded again, as an officer would (at most twice).
 */
export async function waitForOfflineReady(page: Page): Promise<void> {
	for (let attempt = 0; attempt < 3; attempt += 1) {
		const controlled = await page.evaluate(async () => {
			await navigator.serviceWorker.ready;
			if (navigator.serviceWorker.controller) return true;
			return new Promise<boolean>((done) => {
				navigator.serviceWorker.addEventListener('controllerchange', () => done(true), {
					once: true
				});
				setTimeout(() => done(navigator.serviceWorker.controller !== null), 15_000);
			});
		});
		if (controlled) return;
		await page.reload();
	}
	throw new Error('The service worker never took control of the page');
}

const offlinePages = new WeakMap<Page, { cdp: CDPSession; reapply: () => void }>();

function conditions(offline: boolean) {
	return { offline, latency: 0, downloadThroughput: -1, uploadThroughput: -1 };
}

/**
 * Takes the laptop off the network. Some Chromium builds (Debian's 150 with Playwright 1.65) lose
 * the context's offline emulation in each new document of a page, where `navigator.onLine` reads
 * true again although every request fails: the emulation is applied again to each page after each
 * navigation, as a real laptop without a network would report it.
 */
export async function goOffline(context: BrowserContext): Promise<void> {
	await context.setOffline(true);
	for (const page of context.pages()) {
		const cdp = await context.newCDPSession(page);
		const reapply = (): void => {
			void cdp.send('Network.emulateNetworkConditions', conditions(true)).catch(() => undefined);
		};
		page.on('load', reapply);
		offlinePages.set(page, { cdp, reapply });
		reapply();
	}
}

/** Brings the laptop back on the network (undoes `goOffline`). */
export async function goOnline(context: BrowserContext): Promise<void> {
	for (const page of context.pages()) {
		const held = offlinePages.get(page);
		if (held === undefined) continue;
		page.off('load', held.reapply);
		await held.cdp
			.send('Network.emulateNetworkConditions', conditions(false))
			.catch(() => undefined);
		await held.cdp.detach().catch(() => undefined);
		offlinePages.delete(page);
	}
	await context.setOffline(false);
}

/** The page model of the app shell: header, navigation, connectivity. */
export class AppShell {
	constructor(private readonly page: Page) {}

	nav() {
		return this.page.getByRole('navigation');
	}

	navLink(name: string) {
		return this.nav().getByRole('link', { name, exact: true });
	}

	connectivity() {
		return this.page.getByTestId('connectivity');
	}

	async expectLoaded(): Promise<void> {
		await expect(this.nav()).toBeVisible();
	}
}
