/// <reference types="node" />
import { expect, test } from '@playwright/test';
import { waitForOfflineReady } from './support/app';
import { DossierPage } from './support/dossier-page';
import { officeIdOf, stemOf } from './support/e2e-province';
import { signIn } from './support/login-page';
import { ReceivePage } from './support/receive-page';
import { officeHistory, seedOffice } from './support/server-admin';
import { SyncPage } from './support/sync-page';

test('a dossier whose code the server already holds for someone else is kept, and both are named on the dossier, the Đồng bộ and the day-end pages', async ({
	page,
	context,
	baseURL
}) => {
	test.setTimeout(120_000);
	await signIn(page);
	await waitForOfflineReady(page);
	// Offline, the desk receives a dossier...
	await context.setOffline(true);
	const code = await new ReceivePage(page).receive('khai sinh');
	// ...while another laptop with the same number range (a restored backup) put someone else's
	// dossier under that code on the server.
	const office = officeIdOf(stemOf(test.info().file));
	const [theirs] = officeHistory(office, code.split('-')[0] ?? '', 1, '2026-12-01');
	if (!theirs) throw new Error('no seed dossier');
	await seedOffice(baseURL ?? '', office, [{ ...theirs, _id: `dossier:${code}`, code }]);
	await context.setOffline(false);

	const sync = new SyncPage(page);
	await sync.goto();
	await page.getByRole('button', { name: 'Đồng bộ ngay' }).click();
	await expect(page.getByTestId('sync-result')).toBeVisible({ timeout: 30_000 });
	// The embedded server refuses the second dossier, which the page names; CouchDB keeps both
	// revisions (a conflict the desk reads as a collision), so nothing is refused there.
	if (!process.env.E2E_COUCH_URL) {
		await expect(page.getByRole('main')).toContainText(
			'Mã hồ sơ đã được dùng cho một hồ sơ khác trên máy chủ'
		);
	}

	// The dossier page shows both citizens under the code; nothing was replaced.
	const dossier = new DossierPage(page);
	await dossier.goto(code);
	const notice = page.getByTestId('dossier-collision');
	await expect(notice).toContainText(`Mã ${code} đang được dùng cho hai hồ sơ khác nhau`);
	await expect(page.getByRole('main')).toContainText('Lò Văn Seed 0');
	await expect(page.getByRole('main')).toContainText('NGUYỄN THỊ ÁNH', { ignoreCase: true });

	// The day-end page names it.
	await page.goto('/cuoi-ngay');
	const named = page.getByTestId('day-end-collisions');
	await expect(named).toContainText(code);
	await expect(named).toContainText('Lò Văn Seed 0');
});
