import { expect } from '@playwright/test';
import { DossierListPage } from './support/dossier-list-page';
import { testOnDisk as test } from './support/disk-profile';
import { signIn } from './support/login-page';
import { HOSTILE_NAMES, seedReadModel } from './support/seed-read-model';

// This file's office starts empty (one office per file), so the seeded rows are all there is.
test.beforeEach(async ({ page }) => {
	await signIn(page);
});

// Tagged @local: after the login it reads the laptop's read model alone (.ci/run's cluster pass
// leaves it out).
test(
	'a list of 50,000 dossiers renders only the rows in view, hostile names stay text',
	{ tag: '@local' },
	async ({ page }) => {
		const list = new DossierListPage(page);
		await list.goto();
		await expect(list.count()).toHaveText('0 hồ sơ');
		await seedReadModel(page, 50_000);
		await list.goto();
		await expect(list.count()).toHaveText('50.000 hồ sơ', { timeout: 30_000 });
		const rendered = await list.rows().count();
		expect(rendered).toBeGreaterThan(3);
		expect(rendered).toBeLessThan(60);

		// Hostile names: shown as text, no element made of them, the row keeps its width.
		const wide = page.getByTestId('dossier-row').filter({ hasText: 'Rất-Dài-Rất-Dài' });
		await list.type('rat dai');
		await expect(wide).toHaveCount(1);
		const box = await wide.evaluate((el) => [el.scrollWidth, el.clientWidth]);
		expect(box[0]).toBeLessThanOrEqual(box[1]! + 1);
		await list.type('img onerror');
		await expect(list.rows().first()).toContainText(HOSTILE_NAMES[0]!);
		expect(await page.locator('main img').count()).toBe(0);
		expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
		await list.type('doc');
		await expect(list.rows().first().locator('bdi').first()).toHaveText(HOSTILE_NAMES[1]!);

		// Scroll to the end with the keyboard; a common name narrows 50,000 rows at once.
		await list.type('');
		await expect(list.count()).toHaveText('50.000 hồ sơ');
		await list.search().press('ArrowDown');
		await page.keyboard.press('End');
		await expect(page.locator('[data-index="49999"]')).toBeFocused();
		expect(await list.rows().count()).toBeLessThan(60);
		await list.type('nguyen van an');
		await expect(list.count()).not.toHaveText('50.000 hồ sơ');
		await expect(list.rows().first()).toContainText(/Nguyễn Văn (Anh|Ánh)/);
	}
);
