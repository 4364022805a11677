import { LoginPage, officer, signIn } from './support/login-page';
import { expect, test, type Page } from '@playwright/test';
import { waitForOfflineReady } from './support/app';
import { DossierPage } from './support/dossier-page';
import { expectPaper, pageHas, PAPER } from './support/pdf';
import { PrintPage } from './support/print-page';
import { ReceivePage } from './support/receive-page';

/** Reloads (offline, from the service worker) and checks the dossier kept its state. */
async function reloadAndExpect(page: Page, dossier: DossierPage, status: string): Promise<void> {
	await page.reload();
	await expect(dossier.status()).toHaveText(status);
}

test('a dossier goes through its whole life offline and nothing is lost on reload', async ({
	page,
	context
}) => {
	// The first login of a laptop needs the server (it registers the desk); the rest is offline.
	await signIn(page);
	await waitForOfflineReady(page);
	await context.setOffline(true);

	const code = await new ReceivePage(page).receive('khai sinh ket hop');

	// Form 01 is on screen, ready to print: two A5 copies with the code, the due time and the QR code.
	await expect(page).toHaveURL(/\/in\/giay-tiep-nhan$/);
	const qr = page.getByTestId('dossier-qr').first();
	await expect(qr).toHaveAttribute('src', /^data:image\/svg\+xml;/);
	const pdf = await new PrintPage(page).pdf();
	expect(pdf).toHaveLength(2);
	expectPaper(pdf, PAPER.A5);
	for (const sheet of pdf) {
		expect(pageHas(sheet, code)).toBe(true);
		expect(pageHas(sheet, 'Thời gian trả kết quả giải quyết hồ sơ:')).toBe(true);
	}

	const dossier = new DossierPage(page);
	await dossier.goto(code);
	await expect(dossier.status()).toHaveText('Đã tiếp nhận');
	const due = (await page.getByTestId('dossier-due').textContent()) ?? '';
	const [hhmm, ddmmyyyy] = due.split(' ');
	const [hh, mm] = (hhmm ?? '').split(':');
	const [dd, mo, yyyy] = (ddmmyyyy ?? '').split('/');
	const printedDue = `${hh} giờ ${mm} phút, ngày ${dd} tháng ${mo} năm ${yyyy}`;
	expect(pdf.every((sheet) => pageHas(sheet, printedDue))).toBe(true);
	await reloadAndExpect(page, dossier, 'Đã tiếp nhận');

	await dossier.act('Chuyển xử lý', { 'Đơn vị nhận hồ sơ': 'Công chức Tư pháp - Hộ tịch' });
	await expect(dossier.status()).toHaveText('Đang xử lý');
	await reloadAndExpect(page, dossier, 'Đang xử lý');

	await dossier.act('Yêu cầu bổ sung', {
		'Lý do': 'Thiếu giấy tờ chứng minh quan hệ cha con',
		'Các nội dung cần bổ sung (mỗi dòng một nội dung)': 'Kết quả giám định ADN'
	});
	await expect(dossier.status()).toHaveText('Chờ bổ sung hồ sơ');
	await reloadAndExpect(page, dossier, 'Chờ bổ sung hồ sơ');

	await dossier.act('Đã nhận bổ sung');
	await expect(dossier.status()).toHaveText('Đang xử lý');
	await reloadAndExpect(page, dossier, 'Đang xử lý');

	await dossier.act('Nhận kết quả giải quyết', { 'Số văn bản kết quả (nếu có)': '15/TLKS' });
	await expect(dossier.status()).toHaveText('Đã có kết quả, chờ trả');
	await reloadAndExpect(page, dossier, 'Đã có kết quả, chờ trả');

	// The result goes to the owner unless the officer types someone else (issue 9.10).
	const deliver = await dossier.open('Trả kết quả');
	await expect(deliver.getByLabel('Họ tên người nhận kết quả')).toHaveValue(/^Nguyễn Thị Ánh$/i);
	await deliver.getByRole('button', { name: 'Ghi nhận' }).click();
	await expect(dossier.status()).toHaveText('Đã trả kết quả');
	await reloadAndExpect(page, dossier, 'Đã trả kết quả');

	await dossier.rate('Rất hài lòng', 'Cán bộ hướng dẫn tận tình');
	await dossier.goto(code);
	const timeline = dossier.timeline();
	for (const step of [
		'Tiếp nhận hồ sơ',
		'Chuyển xử lý',
		'Yêu cầu bổ sung',
		'Đã nhận bổ sung',
		'Nhận kết quả giải quyết',
		'Trả kết quả',
		'Đánh giá mức độ hài lòng'
	])
		await expect(timeline.getByText(step, { exact: true })).toBeVisible();
	await expect(timeline).toContainText('Đánh giá: Rất hài lòng');
	// Officers by full name and desk, never by login or desk id (issue 9.9).
	await expect(timeline).toContainText(/Nguyễn Thị Lan — Bàn \d+/);
	await expect(timeline).not.toContainText('deskflow.tn1');
	await expect(timeline).not.toContainText('-desk-');

	// Every action is a document in PouchDB, and the read model agrees with a fold of them.
	await page.goto('/cai-dat');
	await page.getByRole('button', { name: 'Kiểm tra dữ liệu' }).click();
	await expect(page.getByTestId('data-check')).toHaveText('Dữ liệu khớp: 1 hồ sơ, 6 thao tác.');
	await page.getByRole('button', { name: 'Dựng lại dữ liệu tra cứu' }).click();
	await expect(page.getByText(/^Đã dựng lại dữ liệu tra cứu/)).toBeVisible();
	await expect(page.getByTestId('data-check')).toHaveText('Dữ liệu khớp: 1 hồ sơ, 6 thao tác.');

	// The period report of this month counts it: received, resolved early, rated very satisfied.
	await page.goto('/bao-cao');
	await expect(page.getByTestId('report-table').locator('tfoot')).toContainText('Tổng cộng');
	await expect(page.getByTestId('report-table').locator('tbody')).toContainText('Hộ tịch');
	await expect(page.getByTestId('resolution-shares')).toContainText('Trước hạn 100,00 %');
	await expect(page.getByTestId('rating-shares')).toContainText('Rất hài lòng 1 (100,00 %)');
	await expect(page.getByTestId('balance')).toContainText('Cân đối');
});

test('an unsatisfied rating needs a reason, flags the dossier, and the supervisor’s review is kept in its history and on the day-end page', async ({
	page
}) => {
	await signIn(page);
	const { code, dossier } = await DossierPage.withResultReady(page);
	await dossier.rateUnsatisfied('Phải chờ lâu');
	await dossier.goto(code);
	await expect(page.getByText('Hồ sơ cần lãnh đạo, giám sát xem lại')).toBeVisible();
	// The desk officer cannot mark it reviewed nor follow it up; the supervisor, at the same laptop, can.
	await expect(page.getByRole('button', { name: 'Giám sát ghi nhận đã xem' })).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Theo dõi ý kiến không hài lòng' })).toHaveCount(0);
	await page.getByRole('button', { name: 'Đổi cán bộ' }).click();
	await new LoginPage(page).logIn(officer('supervisor'));
	await page.goto('/cuoi-ngay');
	await expect(page.getByTestId('day-end-review')).toContainText(code);
	await expect(page.getByTestId('day-end-review')).toContainText('Phải chờ lâu');
	await page.getByTestId('day-end-review').getByRole('link', { name: code }).click();
	const form = await dossier.open('Giám sát ghi nhận đã xem');
	await form.getByRole('button', { name: 'Ghi nhận' }).click();
	await expect(form.getByRole('alert')).toHaveText('Hãy ghi nội dung đã xem, cách xử lý.');
	await form
		.getByLabel('Nội dung đã xem, cách xử lý')
		.fill('Đã gọi điện xin lỗi công dân; nhắc bàn 1 trả đúng hẹn');
	await form.getByRole('button', { name: 'Ghi nhận' }).click();
	await expect(form).toBeHidden();
	await expect(page.getByText('Hồ sơ cần lãnh đạo, giám sát xem lại')).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Giám sát ghi nhận đã xem' })).toHaveCount(0);
	const timeline = dossier.timeline();
	await expect(timeline.getByText('Giám sát ghi nhận đã xem', { exact: true })).toBeVisible();
	await expect(timeline).toContainText('Đã gọi điện xin lỗi công dân; nhắc bàn 1 trả đúng hẹn');
	await expect(timeline).toContainText('Lương Thị Hoa — Bàn');

	// The day-end page: nothing left to review, the review listed with its note.
	await page.goto('/cuoi-ngay');
	await expect(page.getByTestId('day-end-review')).toHaveText('Không có hồ sơ nào cần xem lại.');
	const reviewed = page.getByTestId('day-end-reviewed');
	await expect(reviewed).toContainText(code);
	await expect(reviewed).toContainText('Lương Thị Hoa');
	await expect(reviewed).toContainText('Đã gọi điện xin lỗi công dân');
	await expect(page.locator('main')).not.toContainText('cho đến khi có chức năng');

	// The period report lists the rating with its reason; its follow-up is recorded step by step.
	const unsatisfied = () =>
		page.getByTestId('report-unsatisfied').getByTestId('unsatisfied-row').filter({ hasText: code });
	await page.goto('/bao-cao');
	await expect(page.getByTestId('report-ratings')).toContainText(
		'1 lượt đánh giá: rất hài lòng 0 (0,00 %), hài lòng 0 (0,00 %), không hài lòng 1 (100,00 %)'
	);
	await expect(unsatisfied()).toContainText('Phải chờ lâu');
	await expect(unsatisfied()).toContainText('Đang xử lý');
	await unsatisfied().getByRole('link', { name: code }).click();
	const followUp = async (step: string, fill: Record<string, string>) => {
		await page.getByRole('button', { name: 'Theo dõi ý kiến không hài lòng' }).click();
		const form = page.getByTestId('follow-up-form');
		await expect(form.getByTestId('follow-up-rating')).toContainText('Phải chờ lâu');
		await form.getByLabel(step, { exact: true }).check();
		for (const [label, value] of Object.entries(fill)) await form.getByLabel(label).fill(value);
		await form.getByRole('button', { name: 'Ghi nhận' }).click();
		return form;
	};
	const blank = await followUp('Giao người theo dõi', {});
	await expect(blank.getByRole('alert')).toHaveText('Ghi họ tên người theo dõi, xử lý ý kiến.');
	await blank.getByLabel('Người theo dõi, xử lý').fill('Hoàng Văn Minh');
	await blank.getByRole('button', { name: 'Ghi nhận' }).click();
	await expect(blank).toBeHidden();
	await expect(
		await followUp('Đã trả lời công dân', {
			'Nội dung đã trả lời công dân': 'Đã gọi điện giải thích thời hạn'
		})
	).toBeHidden();
	await expect(timeline).toContainText('Hoàng Văn Minh');
	await expect(timeline).toContainText('Đã gọi điện giải thích thời hạn');
	await page.goto('/bao-cao');
	await expect(unsatisfied()).toContainText('Hoàng Văn Minh');
	await expect(unsatisfied()).toContainText('Đã trả lời');
	await unsatisfied().getByRole('link', { name: code }).click();
	await expect(await followUp('Kết thúc theo dõi', {})).toBeHidden();
	await expect(page.getByRole('button', { name: 'Theo dõi ý kiến không hài lòng' })).toHaveCount(0);
	await page.goto('/bao-cao');
	await expect(unsatisfied()).toContainText('Đã kết thúc');
});

test('a refusal or a supplement request without a reason is refused next to the form', async ({
	page
}) => {
	await signIn(page);
	const code = await new ReceivePage(page).receive('khai sinh ket hop');
	const dossier = new DossierPage(page);
	await dossier.goto(code);
	const form = await dossier.open('Nhận kết quả giải quyết');
	await form.getByLabel('Từ chối giải quyết').check();
	await form.getByRole('button', { name: 'Ghi nhận' }).click();
	await expect(form.getByRole('alert')).toHaveText('Phải ghi rõ lý do.');
	await expect(dossier.status()).toHaveText('Đã tiếp nhận');
});
