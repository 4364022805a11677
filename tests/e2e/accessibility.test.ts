import { expect, test, type Page } from '@playwright/test';
import { axeViolations, expectAccessible } from './support/axe';
import { LookupPage } from './support/dossier-list-page';
import { ImportPage } from './support/import-page';
import { DossierPage } from './support/dossier-page';
import { PROVINCE_ADMIN, PROVINCE_SUPERVISOR } from './support/e2e-province';
import { officer, signIn } from './support/login-page';
import { ReceivePage } from './support/receive-page';

/**
 * Issue 15 item 6: axe-core (WCAG 2.0/2.1 A and AA) on every screen and state a desk officer, a
 * supervisor, a citizen and the province meet, at 1366×768. Any violation fails the test.
 */
test.use({ viewport: { width: 1366, height: 768 } });

/** The tag of the element that holds focus. */
function focused(page: Page): Promise<string> {
	return page.evaluate(() => document.activeElement?.tagName ?? 'NONE');
}

async function visit(page: Page, path: string): Promise<void> {
	await page.goto(path);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expectAccessible(page, path);
}

test('every screen of the desk passes axe, in its states', { tag: '@ui' }, async ({ page }) => {
	test.setTimeout(180_000);
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expectAccessible(page, 'the login screen');
	// The check can fail: an image without a text alternative is found.
	await page.evaluate(() => {
		const img = document.createElement('img');
		img.id = 'axe-probe';
		img.src = '/favicon.png';
		document.querySelector('main')?.append(img);
	});
	expect((await axeViolations(page)).map((v) => v.id)).toContain('image-alt');
	await page.evaluate(() => document.getElementById('axe-probe')?.remove());
	// The accessibility statement is one link away from the login screen, without a login.
	await page.getByTestId('accessibility-link').click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tuyên bố về khả năng tiếp cận');
	await expectAccessible(page, 'the accessibility statement');
	await signIn(page);
	// Focus follows the work: after the login it is on the screen, not on the page's body.
	await expect.poll(() => focused(page)).toBe('H1');
	await expectAccessible(page, 'the home screen');

	// Receiving: empty, the procedure list open, every error shown.
	const receive = new ReceivePage(page);
	await receive.goto();
	await expectAccessible(page, 'the receive form');
	await page.getByRole('combobox', { name: 'Thủ tục hành chính' }).fill('khai sinh');
	await expect(page.getByRole('listbox')).toBeVisible();
	await expectAccessible(page, 'the receive form with the procedure list open');
	await page.getByRole('combobox', { name: 'Thủ tục hành chính' }).press('Enter');
	await receive.submit();
	await expect(page.locator('[aria-invalid="true"]').first()).toBeVisible();
	await expectAccessible(page, 'the receive form with its errors');

	// A dossier refused at intake: the refusal form with its error, then the slip (Form 03).
	await receive.goto();
	await receive.chooseProcedure('khai sinh ket hop');
	await page.getByRole('button', { name: 'Không tiếp nhận (Mẫu 03)' }).click();
	const refusal = page.getByTestId('intake-refusal');
	await refusal.getByRole('button', { name: 'Lập phiếu từ chối (Mẫu 03)' }).click();
	await expect(refusal.getByRole('alert')).toBeVisible();
	await expectAccessible(page, 'the refusal form with its error');
	await receive.scanOwnerQr();
	await refusal.getByLabel('Lý do từ chối (mỗi dòng một lý do)').fill('Không thuộc thẩm quyền');
	await refusal.getByRole('button', { name: 'Lập phiếu từ chối (Mẫu 03)' }).click();
	await expect(page.getByTestId('intake-slip')).toBeVisible();
	await expectAccessible(page, 'the refusal slip (Form 03)');

	// A receipt ends on Form 01 with "In" focused: Enter prints.
	await new ReceivePage(page).receive('khai sinh ket hop');
	await expect(page.getByRole('button', { name: 'In', exact: true })).toBeFocused();

	// A dossier, its printed forms, its rating kiosk. An action's form closes: focus stays on the
	// screen.
	const { code } = await DossierPage.withResultReady(page);
	await expect.poll(() => focused(page)).not.toBe('BODY');
	await expectAccessible(page, 'a dossier with its result ready');
	await visit(page, `/ho-so/${encodeURIComponent(code)}/in`);
	await page.goto(`/ho-so/${encodeURIComponent(code)}`);
	await page.getByRole('link', { name: 'Đánh giá mức độ hài lòng' }).click();
	await expect(page.getByTestId('rating-kiosk')).toBeVisible();
	await expectAccessible(page, 'the rating kiosk');
	await page.getByTestId('kiosk-exit').click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Màn hình đã khóa');
	await expectAccessible(page, 'the lock screen');
	await page.getByLabel('Mật khẩu').fill('demo-motcua');
	await page.getByRole('button', { name: 'Mở khóa' }).click();
	await expect(page.getByTestId('officer-name')).toContainText(officer().fullName);

	await visit(page, '/ho-so');
	await visit(page, '/phan-anh');
	await visit(page, '/phan-anh/moi');
	await page.getByTestId('feedback-form').getByRole('button', { name: 'Tiếp nhận' }).click();
	await expect(page.locator('[aria-invalid="true"]').first()).toBeVisible();
	await expectAccessible(page, 'the feedback intake with its errors');
	const feedback = page.getByTestId('feedback-form');
	await feedback.getByLabel('Họ và tên').fill('Trần Văn Bình');
	await feedback.getByLabel('Số điện thoại').fill('0912 345 678');
	await feedback.getByLabel('Về quy định hành chính').check();
	await feedback.getByLabel('Nội dung phản ánh, kiến nghị').fill('Đề nghị niêm yết thêm lệ phí.');
	await feedback.getByRole('button', { name: 'Tiếp nhận' }).click();
	await expect(page.getByTestId('feedback-taken')).toBeVisible();
	await expectAccessible(page, 'a feedback just taken in');
	await page.getByTestId('feedback-print').click();
	await expect(page.getByTestId('receipt-code')).toBeVisible();
	await expectAccessible(page, 'the feedback receipt');
	await visit(page, '/bao-cao');
	await visit(page, '/so-theo-doi');
	// Importing a book: the preview of a malformed file, every problem by row and column.
	const book = new ImportPage(page);
	await book.goto();
	await book.choose(
		'thieu-cot.csv',
		Buffer.from('\uFEFFMã hồ sơ,Mã thủ tục,Nhận hồ sơ (ngày)\r\nx,y,z\r\n', 'utf8')
	);
	expect((await book.problems()).length).toBeGreaterThan(0);
	await expectAccessible(page, 'the import preview with its problems');
	await visit(page, '/dong-bo');
	await visit(page, '/cai-dat');

	// The log-out dialog.
	await page.getByRole('button', { name: 'Đăng xuất' }).click();
	await expect(page.getByRole('dialog')).toBeVisible();
	await expectAccessible(page, 'the log-out dialog');
	await page.keyboard.press('Escape');

	// The citizen's lookup, with a dossier found (a citizen screen: last).
	const lookup = new LookupPage(page);
	await lookup.goto();
	await expectAccessible(page, 'the lookup screen');
	await lookup.scan(code);
	await expect(lookup.result()).toBeVisible();
	await expectAccessible(page, 'the lookup screen with a dossier');
});

test(
	'the supervisor’s and the province’s screens pass axe',
	{ tag: '@ui' },
	async ({ browser }) => {
		test.setTimeout(120_000);
		const office = await browser.newContext({ viewport: { width: 1366, height: 768 } });
		const supervisor = await office.newPage();
		await signIn(supervisor, officer('supervisor'));
		await visit(supervisor, '/cuoi-ngay');
		await visit(supervisor, '/cuoi-ngay/in');
		await office.close();

		const province = await browser.newContext({ viewport: { width: 1366, height: 768 } });
		const page = await province.newPage();
		await signIn(page, PROVINCE_SUPERVISOR);
		await page.goto('/toan-tinh');
		await expect(page.getByTestId('province-table')).toBeVisible();
		await expectAccessible(page, '/toan-tinh');
		await page.goto('/toan-tinh/bao-cao');
		await expect(page.getByTestId('province-report-submitted')).toBeVisible({ timeout: 30_000 });
		await expectAccessible(page, '/toan-tinh/bao-cao');
		await province.close();
	}
);

test(
	'the province administrator’s screens pass axe, with their errors',
	{ tag: '@ui' },
	async ({ browser }) => {
		test.setTimeout(120_000);
		const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
		const page = await context.newPage();
		await signIn(page, PROVINCE_ADMIN);
		await visit(page, '/quan-tri');
		await page.goto('/quan-tri/thu-tuc');
		await expect(page.getByTestId('admin-procedures')).toBeVisible();
		await expectAccessible(page, '/quan-tri/thu-tuc');
		await page.goto('/quan-tri/thu-tuc/1.001193');
		await expect(page.getByTestId('admin-procedure-form')).toBeVisible();
		await expectAccessible(page, 'a procedure');
		await page.goto('/quan-tri/thu-tuc/moi');
		await page.getByTestId('admin-add-component').click();
		await page.getByTestId('admin-add-step').click();
		await page.getByTestId('admin-procedure-save').click();
		await expect(page.getByTestId('admin-form-errors')).toBeVisible();
		await expectAccessible(page, 'a new procedure with its errors');
		await page.goto('/quan-tri/lich');
		await expect(page.getByTestId('admin-calendar-heading')).toBeVisible();
		await page.getByTestId('admin-entry-from').fill('31/02/2026');
		await page.getByTestId('admin-entry-add').click();
		await page.getByTestId('admin-notice-add').click();
		await expect(page.getByText('Ngày có dạng dd/mm/yyyy.')).toBeVisible();
		await expectAccessible(page, 'the calendar with its errors');
		await page.goto('/quan-tri/nhat-ky');
		await expect(page.getByTestId('admin-audit')).toBeVisible();
		await expectAccessible(page, '/quan-tri/nhat-ky');
		await page.goto('/quan-tri/don-vi');
		await expect(page.getByTestId('admin-desks')).toBeVisible();
		await page.getByTestId('admin-office-hours').fill('sáng');
		await page.getByTestId('admin-office-save').click();
		await expect(page.getByTestId('admin-office-hours')).toHaveAttribute('aria-invalid', 'true');
		await expectAccessible(page, 'an office with its errors and its desks');
		await page.goto('/quan-tri/nguoi-dung');
		await expect(page.getByTestId('admin-accounts')).toBeVisible();
		await page.getByTestId('admin-account-new').click();
		await page.getByTestId('admin-account-save').click();
		await expect(page.getByText('Chọn ít nhất một chức năng.')).toBeVisible();
		await expectAccessible(page, 'the accounts with a new account’s errors');
		await context.close();
	}
);
