#!/usr/bin/env node
/**
 * List search with a seed-scale office (architecture.md §7: "search by code, citizen ID or name
 * without diacritics: under 50 ms"), printed, never asserted. Builds tests/bench/search-bench.ts
 * (the real query module and read model) into a temporary folder, fills IndexedDB in headless
 * Chromium with 50,000 generated dossiers, and times each kind of search, in the dossier list's
 * in-memory index and in IndexedDB: median of several runs, beside two baselines measured in the
 * same run (IndexedDB's native count of the same table, and the same searches over 5,000).
 */
import { chromium } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import sirv from 'sirv';
import { build } from 'vite';

const LARGE = Number(process.env.BENCH_DOSSIERS ?? 50_000);
const SMALL = Math.round(LARGE / 10);
const RUNS = 9;
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const args = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--no-first-run',
	'--enable-precise-memory-info',
	'--js-flags=--expose-gc'
];

const out = mkdtempSync(join(tmpdir(), 'motcua-search-bench-'));
await build({
	configFile: false,
	logLevel: 'error',
	root: resolve('tests/bench'),
	resolve: { alias: { $lib: resolve('src/lib') } },
	build: { outDir: out, emptyOutDir: true, rollupOptions: { input: 'search-bench.html' } }
});

const files = sirv(out, { dev: true });
const server = createServer((req, res) => files(req, res, () => res.writeHead(404).end()));
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const url = `http://127.0.0.1:${server.address().port}/search-bench.html`;
const browser = await chromium.launch({ executablePath: chromiumPath, args });

/** The searches an officer makes, from the most to the least selective. */
function cases({ sampleCode, sampleId }) {
	return [
		{ name: 'baseline: count() of the table', special: 'count' },
		{ name: 'code, full (scanned)', text: sampleCode },
		{ name: 'code, prefix of one day (lower case)', text: sampleCode.slice(0, 20).toLowerCase() },
		{ name: 'citizen ID, full', text: sampleId },
		{ name: 'citizen ID, prefix of 7 digits', text: sampleId.slice(0, 7) },
		{ name: 'name, one rare token "khoa"', text: 'khoa' },
		{ name: 'name, one common token "nguyen"', text: 'nguyen' },
		{ name: 'name, two tokens "nguyen anh"', text: 'nguyen anh' },
		{ name: 'name, two tokens "tran thi"', text: 'tran thi' },
		{ name: 'name, three tokens "nguyen van minh"', text: 'nguyen van minh' },
		{ name: 'name + open "nguyen thi"', text: 'nguyen thi', filters: { status: 'open' } },
		{ name: 'due: overdue', filters: { due: 'overdue' } },
		{ name: 'due: today', filters: { due: 'today' } },
		{ name: 'due: within 2 working days', filters: { due: 'soon' } },
		{ name: 'status: open', filters: { status: 'open' } },
		{ name: 'status: results waiting', filters: { status: 'result-ready' } },
		{ name: 'status: closed (most rows)', filters: { status: 'closed' } },
		{ name: 'procedure filter', filters: { procedureCode: '1.013831' } },
		{ name: 'no search, no filter (all rows)', text: '' },
		{ name: 'all rows + first 100 rows read', text: '', special: 'rows' },
		{ name: 'work queue (4 queues, 5 rows each)', special: 'queue' }
	];
}

const ms = (x) => `${x < 10 ? x.toFixed(2) : x.toFixed(1)} ms`.padStart(9);
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const k = (n) => `${n / 1000}k`;

try {
	const page = await browser.newPage();
	await page.goto(url);
	await page.waitForSelector('body[data-ready="true"]', { state: 'attached' });
	const filled = {};
	for (const count of [SMALL, LARGE]) {
		const f = (filled[count] = await page.evaluate((n) => window.searchBench.fill(n), count));
		const index = await page.evaluate((n) => window.searchBench.loadIndex(n), count);
		console.log(
			`${count.toLocaleString('en')} dossiers (${f.open} open): generated and folded in ` +
				`${f.generateMs.toFixed(0)} ms, stored in ${f.insertMs.toFixed(0)} ms; ` +
				`list index loaded in ${index.loadMs.toFixed(0)} ms, ${mb(index.heapBytes)} of heap`
		);
	}
	const measure = (count, engine) =>
		page.evaluate(
			([n, c, r, e]) => window.searchBench.measure(n, c, r, e),
			[count, cases(filled[count]), RUNS, engine]
		);
	const idb = await measure(LARGE, 'indexeddb');
	const idbSmall = await measure(SMALL, 'indexeddb');
	const mem = await measure(LARGE, 'memory');
	const memSmall = await measure(SMALL, 'memory');
	const count = idb[0].medianMs;
	console.log(
		`\nList search, median of ${RUNS} runs; budget 50 ms at ${LARGE.toLocaleString('en')} dossiers.\n` +
			`"list index" is what the Hồ sơ page searches (in memory, ADR 11); "IndexedDB" is\n` +
			`dossier-queries.ts (work queue, lookup). Baselines: the same over ${k(SMALL)} dossiers, and\n` +
			`IndexedDB's native count() of the ${k(LARGE)} rows (first line).\n\n` +
			`${'search'.padEnd(38)} ${'results'.padStart(7)} ${`index ${k(LARGE)}`.padStart(11)}` +
			` ${`index ${k(SMALL)}`.padStart(10)} ${'ratio'.padStart(6)}` +
			` ${`IDB ${k(LARGE)}`.padStart(9)} ${`IDB ${k(SMALL)}`.padStart(9)} ${'ratio'.padStart(6)}` +
			` ${'IDB÷count'.padStart(9)}`
	);
	idb.forEach((fig, i) => {
		const m = mem[i];
		const ratio = (a, b) => (b >= 0.05 ? `${(a / b).toFixed(1)}×` : '–').padStart(6);
		console.log(
			`${fig.name.padEnd(38)} ${String(fig.results).padStart(7)} ${ms(m.medianMs).padStart(11)}` +
				` ${ms(memSmall[i].medianMs).padStart(10)} ${ratio(m.medianMs, memSmall[i].medianMs)}` +
				` ${ms(fig.medianMs)} ${ms(idbSmall[i].medianMs)} ${ratio(fig.medianMs, idbSmall[i].medianMs)}` +
				` ${ratio(fig.medianMs, count).padStart(9)}`
		);
	});
	await page.evaluate(() => window.searchBench.drop());
} finally {
	await browser.close();
	server.close();
	rmSync(out, { recursive: true, force: true });
}
