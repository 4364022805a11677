import { expect, test } from '@playwright/test';
import { DossierPage } from './support/dossier-page';
import { officer, officerReturns } from './support/login-page';
import { signIn } from './support/login-page';

test('citizen screens hide the officer’s app, leaving them needs the password, and a dossier is rated once', async ({
	page
}) => {
	await signIn(page);
	const { code } = await DossierPage.withResultReady(page);

	// The rating kiosk: no navigation, no officer menu, only the officer's way out.
	await page.getByRole('link', { name: 'Đánh giá mức độ hài lòng' }).click();
	const kiosk = page.getByTestId('rating-kiosk');
	await expect(kiosk.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page.getByRole('navigation')).toHaveCount(0);
	await expect(page.getByTestId('officer-name')).toHaveCount(0);
	await expect(page.getByText('Đăng xuất')).toHaveCount(0);
	await expect(page.getByTestId('kiosk-exit')).toHaveText('Cán bộ quay lại làm việc');
	await kiosk.getByRole('button', { name: 'Hài lòng', exact: true }).click();
	await expect(kiosk.getByRole('status')).toHaveText('Cảm ơn Ông/Bà đã đánh giá!');

	// The browser's back button does not get around it, nor does a reload.
	await page.goBack();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Màn hình đã khóa');
	await expect(page.getByTestId('dossier-code')).toHaveCount(0);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Màn hình đã khóa');
	await page.getByLabel('Mật khẩu').fill('demo-motcua');
	await page.getByRole('button', { name: 'Mở khóa' }).click();
	await expect(page.getByTestId('officer-name')).toContainText(officer().fullName);
	await expect(page.getByTestId('dossier-code')).toHaveText(code);
	await expect(page.getByRole('link', { name: 'Đánh giá mức độ hài lòng' })).toHaveCount(0);

	// Rated once: the kiosk opened again says so and offers no second rating.
	await page.goto(`/ho-so/${encodeURIComponent(code)}/danh-gia`);
	await expect(kiosk.getByTestId('kiosk-rated')).toHaveText(
		'Hồ sơ này đã được đánh giá. Cảm ơn Ông/Bà!'
	);
	await expect(kiosk.getByRole('button', { name: 'Rất hài lòng', exact: true })).toHaveCount(0);
	await officerReturns(page);
	await expect(page.getByTestId('dossier-code')).toHaveText(code);

	// The lookup likewise: a typed address of an officer's screen locks the desk.
	await page.goto('/');
	await page.getByRole('link', { name: 'Tra cứu hồ sơ cho công dân' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tra cứu hồ sơ');
	await expect(page.getByRole('navigation')).toHaveCount(0);
	await page.goto('/ho-so');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Màn hình đã khóa');
	await page.getByLabel('Mật khẩu').fill('demo-motcua');
	await page.getByRole('button', { name: 'Mở khóa' }).click();
	await expect(page.getByRole('navigation')).toBeVisible();
	await expect(page.getByTestId('officer-name')).toContainText(officer().fullName);
});
