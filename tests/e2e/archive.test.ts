import { expect, test, type Browser } from '@playwright/test';
import { waitForOfflineReady } from './support/app';
import { DossierPage } from './support/dossier-page';
import { LookupPage } from './support/dossier-list-page';
import { officer, signIn, type Officer } from './support/login-page';
import { ReceivePage } from './support/receive-page';
import { SyncPage } from './support/sync-page';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A laptop of its own, its page clock `daysAgo` days behind when given. */
async function laptop(browser: Browser, who: Officer, daysAgo = 0) {
	const context = await browser.newContext();
	const page = await context.newPage();
	if (daysAgo > 0) await page.clock.install({ time: Date.now() - daysAgo * DAY_MS });
	await signIn(page, who);
	await waitForOfflineReady(page);
	return { context, page };
}

/** In the page: whether the office's read model has a row for dossier `code`. */
async function readModelHolds(code: string): Promise<boolean> {
	const names = (await indexedDB.databases()).map((d) => d.name ?? '');
	const name = names.find((n) => n.startsWith('motcua_read_'));
	if (name === undefined) throw new Error('no read model on this laptop');
	const db = await new Promise<IDBDatabase>((resolve, reject) => {
		const request = indexedDB.open(name);
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error ?? new Error(name));
	});
	try {
		const got = db.transaction('dossiers').objectStore('dossiers').getKey(code);
		return await new Promise<boolean>((resolve, reject) => {
			got.onsuccess = () => resolve(got.result !== undefined);
			got.onerror = () => reject(got.error ?? new Error(code));
		});
	} finally {
		db.close();
	}
}

test('a new laptop keeps the open dossiers and the last 90 days; an older dossier is read from the server, and offline the desk says it needs a connection', async ({
	browser
}) => {
	test.setTimeout(240_000);
	// Five months ago, desk 1 received two dossiers and closed one of them (a withdrawal).
	const before = await laptop(browser, officer('desk1'), 150);
	const receive = new ReceivePage(before.page);
	const old = await receive.receive('khai sinh');
	const stillOpen = await receive.receive('khai sinh');
	const dossier = new DossierPage(before.page);
	await dossier.goto(old);
	await dossier.act('Công dân rút hồ sơ', { 'Lý do': 'Công dân xin rút để bổ sung giấy tờ' });
	await expect(dossier.status()).toHaveText('Công dân rút hồ sơ');
	await new SyncPage(before.page).syncNow();
	// On that laptop the closed dossier is older than the window (its office worker keeps today's
	// clock): soon after the desk opens again it leaves the laptop, and the dossier page reads it
	// from the server like any older dossier (ADR 25). The open one stays.
	await before.page.reload();
	// Watched in the read model, without reloading the page (which would start the desk again).
	await expect
		.poll(() => before.page.evaluate(readModelHolds, old), { timeout: 90_000, intervals: [2_000] })
		.toBe(false);
	await dossier.goto(old);
	await expect(before.page.getByTestId('dossier-archived')).toBeVisible();
	await expect(dossier.timeline()).toContainText('Công dân xin rút để bổ sung giấy tờ');
	await dossier.goto(stillOpen);
	await expect(dossier.status()).toHaveText('Đã tiếp nhận');
	await expect(before.page.getByTestId('dossier-archived')).toHaveCount(0);
	await before.context.close();

	// Today a new laptop logs in: the old open dossier is here, the old closed one is not.
	const now = await laptop(browser, officer('desk2'));
	const page = now.page;
	await new SyncPage(page).syncNow();
	const here = new DossierPage(page);
	await here.goto(stillOpen);
	await expect(here.status()).toHaveText('Đã tiếp nhận');
	await expect(page.getByTestId('dossier-archived')).toHaveCount(0);

	// Searched in the Hồ sơ list, the older code is not here: the list says where it is.
	await page.goto('/ho-so');
	await page.getByLabel('Tìm hồ sơ').fill(old.toLowerCase());
	const elsewhere = page.getByTestId('dossier-list-elsewhere');
	await expect(elsewhere).toContainText('không có trên máy này');
	await elsewhere.getByRole('link', { name: `Mở hồ sơ ${old} từ máy chủ` }).click();
	await expect(page.getByTestId('dossier-code')).toHaveText(old);

	// The older dossier is read from the server: its history, to read only.
	await here.goto(old);
	await expect(here.status()).toHaveText('Công dân rút hồ sơ');
	await expect(page.getByTestId('dossier-archived')).toContainText(
		'đã kết thúc quá 90 ngày nên không còn lưu trên máy này'
	);
	await expect(here.timeline()).toContainText('Công dân xin rút để bổ sung giấy tờ');
	await expect(page.getByRole('button', { name: 'Giám sát ghi nhận đã xem' })).toHaveCount(0);
	const held = await page.evaluate(async (code) => {
		const open = indexedDB.open('_pouch_motcua_office_e2e-archive');
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			open.onsuccess = () => resolve(open.result);
			open.onerror = () => reject(new Error(String(open.error)));
		});
		const store = db.transaction('document-store').objectStore('document-store');
		const got = store.get(`dossier:${code}`);
		return new Promise<boolean>((resolve) => {
			got.onsuccess = () => resolve(got.result !== undefined);
			got.onerror = () => resolve(false);
		});
	}, old);
	expect(held).toBe(false);

	// A report of a period before the window says that it lacks what closed earlier.
	await page.goto('/bao-cao');
	await page.getByLabel('Kỳ báo cáo').selectOption('year');
	await page
		.getByRole('spinbutton', { name: 'Năm' })
		.fill(String(new Date(Date.now() - 400 * DAY_MS).getFullYear()));
	await expect(page.getByTestId('report-incomplete')).toContainText(
		'Máy này giữ đủ hồ sơ kết thúc từ ngày'
	);

	// Offline, the desk says a connection is needed, not that the dossier does not exist.
	await now.context.setOffline(true);
	await page.goto(`/ho-so/${encodeURIComponent(old)}`);
	await expect(page.getByTestId('dossier-needs-server')).toContainText(
		'Cần kết nối mạng để xem hồ sơ này.'
	);
	const lookup = new LookupPage(page);
	await lookup.goto();
	await lookup.scan(old);
	await expect(page.getByTestId('lookup-not-found')).toContainText(
		'chỉ tra cứu được khi máy có kết nối mạng'
	);

	// Online again, the citizen's lookup finds it on the server.
	await now.context.setOffline(false);
	await lookup.code().fill('');
	await lookup.scan(old);
	await expect(lookup.result()).toBeVisible();
	await expect(page.getByTestId('lookup-status')).toHaveText(
		'Hồ sơ đã được rút theo yêu cầu của ông/bà.'
	);
	await now.context.close();
});
