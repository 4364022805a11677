import { expect, test } from '@playwright/test';
import { waitForOfflineReady } from './support/app';
import { DossierPage } from './support/dossier-page';
import { LoginPage, officer, signIn } from './support/login-page';
import { ReceivePage } from './support/receive-page';
import { SyncPage } from './support/sync-page';

test('the screen locks, unlocks offline with the password, and a reload does not unlock it', async ({
	page,
	context
}) => {
	await signIn(page);
	await waitForOfflineReady(page);
	const code = await new ReceivePage(page).receive('khai sinh ket hop');
	await page.getByRole('button', { name: 'Khóa màn hình' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Màn hình đã khóa');
	await expect(page.getByText(code)).toHaveCount(0);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Màn hình đã khóa');

	await context.setOffline(true);
	await page.getByLabel('Mật khẩu').fill('sai-mat-khau');
	await page.getByRole('button', { name: 'Mở khóa' }).click();
	await expect(page.getByRole('alert')).toHaveText('Tên đăng nhập hoặc mật khẩu không đúng.');
	await page.getByLabel('Mật khẩu').fill('demo-motcua');
	await page.getByRole('button', { name: 'Mở khóa' }).click();
	await expect(page.getByTestId('officer-name')).toContainText(officer().fullName);
	await new DossierPage(page).goto(code);
});

test('the screen locks itself after 15 minutes without activity', async ({ page }) => {
	await page.clock.install();
	await signIn(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bàn làm việc');
	await page.clock.fastForward('14:00');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bàn làm việc');
	await page.clock.fastForward('02:00');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Màn hình đã khóa');
});

test('officers take turns at one desk, each action keeps its author, and logging out keeps unsent changes', async ({
	page,
	context
}) => {
	test.setTimeout(120_000);
	const lan = officer('desk1');
	const minh = officer('desk2');
	await signIn(page, lan);
	await waitForOfflineReady(page);

	// Offline, an officer never seen on this laptop cannot log in.
	await context.setOffline(true);
	await page.getByRole('button', { name: 'Đổi cán bộ' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đổi cán bộ làm việc');
	await new LoginPage(page).fill(minh.userName);
	await expect(page.getByRole('alert')).toContainText('cần kết nối mạng');
	await page.getByRole('button', { name: 'Quay lại' }).click();
	await expect(page.getByTestId('officer-name')).toContainText(lan.fullName);

	// Online once, Minh can later take the desk offline too; then Lan again.
	await context.setOffline(false);
	await page.getByRole('button', { name: 'Đổi cán bộ' }).click();
	await new LoginPage(page).logIn(minh);
	await page.getByRole('button', { name: 'Đổi cán bộ' }).click();
	await new LoginPage(page).logIn(lan);

	// Offline: Lan receives, then Minh takes over (with the laptop's verifier) and receives too.
	await context.setOffline(true);
	const byLan = await new ReceivePage(page).receive('khai sinh ket hop');
	await page.getByRole('button', { name: 'Đổi cán bộ' }).click();
	await new LoginPage(page).logIn(minh);
	const byMinh = await new ReceivePage(page).receive('khai sinh ket hop');
	const dossier = new DossierPage(page);
	await dossier.goto(byMinh);
	await expect(dossier.timeline()).toContainText(`${minh.fullName} — Bàn`);
	await dossier.goto(byLan);
	await expect(dossier.timeline()).toContainText(`${lan.fullName} — Bàn`);

	// Back online the server session is still Lan's: the desk asks Minh for the password
	// rather than send as Lan, then sends Minh's work and keeps Lan's for Lan.
	await context.setOffline(false);
	const sync = new SyncPage(page);
	await sync.goto();
	await page.getByRole('button', { name: 'Đồng bộ ngay' }).click();
	await expect(sync.state()).toHaveAttribute('data-state', 'needs-login');
	await page.getByLabel(/Đăng nhập lại để đồng bộ/).fill('demo-motcua');
	await page.getByRole('button', { name: 'Đăng nhập và đồng bộ' }).click();
	await expect(sync.state()).toHaveAttribute('data-state', 'up-to-date');
	await expect(sync.unsent()).toHaveText('1');

	// Logging out says how many changes wait, and loses none of them.
	await page.getByRole('button', { name: 'Đăng xuất' }).click();
	const dialog = page.getByRole('dialog');
	await expect(dialog.getByTestId('logout-unsent')).toContainText('Còn 1 thay đổi chưa gửi');
	await dialog.getByRole('button', { name: 'Vẫn đăng xuất' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đăng nhập');

	// Lan logs in again: her receipt goes with her own session.
	await new LoginPage(page).logIn(lan);
	await sync.syncNow();
	for (const code of [byLan, byMinh]) {
		await dossier.goto(code);
		await expect(dossier.status()).toHaveText('Đã tiếp nhận');
	}
});
