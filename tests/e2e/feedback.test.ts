import { expect, test } from '@playwright/test';
import { goOnline, waitForOfflineReady } from './support/app';
import { officeIdOf, stemOf } from './support/e2e-province';
import { LoginPage, officer, signIn } from './support/login-page';
import { expectPaper, pageHas, PAPER } from './support/pdf';
import { PrintPage } from './support/print-page';
import { DossierPage } from './support/dossier-page';
import { ReceivePage } from './support/receive-page';
import { adminHeader, seedOffice } from './support/server-admin';
import { SyncPage } from './support/sync-page';

/**
 * Feedback and petitions (PAKN, ADR 29): taken in, handed to a unit and answered at a desk that
 * is offline, then synced to the server; an overdue one from another desk shows on the
 * supervisor's day-end page, and the supervisor publishes an answer.
 */
test('feedback is taken in, handed over and answered offline, then synced; an overdue one shows at day end', async ({
	page,
	context,
	baseURL
}) => {
	test.setTimeout(120_000);
	await signIn(page);
	await waitForOfflineReady(page);
	await context.setOffline(true);

	await page.getByRole('navigation').getByRole('link', { name: 'Phản ánh' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Phản ánh, kiến nghị');
	await expect(page).toHaveTitle('Phản ánh, kiến nghị — Một cửa');
	await expect(page.getByTestId('feedback-count')).toHaveText('0 / 0 phản ánh');
	await page.getByTestId('feedback-new').click();

	// An empty form names every missing field and writes nothing.
	const form = page.getByTestId('feedback-form');
	await form.getByRole('button', { name: 'Tiếp nhận' }).click();
	await expect(page.getByTestId('feedback-errors')).toContainText('Biểu mẫu còn 3 lỗi');
	await expect(form.getByLabel('Họ và tên')).toBeFocused();
	await expect(form).toContainText('Cần số điện thoại, thư điện tử hoặc địa chỉ');

	// A half-typed form survives a reload.
	await form.getByLabel('Họ và tên').fill('Trần Văn Bình');
	await form.getByLabel('Số điện thoại').fill('0912 34');
	await page.reload();
	await expect(page.getByTestId('feedback-draft-restored')).toBeVisible();
	await expect(form.getByLabel('Họ và tên')).toHaveValue('Trần Văn Bình');
	await form.getByRole('button', { name: 'Tiếp nhận' }).click();
	await expect(form).toContainText('Số điện thoại không đúng');

	await form.getByLabel('Số điện thoại').fill('0912 345 678');
	await form.getByLabel('Về hành vi của cán bộ hoặc việc giải quyết hồ sơ').check();
	await form
		.getByLabel('Hình thức tiếp nhận')
		.selectOption({ label: 'Điện thoại, đường dây nóng' });
	await form
		.getByLabel('Nội dung phản ánh, kiến nghị')
		.fill('Đã nộp hồ sơ khai sinh, đến hẹn chưa có kết quả và không được báo lý do.');
	await form.getByRole('button', { name: 'Tiếp nhận' }).click();

	// The feedback's page: its code, due time ten working days on, the receipt's link focused.
	await expect(page.getByTestId('feedback-taken')).toBeVisible();
	const code = (await page.getByTestId('feedback-code').textContent()) ?? '';
	expect(code).toMatch(/^PA-\d{6}-\d{4}$/);
	await expect(page).toHaveTitle(`${code} — Phản ánh, kiến nghị — Một cửa`);
	await expect(page.getByTestId('feedback-state')).toHaveText('Mới tiếp nhận');
	await expect(page.getByTestId('feedback-print')).toBeFocused();
	const due = (await page.getByTestId('feedback-due').textContent()) ?? '';

	// The receipt: one A5 page with the code, the sender and the due time.
	await page.getByTestId('feedback-print').click();
	await expect(page.getByTestId('receipt-code')).toHaveText(code);
	const pdf = await new PrintPage(page).pdf();
	expect(pdf).toHaveLength(1);
	expectPaper(pdf, PAPER.A5);
	const [sheet] = pdf;
	if (!sheet) throw new Error('no page');
	for (const text of [code, 'PHIẾU TIẾP NHẬN PHẢN ÁNH, KIẾN NGHỊ', 'Trần Văn Bình', due])
		expect(pageHas(sheet, text), text).toBe(true);

	// Handed to a unit, then answered; each step survives a reload.
	await page.goto(`/phan-anh/${code}`);
	const steps = page.getByTestId('feedback-step-form');
	await steps.getByLabel('Giao đơn vị xử lý').check();
	await steps.getByRole('button', { name: 'Lưu' }).click();
	await expect(steps.getByRole('alert')).toHaveText('Cần ghi đơn vị xử lý.');
	await steps.getByLabel('Giao cho đơn vị').fill('Công chức Tư pháp - Hộ tịch');
	await steps.getByRole('button', { name: 'Lưu' }).click();
	await expect(page.getByTestId('feedback-state')).toHaveText('Đang xử lý');
	await page.reload();
	await expect(page.getByTestId('feedback-unit')).toHaveText('Công chức Tư pháp - Hộ tịch');
	await expect(steps.getByLabel('Ghi nhận trả lời')).toBeChecked();
	await steps
		.getByLabel('Nội dung trả lời')
		.fill('Hồ sơ chờ xác minh; đã xin lỗi và hẹn lại ngày trả kết quả.');
	await steps.getByRole('button', { name: 'Lưu' }).click();
	await expect(page.getByTestId('feedback-state')).toHaveText('Đã trả lời — Trả lời đúng hạn');
	await expect(page.getByTestId('feedback-history')).toContainText('Nguyễn Thị Lan');
	// Publishing is for a leader or a supervisor: the desk has no step left.
	await expect(steps).toHaveCount(0);

	// The list finds it without diacritics and by its state.
	await page.goto('/phan-anh');
	await page.getByLabel('Tìm phản ánh').fill('tran van binh');
	await expect(page.getByTestId('feedback-row')).toHaveCount(1);
	await page.getByTestId('feedback-filter-state').selectOption({ label: 'Chưa trả lời' });
	await expect(page.getByTestId('feedback-row')).toHaveCount(0);

	// Online again: the sync sends the intake and both steps; the server holds them.
	await goOnline(context);
	await new SyncPage(page).syncNow();
	const office = officeIdOf(stemOf(test.info().file));
	const stored = await fetch(
		`${baseURL}/db/motcua_office_${office}/_all_docs?startkey=${encodeURIComponent(JSON.stringify(`feedback:${code}`))}&endkey=${encodeURIComponent(JSON.stringify(`feedback:${code}:\ufff0`))}`,
		{ headers: adminHeader() }
	);
	const ids = ((await stored.json()) as { rows: { id: string }[] }).rows.map((r) => r.id);
	expect(ids).toHaveLength(3);

	// Feedback another desk took in a month ago and nobody answered: overdue at day end.
	const receivedAt = new Date(Date.now() + 7 * 3600_000 - 30 * 86400_000)
		.toISOString()
		.slice(0, 19);
	const dueAt = new Date(Date.now() + 7 * 3600_000 - 16 * 86400_000).toISOString().slice(0, 19);
	const late = 'PA-250101-5001';
	await seedOffice(baseURL ?? '', office, [
		{
			_id: `feedback:${late}`,
			type: 'feedback',
			schemaVersion: 1,
			by: 'seed.motcua',
			code: late,
			officeId: office,
			deskId: `${office}-desk-02`,
			receivedBy: 'seed.motcua',
			receivedAt,
			dueAt,
			sender: { name: 'Lê Thị Hoa', address: 'Thôn Nà Lầu, xã Mai Pha' },
			channel: 'postal',
			kind: 'regulation',
			content: 'Đề nghị giảm lệ phí cấp bản sao trích lục.'
		}
	]);
	await new SyncPage(page).syncNow();
	await page.getByRole('button', { name: 'Đổi cán bộ' }).click();
	await new LoginPage(page).logIn(officer('supervisor'));
	await page.goto('/cuoi-ngay');
	const overdue = page.getByTestId('day-end-feedback-overdue');
	await expect(overdue).toContainText(late);
	await expect(overdue).toContainText('Lê Thị Hoa');
	await expect(overdue).not.toContainText(code);

	// The supervisor publishes the answer; the report counts the period's feedback.
	await page.goto(`/phan-anh/${code}`);
	await page.getByTestId('feedback-step-form').getByRole('button', { name: 'Công khai' }).click();
	await expect(page.getByTestId('feedback-state')).toContainText('Đã công khai');
	await page.goto('/bao-cao');
	await expect(page.getByTestId('report-feedback-sentence')).toContainText(
		'đã trả lời 1 (đúng hạn 1, quá hạn 0)'
	);
	await expect(page.getByTestId('report-feedback-sentence')).toContainText(
		'công khai 1 câu trả lời'
	);
});

test('feedback about a dossier starts from its page, filled in from it, and is listed there', async ({
	page
}) => {
	await signIn(page);
	const code = await new ReceivePage(page).receive('khai sinh ket hop');
	const dossier = new DossierPage(page);
	await dossier.goto(code);
	await page.getByTestId('dossier-feedback-new').click();
	const form = page.getByTestId('feedback-form');
	await expect(form.getByLabel('Mã hồ sơ liên quan (nếu có)')).toHaveValue(code);
	await expect(form.getByLabel('Về hành vi của cán bộ hoặc việc giải quyết hồ sơ')).toBeChecked();
	await expect(form.getByLabel('Họ và tên')).not.toHaveValue('');
	await form.getByLabel('Số điện thoại').fill('0987 654 321');
	await form.getByLabel('Nội dung phản ánh, kiến nghị').fill('Cán bộ hẹn lại nhiều lần.');
	await form.getByRole('button', { name: 'Tiếp nhận' }).click();
	await expect(page.getByTestId('feedback-taken')).toBeVisible();
	const feedbackCode = (await page.getByTestId('feedback-code').textContent()) ?? '';
	await page.getByRole('link', { name: code }).click();
	await expect(page.getByTestId('dossier-feedback')).toContainText(feedbackCode);
	await expect(page.getByTestId('dossier-feedback')).toContainText('Mới tiếp nhận');
});
