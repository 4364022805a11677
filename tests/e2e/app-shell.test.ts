import { expect, test } from '@playwright/test';
import { AppShell } from './support/app';
import { signIn } from './support/login-page';

test('the app loads in Vietnamese with its navigation', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto('/');
	const shell = new AppShell(page);
	await shell.expectLoaded();
	// Nobody works at a new laptop yet: every desk page asks for a login first.
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đăng nhập');
	await expect(page).toHaveTitle('Đăng nhập — Một cửa');
	await expect(page.getByTestId('laptop-desk')).toContainText('chưa là bàn tiếp nhận');
	await signIn(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bàn làm việc');
	await expect(page).toHaveTitle('Bàn làm việc — Một cửa');
	for (const name of ['Tiếp nhận', 'Hồ sơ', 'Báo cáo', 'Đồng bộ', 'Cài đặt']) {
		await expect(shell.navLink(name)).toBeVisible();
	}
	await shell.navLink('Hồ sơ').click();
	await expect(page).toHaveURL(/\/ho-so$/);
	await expect(page).toHaveTitle('Hồ sơ — Một cửa');
	await expect(shell.navLink('Hồ sơ')).toHaveAttribute('aria-current', 'page');
	await expect(shell.connectivity()).toHaveText('Trực tuyến');
	expect(errors).toEqual([]);
});

test('the language switch persists across reloads', async ({ page }) => {
	await page.goto('/cai-dat');
	const shell = new AppShell(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cài đặt');
	await page.getByLabel('Ngôn ngữ').selectOption('en');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
	await expect(shell.navLink('Receive')).toBeVisible();

	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByLabel('Language')).toHaveValue('en');

	await page.getByLabel('Language').selectOption('vi');
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cài đặt');
	await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
});

test('settings show the storage used and whether it is persistent', async ({ page }) => {
	await page.goto('/cai-dat');
	await expect(page.getByTestId('storage-used')).toHaveText(/^Đã dùng .+ trên .+ \(\d+,\d{2} %\)$/);
	await expect(page.getByTestId('storage-persisted')).toBeVisible();
	await expect(page.locator('meter')).toHaveAttribute('high', '0.75');
});

test('the indicator follows the connection', async ({ page, context }) => {
	await page.goto('/');
	const shell = new AppShell(page);
	await expect(shell.connectivity()).toHaveText('Trực tuyến');
	await context.setOffline(true);
	await expect(shell.connectivity()).toHaveText('Ngoại tuyến');
	await context.setOffline(false);
	await expect(shell.connectivity()).toHaveText('Trực tuyến');
});
