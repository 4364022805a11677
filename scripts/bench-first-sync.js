#!/usr/bin/env node
/**
 * `npm run bench`, seed-scale first sync (issue 17 item 5, issue 11 items 4 and 5): a desk laptop
 * that never synced logs in through the page, in Chromium, against a real CouchDB 3.x holding an
 * office's year, and is measured until it holds the office's window (the open dossiers and those
 * closed within `keepClosedDays`, ADR 18) in its local database and its read model; then again on
 * a fresh profile with the office set to keep a whole year (366 days, restored afterwards); then,
 * in the same browser build and against the same database, the baselines: stock
 * `PouchDB.replicate` (stopped after BENCH_STOCK_LIMIT_S, its rate), Motcua's sync engine without
 * the app's screens with the same window (tests/bench/sync-bench) and a plain IndexedDB bulk put
 * of as many documents as the window holds (the raw limit). One run of each; printed and written
 * to bench/results/first-sync-<date>.json, never asserted.
 *
 * COUCH_URL: a CouchDB 3.x administrator URL (http://admin:secret@127.0.0.1:5984); without it the
 * bench says it was skipped. BENCH_OFFICE (lson-province), BENCH_USER (tinh.motcua1, an officer of
 * that office) and BENCH_PASSWORD (demo-motcua), BENCH_DOSSIERS (47540: when the office holds
 * fewer, `npm run generate` fills it with BENCH_SEED, 2020), BENCH_RECEIVE=0 (no dossier received
 * during the sync), BENCH_LIMIT_S (900: each app run gives up after that), BENCH_YEAR=0 (no
 * whole-year run), BENCH_STOCK_LIMIT_S (120), BENCH_BASELINES=0 (the app alone, for a quick
 * look), BENCH_PROVINCE (the province file provisioned first, server/demo-province.json),
 * BENCH_RESULTS_DIR (bench/results), BENCH_BUILD_DIR (build), CHROMIUM_PATH.
 *
 * The run writes on the server what a desk writes: its desk claim (deleted again at the end, which
 * frees the slot as an administrator does for a retired laptop; BENCH_KEEP_DESK=1 keeps it) and
 * the dossier received during the sync (kept: documents are never deleted).
 */
import { chromium } from '@playwright/test';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { build } from 'vite';
import { startCouchProxy } from '../server/couch-proxy.js';
import { couchClient } from '../server/provision/couch-client.js';
import { readProvinceFile } from '../server/provision/province.js';
import { provision } from '../server/provision/provision.js';

const COUCH_URL = process.env.COUCH_URL;
if (!COUCH_URL) {
	console.log(
		'seed-scale first sync: skipped, COUCH_URL is not set (it needs a real CouchDB 3.x with a ' +
			'server administrator, e.g. COUCH_URL=http://admin:secret@127.0.0.1:5984 npm run bench)'
	);
	process.exit(0);
}

const OFFICE = process.env.BENCH_OFFICE ?? 'lson-province';
const USER = process.env.BENCH_USER ?? 'tinh.motcua1';
const PASSWORD = process.env.BENCH_PASSWORD ?? 'demo-motcua';
/** Dossiers of the day-end sync (each with one event), written on the engine's laptop. */
const DAY_END_DOSSIERS = Number(process.env.BENCH_DAY_END ?? 200);
const DOSSIERS = Number(process.env.BENCH_DOSSIERS ?? 47_540);
const SEED = process.env.BENCH_SEED ?? '2020';
const RECEIVE = process.env.BENCH_RECEIVE !== '0';
const LIMIT_S = Number(process.env.BENCH_LIMIT_S ?? 900);
const KEEP_DESK = process.env.BENCH_KEEP_DESK === '1';
const BASELINES = process.env.BENCH_BASELINES !== '0';
const STOCK_LIMIT_S = Number(process.env.BENCH_STOCK_LIMIT_S ?? 120);
const YEAR = process.env.BENCH_YEAR !== '0';
const BUILD = resolve(process.env.BENCH_BUILD_DIR ?? 'build');
/** The province provisioned before measuring (idempotent); the end-to-end smoke gives its own. */
const PROVINCE_FILE = process.env.BENCH_PROVINCE ?? 'server/demo-province.json';
const RESULTS_DIR = process.env.BENCH_RESULTS_DIR ?? 'bench/results';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
	'--no-sandbox',
	'--headless',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--enable-precise-memory-info'
];
/** A chip ID card's QR payload (domain.md §12.1), as the e2e tests scan it. */
const QR =
	'020190000123||NGUYỄN THỊ ÁNH|01051990|Nữ|Số 5 đường Lê Lợi, phường Lương Văn Tri, Lạng Sơn|20042021';
/** When the officer receives a dossier: once usable, while the window's closed dossiers arrive. */
const RECEIVE_AT_S = 10;
/** The read model is counted every this many samples (1 s apart). */
const RM_EVERY = 5;

const root = fileURLToPath(new URL('..', import.meta.url));
const db = `motcua_office_${OFFICE}`;
const admin = couchClient(COUCH_URL);
const couchPlain = new URL(COUCH_URL);
couchPlain.username = '';
couchPlain.password = '';
const benchStart = Date.now();
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
const seconds = (ms) => (ms === null ? null : Math.round(ms / 100) / 10);
const say = (line) =>
	console.log(`[first-sync ${((Date.now() - benchStart) / 1000).toFixed(0)} s] ${line}`);

/** The server's open dossiers (by-dossier: no closing event) and how long the query took. */
async function readOpenSet() {
	const t = Date.now();
	const view = await admin.json('GET', `/${db}/_design/motcua-counts/_view/by-dossier?group=true`);
	return {
		ms: Date.now() - t,
		dossiers: view.rows.length,
		open: view.rows.filter((r) => r.value === 0).map((r) => r.key)
	};
}

/**
 * Removes the day-end bench's documents from the office for good (`_purge`, as the server's
 * administrator), so that runs do not grow the seed office.
 */
async function purge(ids) {
	// The embedded server (express-pouchdb) has no `_purge`: there the documents stay.
	if (about['express-pouchdb'] !== undefined) {
		say(`the embedded server cannot purge: the day-end bench's ${ids.length} documents stay`);
		return;
	}
	// CouchDB takes at most 100 documents per purge request by default.
	for (let i = 0; i < ids.length; i += 100) {
		const keys = ids.slice(i, i + 100);
		const found = await admin.json('POST', `/${db}/_all_docs`, { keys });
		const revs = Object.fromEntries(
			found.rows.filter((r) => r.value).map((r) => [r.id, [r.value.rev]])
		);
		if (Object.keys(revs).length > 0) await admin.json('POST', `/${db}/_purge`, revs);
	}
}

/** Documents of the office database a desk pulls (design documents left out). */
async function officeDocuments() {
	const info = await admin.json('GET', `/${db}`);
	const range = new URLSearchParams({ startkey: '"_design/"', endkey: '"_design0"' });
	const design = await admin.json('GET', `/${db}/_all_docs?${range.toString()}`);
	return info.doc_count - design.rows.length;
}

/**
 * What a new laptop keeps with a window of `keepDays` (ADR 18), as the app's first pull asks it:
 * the open dossiers and those closed since the window's first day (Vietnam time), their
 * documents, and the documents that belong to no dossier.
 */
async function readWindow(keepDays) {
	const vnNow = Date.now() + 7 * 3600 * 1000;
	const since = new Date(vnNow - keepDays * 86400 * 1000).toISOString().slice(0, 10);
	const key = encodeURIComponent(JSON.stringify(since));
	const closed = await admin.json(
		'GET',
		`/${db}/_design/motcua-window/_view/closed?startkey=${key}`
	);
	const codes = new Set(openSet.open);
	for (const row of closed.rows) codes.add(row.value);
	const list = [...codes];
	let documents = 0;
	for (let i = 0; i < list.length; i += 500) {
		const rows = await admin.json(
			'POST',
			`/${db}/_design/motcua-counts/_view/by-dossier?reduce=false`,
			{
				keys: list.slice(i, i + 500)
			}
		);
		documents += rows.rows.length;
	}
	for (const [from, to] of [
		['', 'dossier:'],
		['dossier:\ufff0', 'event:'],
		['event:\ufff0', '\ufff0']
	]) {
		const range = new URLSearchParams({
			startkey: JSON.stringify(from),
			endkey: JSON.stringify(to),
			inclusive_end: 'false'
		});
		const rows = await admin.json('GET', `/${db}/_all_docs?${range.toString()}`);
		documents += rows.rows.filter((r) => !r.id.startsWith('_design/')).length;
	}
	return { keepDays, since, dossiers: list.length, documents };
}

async function deskIds() {
	const q = new URLSearchParams({ startkey: '"desk:"', endkey: '"desk:\ufff0"' });
	const r = await admin.json('GET', `/${db}/_all_docs?${q.toString()}`);
	return new Set(r.rows.map((row) => row.id));
}

/**
 * Bytes resident in Chromium's renderer processes (the page and its workers: the office's sync and
 * projector run in workers, whose heaps the page's `performance.memory` does not include); 0 where
 * `ps` cannot tell.
 */
function rendererRss() {
	try {
		const out = execFileSync('ps', ['-eo', 'rss=,args='], { stdio: ['ignore', 'pipe', 'ignore'] });
		let kb = 0;
		for (const line of out.toString().split('\n')) {
			if (line.includes('--type=renderer')) kb += Number(line.trim().split(/\s+/)[0]) || 0;
		}
		return kb * 1024;
	} catch {
		return 0;
	}
}

/** Newest modification time under a path (files only), 0 when absent. */
function newest(path) {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	let max = 0;
	for (const entry of readdirSync(path)) max = Math.max(max, newest(join(path, entry)));
	return max;
}

/** The production build, rebuilt when absent or older than what it is built from. */
function ensureBuild() {
	const sources = Math.max(
		...['src', 'static', 'svelte.config.js', 'vite.config.ts', 'package.json'].map((p) =>
			newest(join(root, p))
		)
	);
	const built = existsSync(join(BUILD, 'index.html')) ? newest(BUILD) : 0;
	if (built >= sources) return 'up to date';
	say(built === 0 ? 'no production build: npm run build' : 'build older than src: npm run build');
	const result = spawnSync('npm', ['run', 'build'], {
		cwd: root,
		stdio: ['ignore', 'ignore', 'inherit'],
		env: { ...process.env, MOTCUA_BUILD_DIR: BUILD }
	});
	if (result.status !== 0) throw new Error('npm run build failed');
	return 'rebuilt';
}

function gitDescription() {
	try {
		const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root })
			.toString()
			.trim();
		const dirty = execFileSync('git', ['status', '--porcelain', 'src'], { cwd: root })
			.toString()
			.trim();
		return dirty === '' ? head : `${head} + uncommitted changes in src/`;
	} catch {
		return 'unknown';
	}
}

/** In the app page: the badge, the heap and the long tasks so far (the responsiveness probe). */
function probe() {
	const badge = document.querySelector('[data-testid=sync-badge]');
	const long = /** @type {any} */ (globalThis).__benchLong ?? [];
	return {
		state: badge?.getAttribute('data-state') ?? null,
		unsent: badge ? Number(badge.getAttribute('data-unsent')) : null,
		text: badge?.textContent?.replace(/\s+/g, ' ').trim() ?? null,
		heap: /** @type {any} */ (performance).memory?.usedJSHeapSize ?? 0,
		long: long.length,
		path: location.pathname
	};
}

/**
 * In the app page: rows of the read model's `dossiers` store, those with open === 1, and (while
 * asked) how many of the server's open dossiers it holds.
 */
async function readModel({ name, check }) {
	const none = { total: 0, open: 0, held: 0 };
	const names = (await indexedDB.databases()).map((d) => d.name);
	if (!names.includes(name)) return none;
	const idb = await new Promise((done, fail) => {
		const r = indexedDB.open(name);
		r.onsuccess = () => done(r.result);
		r.onerror = () => fail(r.error);
	});
	try {
		if (!idb.objectStoreNames.contains('dossiers')) return none;
		const store = idb.transaction('dossiers').objectStore('dossiers');
		const ask = (r) =>
			new Promise((done, fail) => {
				r.onsuccess = () => done(r.result);
				r.onerror = () => fail(r.error);
			});
		const total = ask(store.count());
		// The open rows through the [open+dueAt] index (dueAt is '' when there is none).
		const open = store.indexNames.contains('[open+dueAt]')
			? ask(store.index('[open+dueAt]').count(IDBKeyRange.bound([1], [1, []])))
			: new Promise((done, fail) => {
					let n = 0;
					const c = store.openCursor();
					c.onsuccess = () => {
						if (!c.result) return done(n);
						if (c.result.value.open === 1) n++;
						c.result.continue();
					};
					c.onerror = () => fail(c.error);
				});
		const codes = /** @type {any} */ (globalThis).__benchOpenCodes ?? [];
		// Asked in parts of 200 keys, each its own transaction, so the probe never makes a long task
		// of its own on the page it measures.
		const held = check
			? (async () => {
					let n = 0;
					for (let i = 0; i < codes.length; i += 200) {
						const part = idb.transaction('dossiers').objectStore('dossiers');
						const keys = await Promise.all(codes.slice(i, i + 200).map((c) => ask(part.getKey(c))));
						n += keys.filter((k) => k !== undefined).length;
					}
					return n;
				})()
			: Promise.resolve(null);
		return { total: await total, open: await open, held: await held };
	} finally {
		idb.close();
	}
}

/** In the app page: whether the read model lists the dossier `code` (a receipt of the run). */
async function listed({ name, code }) {
	const idb = await new Promise((done, fail) => {
		const r = indexedDB.open(name);
		r.onsuccess = () => done(r.result);
		r.onerror = () => fail(r.error);
	});
	try {
		if (!idb.objectStoreNames.contains('dossiers')) return false;
		const r = idb.transaction('dossiers').objectStore('dossiers').getKey(code);
		return await new Promise((done, fail) => {
			r.onsuccess = () => done(r.result !== undefined);
			r.onerror = () => fail(r.error);
		});
	} finally {
		idb.close();
	}
}

/** In the app page: documents in PouchDB's IndexedDB store of the office database. */
async function localDocuments(name) {
	const idb = await new Promise((done, fail) => {
		const r = indexedDB.open(`_pouch_${name}`);
		r.onsuccess = () => done(r.result);
		r.onerror = () => fail(r.error);
	});
	try {
		if (!idb.objectStoreNames.contains('document-store')) return null;
		const r = idb.transaction('document-store').objectStore('document-store').count();
		return await new Promise((done, fail) => {
			r.onsuccess = () => done(r.result);
			r.onerror = () => fail(r.error);
		});
	} finally {
		idb.close();
	}
}

/** In the app page: documents of the closed dossiers archived beside the office database (ADR 37). */
async function archivedDocuments(name) {
	const idb = await new Promise((done, fail) => {
		const r = indexedDB.open(`${name}_closed`);
		r.onsuccess = () => done(r.result);
		r.onerror = () => fail(r.error);
	});
	try {
		if (!idb.objectStoreNames.contains('records')) return 0;
		const r = idb.transaction('records').objectStore('records').openCursor();
		let documents = 0;
		return await new Promise((done, fail) => {
			r.onsuccess = () => {
				const cursor = r.result;
				if (cursor === null) return done(documents);
				documents += cursor.value.docs.length;
				cursor.continue();
			};
			r.onerror = () => fail(r.error);
		});
	} finally {
		idb.close();
	}
}

// ---------------------------------------------------------------------------------------------
// The server: provisioned, filled, its views built.

const about = await admin.json('GET', '/');
const server = {
	host: couchPlain.host,
	version: `CouchDB ${about.version}`
};
say(`server ${server.host}, ${server.version}; office ${OFFICE}, officer ${USER}`);
let t = Date.now();
const province = await readProvinceFile(resolve(root, PROVINCE_FILE));
await provision({ url: COUCH_URL, province, log: () => {} });
say(`demo province provisioned (idempotent) in ${((Date.now() - t) / 1000).toFixed(1)} s`);

let openSet = await readOpenSet();
let generated = null;
if (openSet.dossiers < DOSSIERS) {
	say(`${openSet.dossiers} dossiers < ${DOSSIERS}: npm run generate (seed ${SEED})`);
	t = Date.now();
	const run = spawnSync(
		'npm',
		[
			'run',
			'generate',
			'--',
			'--office',
			OFFICE,
			'--dossiers',
			String(DOSSIERS),
			'--months',
			'12',
			'--seed',
			SEED,
			'--url',
			COUCH_URL
		],
		{ cwd: root, stdio: ['ignore', 'inherit', 'inherit'] }
	);
	if (run.status !== 0) throw new Error(`npm run generate failed (${run.status})`);
	generated = { seconds: seconds(Date.now() - t) };
	openSet = await readOpenSet();
	// On a cluster a view answers from one copy of each shard, which may still be receiving what
	// the generator wrote through another node (internal replication): wait for every dossier.
	const settle = Date.now();
	while (openSet.dossiers < DOSSIERS && Date.now() - settle < 120_000) {
		await sleep(1000);
		openSet = await readOpenSet();
	}
}
// A production server keeps its views built; the first query after a bulk load builds them.
say(
	`by-dossier view (group=true) answered in ${(openSet.ms / 1000).toFixed(1)} s: ` +
		`${openSet.dossiers} dossiers, ${openSet.open.length} open`
);
const documents = await officeDocuments();
/** The office database's live data on the server (CouchDB's `sizes.external`), for scale. */
const serverBytes = (await admin.json('GET', `/${db}`)).sizes?.external ?? null;
const desksBefore = await deskIds();
say(`${documents} documents in ${db}`);

// ---------------------------------------------------------------------------------------------
// The app and the sync-bench page, each behind its own proxy with /db → CouchDB.

const buildState = ensureBuild();
const commit = gitDescription();
say(`production build ${buildState} (${commit})`);
const work = mkdtempSync(join(tmpdir(), 'motcua-first-sync-'));
const pageDir = join(work, 'page');
await build({
	configFile: false,
	logLevel: 'error',
	root: join(root, 'tests/bench'),
	resolve: { alias: { $lib: join(root, 'src/lib') } },
	build: { outDir: pageDir, emptyOutDir: true, rollupOptions: { input: 'sync-bench.html' } }
});
const appProxy = await startCouchProxy({ appDir: BUILD, couchUrl: couchPlain.toString() });
const benchProxy = await startCouchProxy({ appDir: pageDir, couchUrl: couchPlain.toString() });
const chromiumVersion = execFileSync(CHROMIUM, ['--version'], {
	stdio: ['ignore', 'pipe', 'ignore']
})
	.toString()
	.trim();
/** The bench's laptop is gone with its profile: free the desk slot it claimed. */
const desksFreed = [];
async function freeDesks() {
	if (KEEP_DESK) return;
	for (const id of await deskIds()) {
		if (desksBefore.has(id)) continue;
		const doc = await admin.json('GET', `/${db}/${encodeURIComponent(id)}`);
		if (doc.registeredBy !== USER) continue;
		await admin.json('DELETE', `/${db}/${encodeURIComponent(id)}?rev=${doc._rev}`);
		desksFreed.push(id);
	}
}

/** A fresh Chromium profile (a laptop that never synced), its long tasks recorded. */
async function freshLaptop(name) {
	const context = await chromium.launchPersistentContext(join(work, name), {
		executablePath: CHROMIUM,
		headless: true,
		viewport: { width: 1366, height: 768 },
		args: ARGS
	});
	await context.addInitScript((codes) => {
		const g = /** @type {any} */ (globalThis);
		g.__benchOpenCodes = codes;
		g.__benchLong = [];
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) g.__benchLong.push([e.startTime, e.duration]);
		}).observe({ entryTypes: ['longtask'] });
		// What ran in each frame over 200 ms: the scripts the long-animation-frame API names.
		g.__benchFrames = [];
		try {
			new PerformanceObserver((list) => {
				for (const e of /** @type {any[]} */ (list.getEntries())) {
					if (e.duration <= 200) continue;
					g.__benchFrames.push({
						start: e.startTime,
						ms: Math.round(e.duration),
						blockingMs: Math.round(e.blockingDuration ?? 0),
						renderMs: Math.round(e.renderStart ? e.startTime + e.duration - e.renderStart : 0),
						scripts: (e.scripts ?? [])
							.map((/** @type {any} */ x) => ({
								ms: Math.round(x.duration),
								invoker: String(x.invoker ?? '').slice(0, 120),
								source: `${String(x.sourceURL ?? '')
									.split('/')
									.pop()}:${x.sourceFunctionName ?? ''}`,
								forcedLayoutMs: Math.round(x.forcedStyleAndLayoutDuration ?? 0)
							}))
							.sort((/** @type {any} */ a, /** @type {any} */ b) => b.ms - a.ms)
							.slice(0, 5)
					});
				}
			}).observe({ type: 'long-animation-frame', buffered: true });
		} catch {
			// A browser without the API: the long tasks above still count.
		}
	}, openSet.open);
	return context;
}

/**
 * The app on a fresh laptop: login through the page, then sampled every second until the
 * laptop is up to date and its read model holds `expect.dossiers` (+1 when it received one).
 * @param {{ label: string; receive: boolean; expect: { dossiers: number; open: number }; documents: number }} run
 */
async function measureApp({ label, receive, expect, documents }) {
	const RECEIVE = receive;
	/** @type {Record<string, any>} */
	const app = {};
	let stop = false;
	const context = await freshLaptop(`profile-${label}`);
	try {
		// -------------------------------------------------------------------------------------------
		// The app: login through the page, then sampled every second.
		const page = context.pages()[0] ?? (await context.newPage());
		const errors = [];
		page.on('pageerror', (e) => errors.push(e.message.slice(0, 200)));
		await page.goto(appProxy.url);
		await page.getByLabel('Tên đăng nhập').fill(USER);
		await page.getByLabel('Mật khẩu').fill(PASSWORD);
		const clickedAt = await page.evaluate(() => performance.now());
		const t0 = Date.now();
		await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
		const since = () => Date.now() - t0;
		say('logging in');

		const samples = [];
		const marks = {
			loggedIn: null,
			queue: null,
			receivePage: null,
			openHeld: null,
			syncing: null,
			upToDate: null,
			readModel: null
		};
		const received = {
			code: null,
			ms: null,
			at: null,
			error: null,
			onServer: null,
			listed: null,
			badgeAfter: null
		};
		let checkOpen = true;
		/** @type {{ total: number; open: number; held: number | null } | null} */
		let lastRm = null;
		let rssPeak = 0;
		const sampler = (async () => {
			while (!stop && since() < LIMIT_S * 1000) {
				const started = Date.now();
				let p;
				let lag;
				let rm;
				try {
					p = await page.evaluate(probe);
					lag = Date.now() - started;
					// Counting the read model's rows walks them all in IndexedDB, the resource the sync
					// and the projector share: every second until the open dossiers are in, then every
					// fifth sample, or the probe slows what it measures.
					rm =
						checkOpen || samples.length % RM_EVERY === 0 || lastRm === null
							? await page.evaluate(readModel, { name: `motcua_read_${OFFICE}`, check: checkOpen })
							: lastRm;
					lastRm = rm;
					if (samples.length % RM_EVERY === 0) rssPeak = Math.max(rssPeak, rendererRss());
				} catch (e) {
					if (stop) break;
					errors.push(`sample: ${e instanceof Error ? e.message : String(e)}`.slice(0, 200));
					await sleep(1000);
					continue;
				}
				const at = started - t0;
				const s = { at, lag, ...p, rm };
				samples.push(s);
				if (rm.held !== null && rm.held >= expect.open && marks.openHeld === null) {
					marks.openHeld = at;
					checkOpen = false;
				}
				if (s.state === 'syncing' && marks.syncing === null) marks.syncing = at;
				if (
					marks.syncing !== null &&
					marks.upToDate === null &&
					s.state === 'up-to-date' &&
					s.unsent === 0
				)
					marks.upToDate = at;
				const wanted = expect.dossiers + (received.code === null ? 0 : 1);
				if (rm.total >= wanted && marks.readModel === null) marks.readModel = at;
				if (received.code !== null && received.listed === null) {
					const name = `motcua_read_${OFFICE}`;
					if (await page.evaluate(listed, { name, code: received.code })) received.listed = since();
				}
				if (received.code !== null && received.onServer === null) {
					const r = await admin.request(
						'GET',
						`/${db}/${encodeURIComponent(`dossier:${received.code}`)}`
					);
					if (r.status === 200) received.onServer = since();
				}
				if (samples.length % 15 === 0) {
					say(
						`${(at / 1000).toFixed(0)} s: badge ${s.state} "${s.text}", unsent ${s.unsent}, ` +
							`read model ${rm.total} (${rm.open} open), heap ${(s.heap / 1e6).toFixed(0)} MB, ` +
							`answer ${lag} ms`
					);
				}
				if (marks.upToDate !== null && marks.readModel !== null && s.unsent === 0) {
					if (received.code !== null || !RECEIVE || received.error !== null) break;
				}
				const wait = 1000 - (Date.now() - started);
				if (wait > 0) await sleep(wait);
			}
		})();

		await page.getByTestId('officer-name').waitFor({ timeout: 120_000 });
		marks.loggedIn = since();
		await page.locator('[data-testid=queue-overdue]').waitFor({ timeout: 120_000 });
		marks.queue = since();
		const nav = page.getByRole('navigation');
		await nav.getByRole('link', { name: 'Tiếp nhận', exact: true }).click();
		await page.getByTestId('receive-form').waitFor({ timeout: 120_000 });
		marks.receivePage = since();
		await nav.getByRole('link', { name: 'Trang chính', exact: true }).click();
		say(
			`work queue on screen at ${seconds(marks.queue)} s, receive page at ${seconds(marks.receivePage)} s`
		);

		if (RECEIVE) {
			if (since() < RECEIVE_AT_S * 1000) await sleep(RECEIVE_AT_S * 1000 - since());
			const started = Date.now();
			try {
				await nav.getByRole('link', { name: 'Tiếp nhận', exact: true }).click();
				await page.getByTestId('receive-form').waitFor({ timeout: 60_000 });
				const search = page.getByRole('combobox', { name: 'Thủ tục hành chính' });
				await search.fill('ly lich tu phap');
				await page.getByRole('listbox').waitFor({ timeout: 30_000 });
				await search.press('Enter');
				await page.getByTestId('chosen-procedure').waitFor({ timeout: 30_000 });
				const boxes = page
					.getByRole('group', { name: 'Thành phần hồ sơ đã nhận' })
					.getByRole('checkbox');
				for (const box of await boxes.all()) await box.check({ timeout: 30_000 });
				const qr = page.locator('#applicant-qr');
				await qr.click();
				await page.keyboard.insertText(QR);
				await qr.press('Enter');
				await page.locator('#applicant-phone').fill('0912345678');
				await page.getByRole('button', { name: 'Tiếp nhận và in giấy hẹn' }).click();
				await page.waitForURL(/\/ho-so\/[^/]+\/in\//, { timeout: 60_000 }); // Form 01
				received.ms = Date.now() - started;
				received.code = decodeURIComponent(new URL(page.url()).pathname.split('/')[2] ?? '');
				received.badgeAfter = await page.evaluate(probe).then((p) => p.unsent);
				received.at = since();
				say(
					`dossier ${received.code} received in ${seconds(received.ms)} s during the sync; ` +
						`badge unsent ${received.badgeAfter}`
				);
				await nav.getByRole('link', { name: 'Trang chính', exact: true }).click();
			} catch (e) {
				received.error = e instanceof Error ? e.message.split('\n')[0] : String(e);
				say(`receiving during the sync failed: ${received.error}`);
			}
		}
		await sampler;
		const last = samples.at(-1);
		const inDatabase = await page.evaluate(localDocuments, db);
		const archived = await page.evaluate(archivedDocuments, db);
		const local = inDatabase === null ? null : inDatabase + archived;
		// What the origin holds on the laptop: IndexedDB (PouchDB, the archive, the read model) and
		// the service worker's caches (Chromium details them).
		const storage = await page.evaluate(async () => {
			const e = /** @type {any} */ (await navigator.storage.estimate());
			return {
				usage: e.usage ?? null,
				indexedDB: e.usageDetails?.indexedDB ?? null,
				caches: e.usageDetails?.caches ?? null
			};
		});
		const long = await page.evaluate(() => /** @type {any} */ (globalThis).__benchLong);
		const frames = await page.evaluate(() => /** @type {any} */ (globalThis).__benchFrames ?? []);
		const afterLogin = long.filter(([start]) => start >= clickedAt).map(([, d]) => d);
		const lags = samples.map((s) => s.lag).sort((a, b) => a - b);
		const afterReceive = received.at ? samples.filter((s) => s.at >= received.at) : [];
		const unsentSeen = [...new Set(samples.map((s) => s.unsent).filter((u) => u !== null))].sort(
			(a, b) => a - b
		);
		const sentAt = afterReceive.find((s) => s.unsent === 0)?.at ?? null;
		Object.assign(app, {
			loggedInS: seconds(marks.loggedIn),
			workQueueS: seconds(marks.queue),
			receivePageS: seconds(marks.receivePage),
			openInReadModelS: seconds(marks.openHeld),
			usableS: seconds(
				marks.openHeld === null ? null : Math.max(marks.openHeld, marks.receivePage ?? 0)
			),
			upToDateS: seconds(marks.upToDate),
			readModelCompleteS: seconds(marks.readModel),
			documentsPerS:
				marks.upToDate === null ? null : Math.round(documents / (marks.upToDate / 1000)),
			localDocuments: local,
			archivedDocuments: archived,
			storageMB: storage.usage === null ? null : Math.round(storage.usage / 1e5) / 10,
			indexedDbMB: storage.indexedDB === null ? null : Math.round(storage.indexedDB / 1e5) / 10,
			cachesMB: storage.caches === null ? null : Math.round(storage.caches / 1e5) / 10,
			readModel: last?.rm ?? null,
			samples: samples.length,
			answerMedianMs: lags[Math.floor(lags.length / 2)] ?? null,
			answerWorstMs: lags.at(-1) ?? null,
			answersOver1s: lags.filter((l) => l > 1000).length,
			longestTaskMs: Math.round(Math.max(0, ...afterLogin)),
			longTasks: afterLogin.length,
			longTasksOver200ms: afterLogin.filter((d) => d > 200).length,
			/** [seconds after the login click, milliseconds] of each task over 200 ms. */
			longTasksOver200msAt: long
				.filter(([start, d]) => start >= clickedAt && d > 200)
				.map(([start, d]) => [seconds(start - clickedAt), Math.round(d)]),
			/** Frames over 200 ms after the login click, with the scripts that ran in them. */
			longFrames: frames
				.filter((/** @type {any} */ f) => f.start >= clickedAt)
				.map((/** @type {any} */ f) => ({
					...f,
					start: undefined,
					atS: seconds(f.start - clickedAt)
				})),
			heapPeakMB: Math.round(Math.max(0, ...samples.map((s) => s.heap)) / 1e6),
			rendererRssPeakMB: Math.round(rssPeak / 1e6),
			unsentAtEnd: last?.unsent ?? null,
			unsentSeen,
			badgeAtEnd: last ? `${last.state} "${last.text}"` : null,
			received: RECEIVE
				? {
						code: received.code,
						seconds: seconds(received.ms),
						atS: seconds(received.at),
						unsentRightAfter: received.badgeAfter,
						maxUnsentAfter: Math.max(0, ...afterReceive.map((s) => s.unsent ?? 0)),
						onServerAtS: seconds(received.onServer),
						listedAtS: seconds(received.listed),
						badgeZeroAtS: seconds(sentAt),
						error: received.error
					}
				: null,
			timedOut: marks.readModel === null || marks.upToDate === null,
			pageErrors: errors.slice(0, 5),
			timeline: samples
				.filter((_, i) => i % 30 === 0)
				.map((s) => ({
					s: seconds(s.at),
					badge: s.text,
					readModel: s.rm.total,
					heapMB: Math.round(s.heap / 1e6),
					answerMs: s.lag
				}))
		});
		await page.close();
		say(
			`app: up to date at ${app.upToDateS} s, read model complete at ${app.readModelCompleteS} s, ` +
				`${app.documentsPerS} documents/s`
		);
	} finally {
		stop = true;
		await context.close();
		await freeDesks();
	}
	return app;
}

/** @type {Record<string, any>} */
const baselines = {};
let app;
let appYear = null;
const office = await admin.json(
	'GET',
	`/motcua_catalogue/${encodeURIComponent(`office:${OFFICE}`)}`
);
const keepDays = office.keepClosedDays ?? 90;
const window = await readWindow(keepDays);
say(
	`window: ${keepDays} days (closed since ${window.since}): ${window.dossiers} dossiers, ` +
		`${window.documents} documents`
);
try {
	app = await measureApp({
		label: 'window',
		receive: RECEIVE,
		expect: { dossiers: window.dossiers, open: openSet.open.length },
		documents: window.documents
	});
	if (YEAR) {
		// A provincial centre that reports on its year from a laptop keeps 366 days (ADR 18).
		await admin.json('PUT', `/motcua_catalogue/${encodeURIComponent(office._id)}`, {
			...office,
			keepClosedDays: 366
		});
		try {
			appYear = await measureApp({
				label: 'year',
				receive: false,
				expect: { dossiers: openSet.dossiers, open: openSet.open.length },
				documents
			});
		} finally {
			const current = await admin.json(
				'GET',
				`/motcua_catalogue/${encodeURIComponent(office._id)}`
			);
			const { _rev, keepClosedDays, ...rest } = current;
			void keepClosedDays;
			const restored =
				office.keepClosedDays === undefined
					? rest
					: { ...rest, keepClosedDays: office.keepClosedDays };
			await admin.json('PUT', `/motcua_catalogue/${encodeURIComponent(office._id)}`, {
				...restored,
				_rev
			});
		}
	}
	// -------------------------------------------------------------------------------------------
	// Baselines in the same browser build, on the bench page's origin (its own session).
	const context = await freshLaptop('profile-baselines');
	try {
		if (BASELINES) {
			const bench = await context.newPage();
			await bench.goto(new URL('sync-bench.html', benchProxy.url).href);
			await bench.waitForSelector('body[data-ready="true"]', { state: 'attached' });
			await bench.evaluate(([u, p]) => globalThis.bench.logIn(u, p), [USER, PASSWORD]);
			const remote = new URL(`db/${db}`, benchProxy.url).href;
			say('stock PouchDB.replicate…');
			const stock = await bench.evaluate(
				([r, limit]) => globalThis.bench.stock(r, 'bench-stock', limit),
				[remote, STOCK_LIMIT_S * 1000]
			);
			baselines.stock = {
				seconds: seconds(stock.ms),
				documents: stock.docs,
				complete: stock.complete,
				documentsPerS: Math.round(stock.docs / (stock.ms / 1000)),
				progress: stock.progress.map(([ms, docs]) => `${seconds(ms)} s: ${docs}`).join(', ')
			};
			say(
				`stock: ${stock.docs} documents in ${seconds(stock.ms)} s` +
					`${stock.complete ? '' : ' (stopped there)'}; ${baselines.stock.progress}`
			);
			say('Motcua sync engine alone…');
			// After it, the window is shed down to half its length (ADR 25): what a desk does as
			// its dossiers age out, measured on the same documents.
			const shedDays = keepDays === null ? null : Math.floor(keepDays / 2);
			// Then, on the same laptop, a day's work is written and synced (day end).
			const day = DAY_END_DOSSIERS > 0 ? { user: USER, dossiers: DAY_END_DOSSIERS } : null;
			const engine = await bench.evaluate(
				([r, days, shedTo, dayWork]) =>
					globalThis.bench.motcua(
						r,
						'bench-engine',
						days,
						shedTo ?? undefined,
						dayWork ?? undefined
					),
				[remote, keepDays, shedDays, day]
			);
			if (engine.dayEnd) {
				const d = engine.dayEnd;
				baselines.dayEnd = {
					dossiers: DAY_END_DOSSIERS,
					documents: d.docs,
					seconds: Math.round(d.ms / 100) / 10,
					stockDocuments: d.stockDocs,
					stockSeconds: Math.round(d.stockMs / 100) / 10
				};
				say(
					`day end: ${d.docs} documents in ${baselines.dayEnd.seconds} s; stock push of ` +
						`${d.stockDocs} in ${baselines.dayEnd.stockSeconds} s`
				);
				await purge(d.ids);
			}
			baselines.engine = {
				seconds: seconds(engine.ms),
				documents: engine.docs,
				documentsPerS: Math.round(engine.docs / (engine.ms / 1000))
			};
			say(`engine: ${engine.docs} documents in ${seconds(engine.ms)} s`);
			if (engine.shed) {
				baselines.shed = {
					toDays: shedDays,
					dossiers: engine.shed.dossiers,
					documents: engine.shed.documents,
					kept: engine.shed.kept,
					seconds: seconds(engine.shed.ms),
					documentsPerS: Math.round(engine.shed.documents / (engine.shed.ms / 1000)),
					rowsBefore: engine.shed.rowsBefore,
					rowsAfter: engine.shed.rowsAfter,
					projectSeconds: seconds(engine.shed.projectMs)
				};
				say(
					`shed to ${shedDays} days: ${engine.shed.dossiers} dossiers, ${engine.shed.documents} documents in ${seconds(engine.shed.ms)} s`
				);
			}
			say('raw IndexedDB bulk put…');
			const raw = await bench.evaluate(
				([r, limit]) => globalThis.bench.raw(r, 'bench-raw', limit),
				[remote, window.documents]
			);
			baselines.raw = {
				seconds: seconds(raw.ms),
				fetchSeconds: seconds(raw.fetchMs),
				documents: raw.docs,
				documentsPerS: Math.round(raw.docs / (raw.ms / 1000))
			};
			say(
				`raw: ${raw.docs} documents written in ${seconds(raw.ms)} s (fetched in ${seconds(raw.fetchMs)} s)`
			);
			await bench.close();
		}
	} finally {
		await context.close();
	}
} finally {
	await appProxy.close();
	await benchProxy.close();
	rmSync(work, { recursive: true, force: true });
}

// ---------------------------------------------------------------------------------------------
// The table and the JSON.

const ratio = (a, b) => (a && b ? Math.round((a / b) * 100) / 100 : null);
const fmt = (n, unit = '') =>
	n === null || n === undefined ? 'not reached' : `${n.toLocaleString('en')}${unit}`;
const rate = app.documentsPerS;
const rows = [
	['by-dossier view, first query (before measuring)', fmt(seconds(openSet.ms), ' s'), '', ''],
	['logged in (officer name shown)', fmt(app.loggedInS, ' s'), '', ''],
	['work queue on screen', fmt(app.workQueueS, ' s'), '', ''],
	['receive page answers', fmt(app.receivePageS, ' s'), '', ''],
	[
		`usable: receive page + the ${openSet.open.length.toLocaleString('en')} open dossiers in the read model`,
		fmt(app.usableS, ' s'),
		'budget 15 s',
		''
	],
	[
		`window on the laptop (${keepDays} days: ${window.dossiers.toLocaleString('en')} dossiers, ` +
			`${window.documents.toLocaleString('en')} documents; badge up to date)`,
		fmt(app.upToDateS, ' s'),
		'budget 60 s',
		''
	],
	['read model holds the window', fmt(app.readModelCompleteS, ' s'), '', ''],
	[
		`whole year on the laptop (keepClosedDays 366: ${documents.toLocaleString('en')} documents)`,
		appYear ? fmt(appYear.upToDateS, ' s') : 'not run (BENCH_YEAR=0)',
		'',
		appYear ? `${fmt(appYear.documentsPerS)} documents/s` : ''
	],
	[
		'read model holds the year',
		appYear ? fmt(appYear.readModelCompleteS, ' s') : 'not run',
		'',
		''
	],
	[
		`documents/s in the window, app vs stock PouchDB.replicate (stock ${baselines.stock?.complete ? 'over the whole office' : `stopped at ${STOCK_LIMIT_S} s`})`,
		fmt(rate),
		fmt(baselines.stock?.documentsPerS),
		`${fmt(ratio(rate, baselines.stock?.documentsPerS), '×')} (app ÷ stock)`
	],
	[
		'documents/s over the whole office, app (year run) vs stock PouchDB.replicate (all of it)',
		appYear ? fmt(appYear.documentsPerS) : 'not run',
		baselines.stock?.complete
			? fmt(baselines.stock.documentsPerS)
			: `not reached in ${STOCK_LIMIT_S} s (BENCH_STOCK_LIMIT_S)`,
		baselines.stock?.complete
			? `${fmt(ratio(appYear?.documentsPerS, baselines.stock.documentsPerS), '×')} (app ÷ stock)`
			: ''
	],
	[
		'documents/s in the window, app vs Motcua sync engine alone (same window)',
		fmt(rate),
		fmt(baselines.engine?.documentsPerS),
		`${fmt(ratio(rate, baselines.engine?.documentsPerS), '×')} (app ÷ engine)`
	],
	[
		`shedding the window down to ${baselines.shed?.toDays ?? '–'} days (ADR 25): documents/s vs the sync that brought them`,
		baselines.shed
			? `${fmt(baselines.shed.dossiers)} dossiers, ${fmt(baselines.shed.documents)} documents in ${baselines.shed.seconds} s (${fmt(baselines.shed.documentsPerS)}/s); rows ${fmt(baselines.shed.rowsBefore)} → ${fmt(baselines.shed.rowsAfter)}`
			: 'not run',
		fmt(baselines.engine?.documentsPerS),
		baselines.shed
			? `${fmt(ratio(baselines.shed.documentsPerS, baselines.engine?.documentsPerS), '×')} (shed ÷ engine)`
			: ''
	],
	[
		`day-end sync of one day's work (${DAY_END_DOSSIERS} dossiers, each with its hand-over), on a laptop holding the window`,
		baselines.dayEnd
			? `${fmt(baselines.dayEnd.seconds, ' s')} (${fmt(baselines.dayEnd.documents)} documents)`
			: 'not run',
		baselines.dayEnd
			? `budget 5 s; stock replicate.to from a new database: ${fmt(baselines.dayEnd.stockSeconds, ' s')}`
			: 'budget 5 s',
		baselines.dayEnd
			? `${fmt(ratio(baselines.dayEnd.stockSeconds, baselines.dayEnd.seconds), '×')} (stock ÷ Motcua)`
			: ''
	],
	[
		'documents/s in the window, raw IndexedDB bulk put vs app',
		fmt(baselines.raw?.documentsPerS),
		fmt(rate),
		`${fmt(ratio(baselines.raw?.documentsPerS, rate), '×')} (raw ÷ app)`
	],
	[
		`page answer, median / worst (${app.samples} samples, 1 s apart)`,
		`${fmt(app.answerMedianMs, ' ms')} / ${fmt(app.answerWorstMs, ' ms')}`,
		'1,000 ms',
		`${app.answersOver1s} over 1 s`
	],
	[
		'longest long task',
		fmt(app.longestTaskMs, ' ms'),
		'200 ms',
		`${app.longTasks} long tasks, ${app.longTasksOver200ms} over 200 ms`
	],
	['JS heap peak (page)', fmt(app.heapPeakMB, ' MB'), '300 MB', ''],
	[
		'storage used on the laptop after the window: IndexedDB; service worker caches',
		`${fmt(app.indexedDbMB, ' MB')}; ${fmt(app.cachesMB, ' MB')}`,
		serverBytes === null
			? ''
			: `server: ${fmt(Math.round(serverBytes / 1e5) / 10, ' MB')} for the whole office`,
		'navigator.storage.estimate()'
	],
	[
		'renderer processes, resident (page + office workers), peak',
		fmt(app.rendererRssPeakMB, ' MB'),
		'',
		'sampled every 5 s'
	],
	...(appYear
		? [
				[
					`year run: page answer median / worst, longest task, heap peak`,
					`${fmt(appYear.answerMedianMs, ' ms')} / ${fmt(appYear.answerWorstMs, ' ms')}, ` +
						`${fmt(appYear.longestTaskMs, ' ms')}, ${fmt(appYear.heapPeakMB, ' MB')}`,
					'1,000 ms, 200 ms, 300 MB',
					`${appYear.answersOver1s} answers over 1 s, ${appYear.longTasksOver200ms} tasks over 200 ms`
				]
			]
		: []),
	[
		'unsent at the end',
		fmt(app.unsentAtEnd),
		RECEIVE ? '0 (1 while the received dossier waits)' : '0',
		`seen: ${app.unsentSeen.join(', ')}`
	]
];
if (app.received) {
	const r = app.received;
	rows.push([
		`dossier received during the sync (${RECEIVE_AT_S} s after login)`,
		r.error ? `failed: ${r.error}` : fmt(r.seconds, ' s'),
		'',
		r.error
			? ''
			: `listed at ${fmt(r.listedAtS, ' s')} (received at ${fmt(r.atS, ' s')}); unsent ${r.unsentRightAfter} right after, at most ${r.maxUnsentAfter}; on the server at ${fmt(r.onServerAtS, ' s')}, badge 0 at ${fmt(r.badgeZeroAtS, ' s')}`
	]);
}
const width = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i].length), 8));
console.log(
	`\nSeed-scale first sync: ${server.version} at ${server.host}, office ${OFFICE} ` +
		`(${openSet.dossiers.toLocaleString('en')} dossiers, ${openSet.open.length.toLocaleString('en')} open, ` +
		`${documents.toLocaleString('en')} documents), window ${keepDays} days (closed since ${window.since}), ` +
		`officer ${USER}, ${chromiumVersion}, fresh profile, 1366×768, one run each`
);
console.log(['figure', 'value', 'baseline', 'ratio'].map((h, i) => h.padEnd(width[i])).join(' | '));
console.log(width.map((w) => '-'.repeat(w)).join('-|-'));
for (const r of rows) console.log(r.map((c, i) => c.padEnd(width[i])).join(' | '));
const totalS = Math.round((Date.now() - benchStart) / 1000);
console.log(
	`read model at the end: ${app.readModel?.total} dossiers, ${app.readModel?.open} with open = 1; ` +
		`on the laptop ${app.localDocuments} documents (${app.archivedDocuments} of them in the archive of closed dossiers); desk slots freed: ${desksFreed.join(', ') || 'none'}; ` +
		`bench took ${totalS} s`
);

const date = new Date().toISOString().slice(0, 10);
const file = join(resolve(root, RESULTS_DIR), `first-sync-${date}.json`);
mkdirSync(resolve(root, RESULTS_DIR), { recursive: true });
const result = {
	date: new Date().toISOString(),
	server,
	machine: { cpus: cpus().length, chromium: chromiumVersion, build: commit },
	office: OFFICE,
	officer: USER,
	data: {
		dossiers: openSet.dossiers,
		openDossiers: openSet.open.length,
		documents,
		generated,
		viewFirstQueryS: seconds(openSet.ms)
	},
	window,
	app,
	appYear,
	baselines,
	ratios: {
		appOverStock: ratio(rate, baselines.stock?.documentsPerS),
		appOverEngine: ratio(rate, baselines.engine?.documentsPerS),
		rawOverApp: ratio(baselines.raw?.documentsPerS, rate)
	},
	desksFreed,
	benchSeconds: totalS
};
const json = await format(JSON.stringify(result), {
	...(await resolveConfig(file)),
	filepath: file
});
await writeFile(file, json);
console.log(`written ${file}`);
