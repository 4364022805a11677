import { expect, test } from '@playwright/test';
import { waitForOfflineReady } from './support/app';
import { officeIdOf, PROVINCE_SUPERVISOR, stemOf } from './support/e2e-province';
import { signIn } from './support/login-page';
import { DossierPage } from './support/dossier-page';
import { ReceivePage } from './support/receive-page';
import { SyncPage } from './support/sync-page';

test('the province supervisor reads every office’s counts from the server, not its dossiers', async ({
	browser
}) => {
	test.setTimeout(180_000);
	// A desk of this file's office receives two dossiers, records the result of one (days before
	// it is due: early) and its rating, and sends them.
	const desk = await browser.newContext();
	const deskPage = await desk.newPage();
	await signIn(deskPage);
	const { dossier } = await DossierPage.withResultReady(deskPage);
	await dossier.rate('Rất hài lòng');
	await new ReceivePage(deskPage).receive('khai sinh ket hop');
	await new SyncPage(deskPage).syncNow();
	await desk.close();

	const province = await browser.newContext();
	const page = await province.newPage();
	await signIn(page, PROVINCE_SUPERVISOR);
	await expect(page.getByTestId('officer-name')).toContainText('cấp tỉnh');
	// No desk on a province laptop: desk pages say so, the nav offers the province view.
	const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
	await expect(nav.getByRole('link', { name: 'Tiếp nhận' })).toHaveCount(0);
	await nav.getByRole('link', { name: 'Toàn tỉnh' }).click();
	// The table is there as soon as the office list is read; each office fills its row when the
	// server answers for it (an office the server is still indexing holds back only its own row).
	const table = page.getByTestId('province-table');
	await expect(table).toBeVisible();
	const today = new Date().toLocaleDateString('vi-VN', {
		timeZone: 'Asia/Ho_Chi_Minh',
		day: '2-digit',
		month: '2-digit',
		year: 'numeric'
	});
	await page.getByTestId('province-from').fill(today);
	await page.getByTestId('province-to').fill(today);
	await page.getByRole('button', { name: 'Xem số liệu' }).click();
	await expect(page.getByTestId('province-period')).toContainText(today);
	// Every office of the province has its row (one per end-to-end test file), and the total.
	await expect(table.locator('tbody tr')).toHaveCount(await officeCount(page));
	// This file's office: the two dossiers received today, one resolved.
	const office = officeIdOf(stemOf(test.info().file));
	const row = table.locator(`tbody tr[data-office="${office}"]`);
	await expect(row).toHaveCount(1);
	// The other test files' offices hold up to 20,000 documents, whose views the embedded server
	// builds on this first query.
	await expect(row.locator('td').nth(2)).toHaveText('2', { timeout: 90_000 });
	await expect(table.locator('tfoot')).toContainText('Toàn tỉnh');
	// Its result as the desk classified it, and its rating, counted by the server (ADR 31).
	const results = page.getByTestId('province-results').locator(`tbody tr[data-office="${office}"]`);
	await expect(results.locator('td').nth(1)).toHaveText('1');
	await expect(results.locator('td').nth(2)).toHaveText('1 (100,00 %)');
	await expect(results.locator('td').nth(3)).toHaveText('0 (0,00 %)');
	await expect(results.locator('td').nth(5)).toHaveText('1 (100,00 %)');
	// Nothing of the offices' dossiers reached this laptop.
	const stored = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
	expect(stored.filter((n) => n?.startsWith('_pouch_motcua_office_'))).toEqual([]);

	// Offline (once the app shell is cached), the page says it needs the connection.
	await waitForOfflineReady(page);
	await province.setOffline(true);
	await page.reload();
	await expect(page.getByTestId('province-problem')).toHaveText(
		'Cần kết nối mạng để xem số liệu toàn tỉnh.'
	);
	await province.close();
});

async function officeCount(page: import('@playwright/test').Page): Promise<number> {
	const answer = await page.evaluate(async () => {
		const r = await fetch(
			'/db/motcua_catalogue/_all_docs?startkey="office:"&endkey="office:\ufff0"',
			{
				credentials: 'include'
			}
		);
		return ((await r.json()) as { rows: unknown[] }).rows.length;
	});
	return answer;
}
