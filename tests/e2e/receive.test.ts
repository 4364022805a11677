import { expect, test } from '@playwright/test';
import { DeskSetupPage, ReceivePage, SAMPLE_QR } from './support/receive-page';

test.beforeEach(async ({ page }) => {
	await new DeskSetupPage(page).setUp();
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
	await expect(page.getByTestId('dossier-code')).toHaveText(/^000\.10\.39\.H39-\d{6}-0001$/);
	await expect(page.getByTestId('dossier-status')).toHaveText('Đã tiếp nhận');
});
