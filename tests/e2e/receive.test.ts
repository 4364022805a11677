import { signIn } from './support/login-page';
import { expect, test } from '@playwright/test';
import { ReceivePage, SAMPLE_QR } from './support/receive-page';

test.beforeEach(async ({ page }) => {
	await signIn(page);
});

test('a scanned ID card fills the applicant and the dossier is received', async ({ page }) => {
	const receive = new ReceivePage(page);
	await receive.goto();
	await receive.chooseProcedure('khai sinh');
	await receive.tickAllComponents();
	await receive.scanOwnerQr(SAMPLE_QR);
	await expect(page.locator('#applicant-fullName')).toHaveValue('NGUYỄN THỊ ÁNH');
	await expect(page.locator('#applicant-idNumber')).toHaveValue('020190000123');
	await expect(page.locator('#applicant-birthDate')).toHaveValue('01/05/1990');
	await expect(page.locator('#applicant-sex')).toHaveValue('female');
	await receive.submit();
	// Form 01 is shown at once, ready to print, in its two copies.
	await expect(page).toHaveURL(/\/ho-so\/000\.10\.39\.H39-\d{6}-\d{4}\/in\/giay-tiep-nhan$/);
	await expect(page.getByText('Liên 1', { exact: false }).first()).toBeVisible();
	await expect(page.getByText('Liên 2', { exact: false }).first()).toBeVisible();
});
