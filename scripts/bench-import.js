#!/usr/bin/env node
/**
 * `npm run bench`, import and year-report part (issue 10, ADR 26 and 28): in headless Chromium on
 * a production build, with the embedded server and the demo province (`npm start`), a desk
 * officer imports a tracking book of BENCH_IMPORT_ROWS rows (50,000 by default, the seed's
 * shares) through the import page, offline, on a browser profile on disk:
 *
 * - check: the file chosen → its rows checked in the import worker ("ready");
 * - write: "Nhập" → every dossier and event written ("done"), with the longest main-thread task
 *   meanwhile (the page must not freeze); baseline: raw IndexedDB puts of as many documents, in
 *   the same browser;
 * - the report page opened cold (its entries read into memory, ADR 30), then the year's report:
 *   the period typed → the table showing the year, once the projector has folded the book;
 *   baselines: reading the same report entries with raw IndexedDB, and building the same report by
 *   folding every dossier straight from its documents (tests/bench/sync-bench.ts, loaded into
 *   the page).
 *
 * Figures are printed and written to bench/results/import-<date>.json, never asserted.
 */
import { chromium } from '@playwright/test';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { startEmbeddedServer } from '../server/embedded.js';
import { provision } from '../server/provision/provision.js';
import { readProvinceFile } from '../server/provision/province.js';
import { seedBookXlsx } from './seed-book.js';

const BUILD = process.env.BENCH_BUILD_DIR ?? 'build';
const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 50_000);
const RESULTS_DIR = process.env.BENCH_RESULTS_DIR ?? 'bench/results';
const args = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];
const s = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** How many records the page's IndexedDB database named `prefix…` holds in `store` (0: none yet). */
function countIn(page, prefix, store) {
	return page.evaluate(
		async ({ prefix, store }) => {
			const names = (await indexedDB.databases()).map((d) => d.name ?? '');
			const name = names.find((n) => n.startsWith(prefix));
			if (!name) return 0;
			const db = await new Promise((resolve, reject) => {
				const open = indexedDB.open(name);
				open.onsuccess = () => resolve(open.result);
				open.onerror = () => reject(open.error);
			});
			const count = await new Promise((resolve) => {
				const req = db.transaction(store).objectStore(store).count();
				req.onsuccess = () => resolve(req.result);
			});
			db.close();
			return count;
		},
		{ prefix, store }
	);
}

const work = mkdtempSync(join(tmpdir(), 'motcua-import-bench-'));
// The app, and beside it the bench's own page module (for the report's folding baseline), which
// the report page loads once measured.
const root = fileURLToPath(new URL('..', import.meta.url));
const appDir = join(work, 'app');
cpSync(BUILD, appDir, { recursive: true });
await build({
	configFile: false,
	logLevel: 'error',
	root: join(root, 'tests/bench'),
	base: '/bench-page/',
	resolve: { alias: { $lib: join(root, 'src/lib') } },
	build: {
		outDir: join(appDir, 'bench-page'),
		emptyOutDir: true,
		rollupOptions: { input: join(root, 'tests/bench/sync-bench.html') }
	}
});
const benchScript = /src="([^"]+\.js)"/.exec(
	readFileSync(join(appDir, 'bench-page', 'sync-bench.html'), 'utf8')
)?.[1];
if (!benchScript) throw new Error('the bench page has no script');
const server = await startEmbeddedServer({ dataDir: join(work, 'server'), port: 0, appDir });
await provision({
	url: server.adminDbUrl,
	province: await readProvinceFile(
		fileURLToPath(new URL('../server/demo-province.json', import.meta.url))
	),
	log: () => {}
});
const base = server.url.replace(/\/$/, '');
const context = await chromium.launchPersistentContext(join(work, 'profile'), {
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args,
	headless: true,
	locale: 'vi-VN',
	timezoneId: 'Asia/Ho_Chi_Minh',
	viewport: { width: 1366, height: 768 }
});

try {
	const page = context.pages()[0] ?? (await context.newPage());
	await page.goto(`${base}/`);
	await page.getByLabel('Tên đăng nhập').fill('lvt.motcua1');
	await page.getByLabel('Mật khẩu').fill('demo-motcua');
	await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
	await page.getByTestId('officer-name').waitFor({ timeout: 120_000 });
	await page.evaluate(() => navigator.serviceWorker.ready);
	const file = await seedBookXlsx({ rows: ROWS });
	await context.setOffline(true);

	await page.goto(`${base}/nhap-so`);
	await page.evaluate(() => {
		globalThis.__longest = 0;
		new PerformanceObserver((list) => {
			for (const e of list.getEntries())
				globalThis.__longest = Math.max(globalThis.__longest, e.duration);
		}).observe({ type: 'longtask', buffered: false });
	});
	let start = Date.now();
	await page.getByTestId('import-file').setInputFiles({
		name: 'so-theo-doi.xlsx',
		mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		buffer: file
	});
	await page.getByTestId('import-ready').waitFor({ timeout: 600_000 });
	const checkMs = Date.now() - start;
	start = Date.now();
	await page.getByRole('button', { name: /^Nhập [\d.]+ hồ sơ$/ }).click();
	await page.getByTestId('import-done').waitFor({ timeout: 1_800_000 });
	const writeMs = Date.now() - start;
	const longestMs = await page.evaluate(() => globalThis.__longest);
	const documents = await countIn(page, '_pouch_motcua_office_', 'document-store');
	// Baseline: raw IndexedDB puts of as many documents of the same size, in the same browser.
	const rawMs = await page.evaluate(async (n) => {
		const db = await new Promise((resolve, reject) => {
			const open = indexedDB.open('bench-raw-import', 1);
			open.onupgradeneeded = () => open.result.createObjectStore('docs', { keyPath: 'id' });
			open.onsuccess = () => resolve(open.result);
			open.onerror = () => reject(open.error);
		});
		const body = 'x'.repeat(700);
		const t0 = performance.now();
		for (let i = 0; i < n; i += 2000) {
			await new Promise((resolve, reject) => {
				const tx = db.transaction('docs', 'readwrite');
				for (let j = i; j < Math.min(n, i + 2000); j++)
					tx.objectStore('docs').put({ id: `d${j}`, body });
				tx.oncomplete = resolve;
				tx.onerror = () => reject(tx.error);
			});
		}
		const ms = performance.now() - t0;
		db.close();
		indexedDB.deleteDatabase('bench-raw-import');
		return ms;
	}, documents);

	// The year's report, once the projector has folded the whole book.
	const entries = () => countIn(page, 'motcua_read_', 'reportEntries');
	start = Date.now();
	while ((await entries()) < ROWS) await page.waitForTimeout(1000);
	const projectMs = Date.now() - start;
	start = Date.now();
	await page.goto(`${base}/bao-cao`);
	await page.getByTestId('report-sheet-period').waitFor();
	const coldMs = Date.now() - start;
	await page.getByLabel('Kỳ báo cáo').selectOption({ label: 'Tùy chọn khoảng ngày' });
	const from = page.getByLabel('Từ ngày', { exact: true });
	await from.fill('01/01/2020');
	await from.press('Enter');
	await page.getByTestId('report-sheet-period').filter({ hasText: '01/01/2020' }).waitFor();
	const to = page.getByLabel('Đến ngày', { exact: true });
	await to.fill('31/12/2020');
	start = Date.now();
	await to.press('Enter');
	await page.getByTestId('report-sheet-period').filter({ hasText: '31/12/2020' }).waitFor();
	const reportMs = Date.now() - start;
	const readMs = await page.evaluate(async () => {
		const names = (await indexedDB.databases()).map((d) => d.name ?? '');
		const name = names.find((n) => n.startsWith('motcua_read_')) ?? '';
		const db = await new Promise((resolve, reject) => {
			const open = indexedDB.open(name);
			open.onsuccess = () => resolve(open.result);
			open.onerror = () => reject(open.error);
		});
		const t0 = performance.now();
		await new Promise((resolve) => {
			const req = db.transaction('reportEntries').objectStore('reportEntries').getAll();
			req.onsuccess = () => resolve(req.result.length);
		});
		const ms = performance.now() - t0;
		db.close();
		return ms;
	});

	// Baseline: the same year's report folded straight from the documents, in the same page.
	await context.setOffline(false);
	await page.addScriptTag({ url: `${base}${benchScript}`, type: 'module' });
	await page.waitForFunction(() => globalThis.bench?.reportByFolding !== undefined);
	const folding = await page.evaluate(async () => {
		const names = (await indexedDB.databases()).map((d) => d.name ?? '');
		const db = (names.find((n) => n.startsWith('_pouch_motcua_office_')) ?? '').slice(7);
		const office = db.slice('motcua_office_'.length);
		return globalThis.bench.reportByFolding(db, office, '2020-01-01', '2020-12-31');
	});

	const results = {
		date: new Date().toISOString(),
		rows: ROWS,
		documents,
		checkMs,
		writeMs,
		longestTaskMs: Math.round(longestMs),
		rawIndexedDbMs: Math.round(rawMs),
		projectMs,
		reportPageColdMs: coldMs,
		yearReportMs: reportMs,
		rawReadEntriesMs: Math.round(readMs),
		reportByFoldingMs: Math.round(folding.ms),
		reportByFoldingDossiers: folding.dossiers,
		reportByFoldingReceived: folding.received
	};
	console.log(
		`import of a ${ROWS.toLocaleString('en')}-row book (embedded server, Chromium, disk profile):\n` +
			`  check in the worker: ${s(checkMs)}; write: ${s(writeMs)} for ${documents.toLocaleString('en')} documents ` +
			`(${Math.round(documents / (writeMs / 1000))}/s; raw IndexedDB ${s(rawMs)}, ${(writeMs / rawMs).toFixed(1)}× it); ` +
			`longest main-thread task ${Math.round(longestMs)} ms\n` +
			`  projected in ${s(projectMs)} after the write; the report page opened in ${coldMs} ms ` +
			`(its entries read into memory); the year's report on screen in ${reportMs} ms once ` +
			`the period is typed (raw read of its entries ${Math.round(readMs)} ms; the same report ` +
			`folded straight from the documents of ${folding.dossiers.toLocaleString('en')} dossiers: ` +
			`${Math.round(folding.ms)} ms, ${(folding.ms / reportMs).toFixed(1)}× it)`
	);
	mkdirSync(RESULTS_DIR, { recursive: true });
	writeFileSync(
		join(RESULTS_DIR, `import-${results.date.slice(0, 10)}.json`),
		`${JSON.stringify(results, null, '\t')}\n`
	);
} finally {
	await context.close();
	await server.close();
	rmSync(work, { recursive: true, force: true });
}
