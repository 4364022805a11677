import { chromium, test, type BrowserContext } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, chromiumPath } from './chromium';

/**
 * A browser whose profile (and IndexedDB) lives in `dir`, as on a desk laptop. Playwright's own
 * contexts keep IndexedDB in memory, where Chromium 150 takes longer for every write the larger a
 * store grows (5,000 puts: 0.4 s into an empty store, 1.0 s into one of 25,000; on disk 0.4–0.5 s
 * throughout), so tests at scale run on disk.
 */
export function launchOnDisk(dir: string, baseURL: string): Promise<BrowserContext> {
	return chromium.launchPersistentContext(dir, {
		executablePath: chromiumPath,
		args: chromiumArgs,
		headless: true,
		baseURL,
		locale: 'vi-VN',
		timezoneId: 'Asia/Ho_Chi_Minh'
	});
}

/** `test` whose `page` belongs to a fresh profile on disk, removed after the test. */
export const testOnDisk = test.extend({
	page: async ({ baseURL }, use) => {
		const dir = mkdtempSync(join(tmpdir(), 'motcua-e2e-'));
		const context = await launchOnDisk(dir, baseURL ?? '');
		try {
			await use(context.pages()[0] ?? (await context.newPage()));
		} finally {
			await context.close();
			rmSync(dir, { recursive: true, force: true });
		}
	}
});
