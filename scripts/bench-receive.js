#!/usr/bin/env node
/**
 * `npm run bench`, receipt part (architecture.md §7: submit → stored → receipt shown under 100 ms):
 * in headless Chromium on a production build, the time from the click on "Tiếp nhận" to Form 01
 * on screen with both copies' QR codes drawn, beside a baseline measured in the same run: a client-side
 * navigation to another page of the app.
 */
import { chromium } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmbeddedServer } from '../server/embedded.js';
import { provision } from '../server/provision/provision.js';
import { readProvinceFile } from '../server/provision/province.js';

const BUILD = process.env.BENCH_BUILD_DIR ?? 'build';
const RUNS = 15;
const QR = '020190000123||NGUYỄN THỊ ÁNH|01051990|Nữ|Số 5 Lê Lợi, Lạng Sơn|20042021';
const args = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// The app with its embedded server and the demo province, as `npm start` runs it.
const work = mkdtempSync(join(tmpdir(), 'motcua-receive-bench-'));
const server = await startEmbeddedServer({ dataDir: work, port: 0, appDir: BUILD });
await provision({
	url: server.adminDbUrl,
	province: await readProvinceFile(
		fileURLToPath(new URL('../server/demo-province.json', import.meta.url))
	),
	log: () => {}
});
const base = server.url.replace(/\/$/, '');
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args
});

/** The first login of a desk officer: the laptop becomes a desk of the demo ward. */
async function setUpDesk(page) {
	await page.goto(`${base}/`);
	await page.getByLabel('Tên đăng nhập').fill('lvt.motcua1');
	await page.getByLabel('Mật khẩu').fill('demo-motcua');
	await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
	await page.getByTestId('officer-name').waitFor();
}

/** Fills a complete receipt without submitting it. */
async function fillReceipt(page) {
	await page.locator('nav a[href="/tiep-nhan"]').click();
	const search = page.getByRole('combobox', { name: 'Thủ tục hành chính' });
	await search.fill('khai sinh ket hop');
	await search.press('Enter');
	for (const box of await page
		.getByRole('group', { name: 'Thành phần hồ sơ đã nhận' })
		.getByRole('checkbox')
		.all())
		await box.check();
	await page.locator('#applicant-qr').fill(QR);
	await page.locator('#applicant-qr').press('Enter');
}

/** Milliseconds inside the page from `start()` until `done()` holds, polled every animation frame. */
async function timeInPage(page, start, done) {
	return page.evaluate(
		([startJs, doneJs]) =>
			new Promise((resolve) => {
				const t0 = performance.now();
				new Function(startJs)();
				const poll = () =>
					new Function(`return ${doneJs}`)()
						? resolve(performance.now() - t0)
						: requestAnimationFrame(poll);
				poll();
			}),
		[start, done]
	);
}

/** Presses `key` and counts it. */
async function press(page, counter, key) {
	await page.keyboard.press(key);
	counter.keys += 1;
}

/** Presses Tab until `selector` holds focus (at most 80), counting each. */
async function tabTo(page, counter, selector) {
	for (let i = 0; i < 80; i++) {
		if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
		await press(page, counter, 'Tab');
	}
	throw new Error(`${selector} not reached with Tab`);
}

/**
 * The keys of a routine receipt from the home screen (issue 15): a card scanned, one procedure,
 * its components ticked, Form 01 printed; the text typed (the procedure's name, the scanner's
 * input) is not counted. `shortcuts`: with the desk's shortcuts, or by Tab, Space and Enter alone.
 */
async function receiptKeys(page, shortcuts) {
	await page.goto(`${base}/`);
	await page.getByRole('heading', { level: 1 }).waitFor();
	// The shortcuts act once the desk is open (its work queue drawn): a key before is lost.
	await page.getByTestId('officer-name').waitFor();
	await page.locator('[data-testid=queue-overdue]').waitFor();
	await page.evaluate(() => {
		window.print = () => {
			window.__printed = (window.__printed ?? 0) + 1;
		};
	});
	const counter = { keys: 0 };
	if (shortcuts) await press(page, counter, 'Alt+N');
	else {
		await tabTo(page, counter, 'nav a[href="/tiep-nhan"]');
		await press(page, counter, 'Enter');
	}
	await page.locator('#procedure-search:focus').waitFor();
	await page.keyboard.type('khai sinh ket hop');
	await page.getByRole('listbox').waitFor();
	await press(page, counter, 'Enter');
	await page.getByTestId('chosen-procedure').waitFor();
	if (shortcuts) await press(page, counter, 'Alt+A');
	else {
		const boxes = '[data-testid="component-checklist"] input[type="checkbox"]';
		const count = await page.locator(boxes).count();
		for (let i = 0; i < count; i++) {
			await tabTo(page, counter, `${boxes}:not(:checked)`);
			await press(page, counter, 'Space');
		}
	}
	if (shortcuts) await press(page, counter, 'Alt+Q');
	else await tabTo(page, counter, '#applicant-qr');
	await page.keyboard.insertText(QR);
	await page.keyboard.press('Enter');
	if (shortcuts) await press(page, counter, 'Alt+S');
	else {
		await tabTo(page, counter, '[data-testid="receive-form"] button[type="submit"]');
		await press(page, counter, 'Enter');
	}
	await page.waitForURL(/\/in\/giay-tiep-nhan$/);
	await page.locator('button[data-autofocus]:focus').waitFor();
	await page.evaluate(() => {
		window.print = () => {
			window.__printed = (window.__printed ?? 0) + 1;
		};
	});
	await press(page, counter, 'Enter');
	const printed = await page.evaluate(() => window.__printed ?? 0);
	if (printed !== 1) throw new Error('Form 01 was not printed by the keyboard');
	return counter.keys;
}

try {
	const page = await browser.newPage();
	await setUpDesk(page);
	const receipts = [];
	const navigations = [];
	for (let i = 0; i < RUNS; i++) {
		await fillReceipt(page);
		receipts.push(
			await timeInPage(
				page,
				`document.querySelector('[data-testid="receive-form"] button[type="submit"]').click()`,
				`location.pathname.endsWith('/in/giay-tiep-nhan') && document.querySelectorAll('[data-testid="dossier-qr"]').length === 2 && [...document.querySelectorAll('[data-testid="dossier-qr"]')].every((img) => img.complete && img.naturalWidth > 0)`
			)
		);
		navigations.push(
			await timeInPage(
				page,
				`document.querySelector('nav a[href="/cai-dat"]').click()`,
				`document.querySelector('h1')?.textContent === 'Cài đặt'`
			)
		);
	}
	const receipt = median(receipts);
	const navigation = median(navigations);
	console.log(
		`page navigation inside the app (baseline): median ${navigation.toFixed(1)} ms of ${RUNS}`
	);
	console.log(
		`receive a dossier, click → stored → Form 01 with its QR codes shown: median ${receipt.toFixed(1)} ms of ${RUNS} (budget 100 ms; ${(receipt / navigation).toFixed(2)}× a navigation)`
	);
	const byTab = await receiptKeys(page, false);
	const withShortcuts = await receiptKeys(page, true);
	console.log(
		`keys of a routine receipt from the home screen, besides the text typed and the scanner: ${withShortcuts} with the shortcuts (budget 12), ${byTab} by Tab, Space and Enter alone (baseline; ${(byTab / withShortcuts).toFixed(1)}×)`
	);
} finally {
	await browser.close();
	await server.close();
	rmSync(work, { recursive: true, force: true });
}
