import { expect, type Page } from '@playwright/test';

/** Waits until the service worker is active and controls the page: the app opens offline from now on. */
export async function waitForOfflineReady(page: Page): Promise<void> {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (navigator.serviceWorker.controller) return;
		await new Promise((done) =>
			navigator.serviceWorker.addEventListener('controllerchange', done, { once: true })
		);
	});
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
