import { expect, test, type Page } from '@playwright/test';
import { computeDueAt } from '../../src/lib/domain/calendar/due-date';
import { addEntry, addNotice, emptyEntryDraft } from '../../src/lib/domain/calendar/calendar-edit';
import { entryDays } from '../../src/lib/domain/calendar/calendar-year';
import { buildWorkingCalendar } from '../../src/lib/domain/calendar/working-calendar';
import { DEFAULT_CALENDAR_SETTINGS } from '../../src/lib/domain/calendar/settings';
import { BUILT_IN_YEARS } from '../../src/lib/domain/calendar/years';
import type { IsoDate, LocalDateTime } from '../../src/lib/domain/time';
import {
	addDays,
	formatVnDate,
	formatVnDateTime,
	parseVnDateTime,
	weekday
} from '../../src/lib/domain/time';
import { readFileSync } from 'node:fs';
import { DossierPage } from './support/dossier-page';
import { PROVINCE_ADMIN, officeIdOf, stemOf } from './support/e2e-province';
import { LoginPage, signIn } from './support/login-page';
import { ReceivePage } from './support/receive-page';
import { SyncPage } from './support/sync-page';

/**
 * Issue 12's acceptance (ADR 34): a province administrator creates a procedure for this file's
 * office, a desk receives a dossier under it, the administrator lengthens its statutory time and
 * adds a day off; after the desk's next sync a new dossier gets the new due time and the first
 * keeps its own. Bad input is refused with a message and writes nothing; a desk officer can
 * neither open the pages nor write the catalogue. The day off is removed again at the end, since
 * every office's calendar is the province's one.
 */
const CODE = '2.999001';
const NAME = 'Thủ tục thử nghiệm quản trị danh mục';

/** The next Monday–Friday after `day` that no built-in calendar year lists. */
function freeWeekdayAfter(day: IsoDate): IsoDate {
	const listed = new Set<string>(BUILT_IN_YEARS.flatMap((y) => y.entries.flatMap(entryDays)));
	let d = addDays(day, 1);
	while (weekday(d) === 0 || weekday(d) === 6 || listed.has(d)) d = addDays(d, 1);
	return d;
}

function vnToday(): IsoDate {
	const now = new Date(Date.now() + 7 * 3600_000);
	return now.toISOString().slice(0, 10) as IsoDate;
}

async function dueOf(page: Page, code: string): Promise<{ received: string; due: string }> {
	await new DossierPage(page).goto(code);
	return {
		received: (await page.getByTestId('dossier-received').textContent())?.trim() ?? '',
		due: (await page.getByTestId('dossier-due').textContent())?.trim() ?? ''
	};
}

/** "08:15 04/12/2026" → LocalDateTime. */
function localOf(text: string): LocalDateTime {
	const [time = '', date = ''] = text.split(' ');
	const at = parseVnDateTime(date, time);
	if (at === null) throw new Error(`not a date and time: ${text}`);
	return at;
}

test('an administrator changes a procedure and the calendar; a desk uses them after its sync', async ({
	browser
}) => {
	test.setTimeout(240_000);
	const officeId = officeIdOf(stemOf(test.info().file));
	const holiday = freeWeekdayAfter(vnToday());
	const year = Number(holiday.slice(0, 4));

	const adminContext = await browser.newContext();
	const admin = await adminContext.newPage();
	await signIn(admin, PROVINCE_ADMIN);
	await admin
		.getByRole('navigation', { name: 'Điều hướng chính' })
		.getByRole('link', { name: 'Quản trị' })
		.click();
	await admin.getByRole('link', { name: 'Thủ tục hành chính' }).first().click();
	await expect(admin.getByTestId('admin-procedures')).toBeVisible();
	// Search without diacritics finds the demo's birth registration.
	await admin.getByTestId('admin-procedure-search').fill('khai sinh');
	await expect(admin.getByTestId('admin-procedures')).toContainText('Thủ tục đăng ký khai sinh');

	// A new procedure: bad input first (a code already in the catalogue, a time of zero).
	await admin.getByTestId('admin-procedure-new').click();
	await admin.getByTestId('admin-field-code').fill('1.001193');
	await admin.getByTestId('admin-field-name').fill(NAME);
	await admin.getByTestId('admin-field-sector').fill('Thử nghiệm');
	await admin.getByTestId('admin-field-unit').fill('UBND phường');
	await admin.getByTestId('admin-field-time-amount').fill('0');
	await admin.getByTestId('admin-add-component').click();
	await admin.getByTestId('admin-component-name').fill('Đơn đề nghị');
	await admin.getByTestId('admin-procedure-save').click();
	await expect(admin.getByTestId('admin-form-errors')).toBeVisible();
	await expect(admin.getByText('Phải lớn hơn 0.')).toBeVisible();
	await admin.getByTestId('admin-field-time-amount').fill('2');
	await admin.getByTestId('admin-procedure-save').click();
	await expect(admin.getByTestId('admin-save-error')).toContainText(
		'Mã thủ tục này đã có trong danh mục'
	);
	// What is typed survives a reload.
	await admin.reload();
	await expect(admin.getByTestId('admin-draft-restored')).toBeVisible();
	await expect(admin.getByTestId('admin-field-name')).toHaveValue(NAME);
	await admin.getByTestId('admin-field-code').fill(CODE);
	await admin
		.getByTestId('admin-receiving-offices')
		.getByRole('checkbox', { name: new RegExp(`\\(${officeId}\\)`) })
		.check();
	await admin.getByTestId('admin-procedure-save').click();
	await expect(admin.getByTestId('admin-saved')).toContainText('Đã lưu phiên bản 1');
	await expect(admin).toHaveURL(new RegExp(`/quan-tri/thu-tuc/${CODE.replace('.', '\\.')}$`));

	// The desk brings the new procedure and receives a dossier under it.
	const deskContext = await browser.newContext();
	const desk = await deskContext.newPage();
	await signIn(desk);
	await new SyncPage(desk).syncNow();
	const before = await new ReceivePage(desk).receive('thu nghiem quan tri');
	const first = await dueOf(desk, before);

	// A desk officer cannot open the administration, and the server refuses their writes.
	await desk.goto('/quan-tri/thu-tuc');
	await expect(desk.getByTestId('admin-not-allowed')).toBeVisible();
	await expect(desk.getByRole('link', { name: 'Quản trị' })).toHaveCount(0);
	const read = await desk.request.get(`/db/motcua_catalogue/procedure:${CODE}`);
	expect(read.status()).toBe(200);
	const stored = (await read.json()) as Record<string, unknown>;
	const refused = await desk.request.put(`/db/motcua_catalogue/procedure:${CODE}`, {
		data: { ...stored, version: Number(stored.version) + 1, time: { unit: 'none' } }
	});
	expect(refused.status()).toBe(403);
	expect(((await refused.json()) as { reason: string }).reason).toMatch(/^not-province-admin/);

	// The administrator lengthens the statutory time: version 2.
	await admin.getByTestId('admin-field-time-amount').fill('4');
	await admin.getByTestId('admin-procedure-save').click();
	await expect(admin.getByTestId('admin-saved')).toContainText('Đã lưu phiên bản 2');

	// And adds a day off, with its notice; a day outside the year is refused.
	await admin.getByRole('link', { name: 'Lịch nghỉ lễ' }).click();
	await expect(admin.getByTestId('admin-calendar-heading')).toBeVisible();
	if ((await admin.getByTestId('admin-calendar-heading').textContent()) !== `Năm ${year}`) {
		await admin.getByTestId(`admin-year-${year}`).click();
	}
	await expect(admin.getByTestId('admin-calendar-heading')).toHaveText(`Năm ${year}`);
	await admin.getByTestId('admin-notice-number').fill('E2E/TB-QT');
	await admin.getByTestId('admin-notice-date').fill(formatVnDate(vnToday()));
	await admin.getByTestId('admin-notice-add').click();
	await expect(admin.getByTestId('admin-notices')).toContainText('Thông báo E2E/TB-QT');
	await admin.getByTestId('admin-entry-from').fill(`02/01/${year + 1}`);
	await admin.getByTestId('admin-entry-occasion').selectOption('culture-day');
	await admin.getByTestId('admin-entry-add').click();
	await expect(admin.getByText('Ngày này không thuộc năm đang sửa.')).toBeVisible();
	await admin.getByTestId('admin-entry-from').fill(formatVnDate(holiday));
	await admin.getByTestId('admin-entry-add').click();
	await expect(admin.getByTestId('admin-entries')).toContainText(formatVnDate(holiday));
	await admin.getByTestId('admin-calendar-save').click();
	await expect(admin.getByTestId('admin-saved')).toContainText(`Đã lưu lịch năm ${year}`);

	try {
		// After its sync, the desk gives a new dossier the new time around the new day off.
		await new SyncPage(desk).syncNow();
		const after = await new ReceivePage(desk).receive('thu nghiem quan tri');
		const second = await dueOf(desk, after);
		const stored = BUILT_IN_YEARS.find((y) => y.year === year);
		const withNotice = stored
			? addNotice(stored, { number: 'E2E/TB-QT', date: formatVnDate(vnToday()), kind: 'Thông báo' })
			: null;
		const withDay =
			withNotice?.ok === true
				? addEntry(withNotice.value, {
						...emptyEntryDraft(),
						from: formatVnDate(holiday),
						occasion: 'culture-day',
						basis: 'E2E/TB-QT'
					})
				: null;
		expect(withDay?.ok).toBe(true);
		if (!withDay?.ok) return;
		const years = BUILT_IN_YEARS.map((y) => (y.year === year ? withDay.value : y));
		const offices = JSON.parse(readFileSync('catalogue/demo-province/offices.json', 'utf8')) as {
			id: string;
			hours: { periods: { start: number; end: number }[] };
		}[];
		const ward = offices.find((o) => o.id === 'lson-luongvantri');
		const expected = computeDueAt(
			localOf(second.received),
			{ unit: 'working-days', amount: 4 },
			{
				calendar: buildWorkingCalendar(years),
				hours: ward!.hours,
				settings: DEFAULT_CALENDAR_SETTINGS
			}
		);
		expect(expected.ok).toBe(true);
		if (!expected.ok || expected.value === null) return;
		expect(second.due).toBe(formatVnDateTime(expected.value));
		// The dossier received before the change keeps the due time it was given.
		expect((await dueOf(desk, before)).due).toBe(first.due);
		expect(second.due).not.toBe(first.due);

		// The audit trail names every change, newest first.
		await admin.getByRole('link', { name: 'Nhật ký thay đổi' }).click();
		const audit = admin.getByTestId('admin-audit');
		await expect(audit.locator('tbody tr').first()).toContainText(`Lịch năm ${year}`);
		await expect(audit).toContainText(`Thủ tục ${CODE}`);
		await expect(audit).toContainText('thời hạn');
		await expect(audit).toContainText(PROVINCE_ADMIN.userName);
	} finally {
		// The province's calendar is every office's: the test's day off goes again.
		await admin.goto('/quan-tri/lich');
		await admin.getByTestId(`admin-year-${year}`).click();
		await admin
			.getByTestId('admin-entries')
			.getByRole('row', { name: new RegExp(formatVnDate(holiday)) })
			.getByRole('button', { name: 'Xóa' })
			.click();
		await admin.getByTestId('admin-calendar-save').click();
		await expect(admin.getByTestId('admin-saved')).toBeVisible();
	}
	await deskContext.close();
	await adminContext.close();
});

test('an administrator creates an account, edits the office and retires a laptop', async ({
	browser
}) => {
	test.setTimeout(180_000);
	const officeId = officeIdOf(stemOf(test.info().file));
	const adminContext = await browser.newContext();
	const admin = await adminContext.newPage();
	await signIn(admin, PROVINCE_ADMIN);

	// A new account: a short password is refused; then the officer can log in at a desk. Its name
	// is new on every run: a server kept from an earlier run (CI's cluster) holds the last one.
	const userName = `moi.${Date.now().toString(36)}`;
	await admin.goto('/quan-tri/nguoi-dung');
	await admin.getByTestId('admin-account-new').click();
	await admin.getByTestId('admin-account-user').fill(userName);
	await admin.getByTestId('admin-account-name').fill('Đinh Thị Mới');
	await admin.getByTestId('admin-account-office').selectOption(officeId);
	await admin.getByRole('checkbox', { name: 'Tiếp nhận, trả kết quả' }).check();
	await admin.getByTestId('admin-account-password').fill('ngan');
	await admin.getByTestId('admin-account-save').click();
	await expect(admin.getByText('Mật khẩu cần ít nhất 8 ký tự.')).toBeVisible();
	await admin.getByTestId('admin-account-password').fill('mat-khau-moi');
	await admin.getByTestId('admin-account-save').click();
	await expect(admin.getByTestId('admin-saved')).toContainText('Đã lưu tài khoản');
	await expect(admin.getByTestId('admin-accounts')).toContainText('Đinh Thị Mới');

	const newcomer = { userName, fullName: 'Đinh Thị Mới' };
	const deskContext = await browser.newContext();
	const desk = await deskContext.newPage();
	await desk.goto('/');
	await new LoginPage(desk).logIn(newcomer, 'mat-khau-moi');
	await new SyncPage(desk).syncNow();

	// The office's screen lock, and its laptops: the newcomer's is retired, its slot freed.
	await admin.goto('/quan-tri/don-vi');
	await admin.getByTestId('admin-office-choose').selectOption(officeId);
	await admin.getByTestId('admin-office-lockMinutes').fill('0');
	await admin.getByTestId('admin-office-save').click();
	await expect(admin.getByText('Số nằm ngoài giới hạn cho phép (xem gợi ý).')).toBeVisible();
	await admin.getByTestId('admin-office-lockMinutes').fill('5');
	await admin.getByTestId('admin-office-save').click();
	await expect(admin.getByTestId('admin-saved')).toContainText('Đã lưu thông tin đơn vị');
	const row = admin
		.getByTestId('admin-desks')
		.getByRole('row', { name: new RegExp(userName.replace('.', '\\.')) });
	await expect(row).toContainText('Đang dùng');
	await row.getByTestId('admin-desk-retire').click();
	await expect(admin.getByTestId('admin-retire-form')).toContainText('còn 0 thay đổi chưa gửi');
	await admin.getByTestId('admin-retire-confirm').click();
	await expect(row).toContainText('Đã thu hồi, chỗ đã giải phóng');

	// After its sync, the retired laptop issues no number and says why.
	await new SyncPage(desk).syncNow();
	const receive = new ReceivePage(desk);
	await receive.goto();
	await receive.chooseProcedure('khai sinh');
	await receive.tickAllComponents();
	await receive.scanOwnerQr();
	await desk.locator('#applicant-phone').fill('0912345678');
	await receive.submit();
	await expect(desk.getByText('Máy này đã bị quản trị tỉnh thu hồi')).toBeVisible();

	// The log names each change.
	await admin.goto('/quan-tri/nhat-ky');
	const audit = admin.getByTestId('admin-audit');
	await expect(audit).toContainText(`Tài khoản ${userName}`);
	await expect(audit).toContainText('thời gian khóa màn hình');
	await expect(audit).toContainText('thu hồi, giải phóng chỗ');
	await deskContext.close();
	await adminContext.close();
});
