#!/usr/bin/env node
/**
 * `npm run bench`, first-sync part (architecture.md §5): an office of the demo province filled
 * with generated dossiers on the embedded server, then, in headless Chromium, the time to bring
 * every document into an empty IndexedDB database with Motcua's sync service, beside stock
 * `PouchDB.replicate` measured in the same run (the baseline the architecture names). Printed,
 * never asserted.
 */
import { chromium } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { startEmbeddedServer } from '../server/embedded.js';
import { couchClient } from '../server/provision/couch-client.js';
import { provision } from '../server/provision/provision.js';
import { readProvinceFile } from '../server/provision/province.js';

const DOSSIERS = Number(process.env.BENCH_SYNC_DOSSIERS ?? 2_500);
const RUNS = 3;
const OFFICE = 'lson-luongvantri';
const args = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const work = mkdtempSync(join(tmpdir(), 'motcua-sync-bench-'));
const out = join(work, 'page');
await build({
	configFile: false,
	logLevel: 'error',
	root: resolve('tests/bench'),
	resolve: { alias: { $lib: resolve('src/lib') } },
	build: { outDir: out, emptyOutDir: true, rollupOptions: { input: 'sync-bench.html' } }
});

const server = await startEmbeddedServer({ dataDir: join(work, 'data'), port: 0, appDir: out });
const province = await readProvinceFile(
	fileURLToPath(new URL('../server/demo-province.json', import.meta.url))
);
await provision({ url: server.adminDbUrl, province, log: () => {} });

/** A received dossier and the event that transfers it, every other one closed by a hand-over. */
function docsOf(i) {
	const code = `000.10.39.H39-261126-${String(i + 1).padStart(4, '0')}`;
	const at = `2026-11-26T08:${String(i % 60).padStart(2, '0')}:00`;
	const desk = `${OFFICE}-desk-01`;
	const event = (kind, n, payload) => ({
		_id: `event:${code}:${at}:${desk}:${String(n).padStart(3, '0')}`,
		id: `event:${code}:${at}:${desk}:${String(n).padStart(3, '0')}`,
		type: 'event',
		schemaVersion: 1,
		officeId: OFFICE,
		dossierCode: code,
		kind,
		at,
		by: 'lvt.motcua1',
		deskId: desk,
		payload
	});
	return [
		{
			_id: `dossier:${code}`,
			type: 'dossier',
			schemaVersion: 1,
			by: 'lvt.motcua1',
			code,
			officeId: OFFICE,
			deskId: desk,
			receivedBy: 'lvt.motcua1',
			procedure: {
				code: '1.001193',
				version: 1,
				name: 'Đăng ký khai sinh',
				time: { unit: 'none' }
			},
			applicant: { fullName: `Nguyễn Văn ${i}`, idType: 'citizen-id', idNumber: '001099012345' },
			components: [],
			channel: 'direct',
			receivedAt: at,
			dueAt: null,
			ruleVersion: 'nd118-2025'
		},
		i % 2 === 0
			? event('transfer', 1, { toUnit: 'Tư pháp' })
			: event('withdraw', 1, { reason: 'Công dân xin rút' })
	];
}

const admin = couchClient(server.adminDbUrl);
const all = Array.from({ length: DOSSIERS }, (_, i) => docsOf(i)).flat();
for (let i = 0; i < all.length; i += 1000) {
	await admin.json('POST', `/motcua_office_${OFFICE}/_bulk_docs`, { docs: all.slice(i, i + 1000) });
}

const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args
});
try {
	const page = await browser.newPage();
	await page.goto(new URL('sync-bench.html', server.url).href);
	await page.waitForSelector('body[data-ready="true"]', { state: 'attached' });
	await page.evaluate(() => globalThis.bench.logIn('lvt.motcua1', 'demo-motcua'));
	const remote = `${server.dbUrl}/motcua_office_${OFFICE}`;
	const stock = [];
	const ours = [];
	for (let run = 0; run < RUNS; run++) {
		stock.push(await page.evaluate(([r, n]) => globalThis.bench.stock(r, n), [remote, `s${run}`]));
		ours.push(await page.evaluate(([r, n]) => globalThis.bench.motcua(r, n), [remote, `m${run}`]));
	}
	const docs = all.length;
	// Stock replication also brings the design documents; Motcua only the office's documents.
	for (const [name, runs] of [
		['stock', stock],
		['motcua', ours]
	]) {
		const bad = runs.find((r) => r.docs < docs);
		if (bad) throw new Error(`${name} brought ${bad.docs} of ${docs} documents`);
	}
	const rate = (runs) => docs / (median(runs.map((r) => r.ms)) / 1000);
	const base = rate(stock);
	const mine = rate(ours);
	console.log(
		`first sync of ${docs.toLocaleString('en')} documents (${DOSSIERS.toLocaleString('en')} dossiers) into IndexedDB, median of ${RUNS}:`
	);
	console.log(`  stock PouchDB.replicate (baseline): ${base.toFixed(0)} documents/s`);
	console.log(
		`  Motcua sync (open dossiers first, _bulk_get, bulk writes): ${mine.toFixed(0)} documents/s (${(mine / base).toFixed(2)}× the baseline)`
	);
} finally {
	await browser.close();
	await server.close();
	rmSync(work, { recursive: true, force: true });
}
