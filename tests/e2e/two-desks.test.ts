import { expect, test, type Browser, type Page } from '@playwright/test';
import { goOffline, goOnline, waitForOfflineReady } from './support/app';
import { DossierPage } from './support/dossier-page';
import { expectPaper, PAPER, pageHas } from './support/pdf';
import { PrintPage } from './support/print-page';
import { officer, signIn, type Officer } from './support/login-page';
import { ReceivePage } from './support/receive-page';
import { SyncPage } from './support/sync-page';

/** A laptop of its own: a browser context with its own IndexedDB, cookies and service worker. */
async function laptop(browser: Browser, who: Officer) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await signIn(page, who);
	await waitForOfflineReady(page);
	return { context, page };
}

async function statusOf(page: Page, code: string): Promise<string> {
	const dossier = new DossierPage(page);
	await dossier.goto(code);
	return (await dossier.status().textContent()) ?? '';
}

test('two desks work offline on the same dossier and agree after sync, the conflict kept as an anomaly', async ({
	browser
}) => {
	test.setTimeout(240_000);
	const a = await laptop(browser, officer('desk1'));
	const b = await laptop(browser, officer('desk2'));
	// Each laptop registered a desk of its own, with its own part of the daily sequence.
	const deskA = (await a.page.getByTestId('officer-name').textContent()) ?? '';
	const deskB = (await b.page.getByTestId('officer-name').textContent()) ?? '';
	expect(deskA.split('— ')[1]).not.toBe(deskB.split('— ')[1]);

	// Desk A receives online; desk B gets it with its next sync.
	const shared = await new ReceivePage(a.page).receive('khai sinh ket hop');
	await new SyncPage(a.page).syncNow();
	await new SyncPage(b.page).syncNow();
	expect(await statusOf(b.page, shared)).toBe('Đã tiếp nhận');

	// The connection goes; both desks go on working.
	await goOffline(a.context);
	await goOffline(b.context);
	const fromA = await new ReceivePage(a.page).receive('khai sinh ket hop');
	const fromB = await new ReceivePage(b.page).receive('khai sinh ket hop');
	expect(fromA).not.toBe(fromB);
	const dossierA = new DossierPage(a.page);
	await dossierA.goto(shared);
	await dossierA.act('Công dân rút hồ sơ', { 'Lý do': 'Công dân xin rút để bổ sung giấy tờ' });
	await expect(dossierA.status()).toHaveText('Công dân rút hồ sơ');
	const dossierB = new DossierPage(b.page);
	await dossierB.goto(shared);
	await dossierB.act('Chuyển xử lý', { 'Đơn vị nhận hồ sơ': 'Công chức Tư pháp - Hộ tịch' });
	await expect(dossierB.status()).toHaveText('Đang xử lý');

	// Offline, the badge counts what waits to be sent: the new dossier and the withdrawal.
	const badgeA = a.page.getByTestId('sync-badge');
	await expect(badgeA).toHaveAttribute('data-state', 'offline');
	await expect(badgeA).toContainText('Mất kết nối máy chủ');
	await expect(badgeA).toHaveAttribute('data-unsent', '2');

	// Back online, each desk sends by itself when the connection returns.
	await goOnline(a.context);
	await expect(badgeA).toHaveAttribute('data-unsent', '0', { timeout: 30_000 });
	await expect(badgeA).toHaveAttribute('data-state', 'up-to-date');
	await goOnline(b.context);
	// Then A, B and A again, as the schedule would do, to settle both ways.

	await new SyncPage(a.page).syncNow();
	await new SyncPage(b.page).syncNow();
	await new SyncPage(a.page).syncNow();

	// Both desks hold every dossier and show the same state for the shared one.
	expect(await statusOf(a.page, fromB)).toBe('Đã tiếp nhận');
	expect(await statusOf(b.page, fromA)).toBe('Đã tiếp nhận');
	const onA = await statusOf(a.page, shared);
	const onB = await statusOf(b.page, shared);
	expect(onA).toBe('Công dân rút hồ sơ');
	expect(onB).toBe(onA);
	// Nothing is lost: the later action is kept, flagged for the supervisor on both desks.
	for (const page of [a.page, b.page]) {
		await new DossierPage(page).goto(shared);
		await expect(page.getByText('Thao tác bất thường cần xem lại')).toBeVisible();
		// Its author by name and desk, never by desk id (issue 9.9).
		await expect(page.getByTestId('anomalies')).toContainText(/— Bàn \d+\)/);
		await expect(page.getByTestId('anomalies')).not.toContainText('-desk-');
		await expect(
			page.getByTestId('timeline').getByText('Chuyển xử lý', { exact: true })
		).toBeVisible();
	}

	// The supervisor's day-end page (a third laptop) lists the conflict and both desks' reports.
	const supervisor = await laptop(browser, officer('supervisor'));
	const sup = supervisor.page;
	await new SyncPage(sup).syncNow();
	await sup.goto('/cuoi-ngay');
	await expect(sup.getByRole('heading', { level: 1 })).toHaveText('Cuối ngày');
	const review = sup.getByTestId('day-end-review');
	await expect(review).toContainText(shared);
	await expect(review.locator('tr', { hasText: shared })).toContainText('Chuyển xử lý');
	await expect(review.locator('tr', { hasText: shared })).toContainText(/— Bàn \d+\)/);
	await expect(review).not.toContainText('-desk-');
	const officers = sup.getByTestId('day-end-officers');
	// Each officer's day, by name (from the office directory): A received two dossiers, B one.
	await expect(officers.locator('tr', { hasText: officer('desk1').fullName })).toContainText('2');
	await expect(officers.locator('tr', { hasText: officer('desk2').fullName })).toContainText('1');
	// Each desk's last report: nothing left to send.
	await sup.getByRole('button', { name: 'Đồng bộ ngay' }).click();
	await expect(review).toContainText(shared);
	const desks = sup.getByTestId('day-end-sync');
	for (const desk of [deskA, deskB]) {
		const row = desks.locator('tbody tr', { hasText: desk.split('— ')[1] ?? '' });
		// Columns after the desk's name: officer, unsent, last sync, reported at.
		await expect(row.locator('td').nth(1)).toHaveText('0');
	}
	// Desk registrations are no dossier data: nothing unreadable on the supervisor's laptop.
	await expect(sup.getByText(/không đọc được/)).toHaveCount(0);

	// The printable summary: A4 portrait, the day's dossier under review, the supervisor's signature.
	await sup.getByTestId('day-end-print').click();
	await expect(sup.getByTestId('day-end-sheet')).toBeVisible();
	const sheets = await new PrintPage(sup).pdf();
	expectPaper(sheets, PAPER.A4);
	const [first] = sheets;
	if (!first) throw new Error('no page printed');
	expect(pageHas(first, 'BÁO CÁO TỔNG HỢP CUỐI NGÀY')).toBe(true);
	expect(sheets.some((sheet) => pageHas(sheet, shared))).toBe(true);
	expect(pageHas(sheets.at(-1) ?? first, 'NGƯỜI GIÁM SÁT')).toBe(true);

	await a.context.close();
	await b.context.close();
	await supervisor.context.close();
});
