#!/usr/bin/env node
/**
 * `npm run bench`: figures for the performance budget of architecture.md §7, printed, never asserted.
 * Needs a production build (`npm run build`). Machines are noisy: each timing is the median of
 * several runs, and shown beside a baseline measured in the same run.
 *
 * - initial JavaScript: every script the browser loads before the first screen, gzip-compressed;
 * - app ready: navigation to the first screen, online from the server and offline from the
 *   service-worker cache.
 */
import { chromium } from '@playwright/test';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { staticApp } from '../server/static-app.js';

const BUILD = process.env.BENCH_BUILD_DIR ?? 'build';
const RUNS = 7;
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const args = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const app = staticApp(BUILD);
const server = createServer((req, res) => app(req, res));
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: chromiumPath, args });

try {
	// Initial JavaScript: what a first visit loads before the navigation is on screen.
	const context = await browser.newContext();
	const page = await context.newPage();
	const scripts = new Set();
	page.on('request', (r) => {
		const url = new URL(r.url());
		if (r.resourceType() === 'script' && url.pathname !== '/service-worker.js')
			scripts.add(url.pathname);
	});
	await page.goto(`${base}/`);
	await page.getByRole('navigation').waitFor();
	let raw = 0;
	let gzip = 0;
	for (const path of scripts) {
		const bytes = readFileSync(join(BUILD, path));
		raw += bytes.length;
		gzip += gzipSync(bytes).length;
	}
	console.log(
		`initial JavaScript: ${scripts.size} files, ${kb(raw)} raw, ${kb(gzip)} gzip (budget 200 KB gzip)`
	);

	// App ready: online from the server vs offline from the service-worker cache.
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	const timeToNav = async () => {
		const start = performance.now();
		await page.reload();
		await page.getByRole('navigation').waitFor();
		return performance.now() - start;
	};
	const online = [];
	for (let i = 0; i < RUNS; i++) online.push(await timeToNav());
	await context.setOffline(true);
	const offline = [];
	for (let i = 0; i < RUNS; i++) offline.push(await timeToNav());
	const on = median(online);
	const off = median(offline);
	console.log(`app ready online (baseline): median ${on.toFixed(0)} ms of ${RUNS}`);
	console.log(
		`app ready offline from the service worker: median ${off.toFixed(0)} ms of ${RUNS} (budget 1000 ms; ${(off / on).toFixed(2)}× the online load)`
	);
	await context.close();
} finally {
	await browser.close();
	server.close();
}
