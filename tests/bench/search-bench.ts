/**
 * The list-search benchmark's page (architecture.md §7 "search by code, citizen ID or name
 * without diacritics: under 50 ms"), built by scripts/bench-search.js into a temporary folder and
 * driven in headless Chromium; never part of the app. It fills a real `ReadModelDb` in IndexedDB
 * with generated rows and times the real queries: `dossier-queries.ts` on IndexedDB, and the
 * in-memory `DossierListIndex` the dossier list searches.
 */
import { dueWindows } from '$lib/domain/classification/urgency';
import { testContext } from '$lib/domain/lifecycle/test-support';
import type { LocalDateTime } from '$lib/domain/time';
import { DossierListIndex } from '$lib/storage/dossier-list-index';
import {
	dossierRows,
	NO_FILTERS,
	searchDossiers,
	WORK_QUEUE_FILTERS,
	workQueue,
	type DossierFilters
} from '$lib/storage/dossier-queries';
import { ReadModelDb } from '$lib/storage/read-model';
import { sampleRows } from '../support/sample-office';

export const NOW = '2026-11-25T10:00:00' as LocalDateTime;
const windows = dueWindows(NOW, testContext.calendar);

export interface BenchCase {
	readonly name: string;
	readonly text?: string;
	readonly filters?: Partial<DossierFilters>;
	/** Something else than a search: `count` (IndexedDB's native count), `queue`, `rows`. */
	readonly special?: 'count' | 'queue' | 'rows';
}

export interface CaseFigure {
	readonly name: string;
	readonly medianMs: number;
	readonly minMs: number;
	readonly results: number;
}

export type Engine = 'indexeddb' | 'memory';

const dbs = new Map<number, ReadModelDb>();
const indexes = new Map<number, DossierListIndex>();

/** Heap in use after full collections (Chromium with --expose-gc and precise memory info). */
async function heapBytes(): Promise<number> {
	const gc = (globalThis as { gc?: () => void }).gc;
	for (let i = 0; i < 3; i++) {
		gc?.();
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
	return (performance as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? NaN;
}

/** Loads the in-memory list index of a filled database: time and heap it takes. */
async function loadIndex(count: number) {
	const db = dbs.get(count);
	if (!db) throw new Error(`fill(${count}) first`);
	const before = await heapBytes();
	const start = performance.now();
	const index = new DossierListIndex(db);
	await index.whenLoaded();
	const loadMs = performance.now() - start;
	indexes.set(count, index);
	return { loadMs, heapBytes: (await heapBytes()) - before, size: index.size };
}

/** Generates `count` dossiers (seeded) and stores their rows; the office spans 10 months. */
async function fill(count: number) {
	const t0 = performance.now();
	const rows = sampleRows({ count, now: NOW, ctx: testContext, days: 300, seed: 2020 });
	const t1 = performance.now();
	const db = new ReadModelDb(`bench-${count}`);
	await db.dossiers.clear();
	await db.dossiers.bulkPut(rows);
	dbs.set(count, db);
	const open = rows.filter((r) => r.open === 1).length;
	return {
		generateMs: t1 - t0,
		insertMs: performance.now() - t1,
		open,
		sampleCode: rows[Math.floor(count / 2)]!.code,
		sampleId: rows[Math.floor(count / 3)]!.applicantIdNumber
	};
}

function inMemory(index: DossierListIndex, c: BenchCase): number {
	if (c.special === 'count') return index.size;
	if (c.special === 'queue')
		return Object.values(WORK_QUEUE_FILTERS).map(
			(filters) => index.search({ text: '', filters, windows }).entries.slice(0, 5).length
		).length;
	const filters = { ...NO_FILTERS, ...c.filters };
	const { entries } = index.search({ text: c.text ?? '', filters, windows });
	return c.special === 'rows' ? entries.slice(0, 100).length : entries.length;
}

async function once(db: ReadModelDb, c: BenchCase): Promise<number> {
	if (c.special === 'count') return db.dossiers.count();
	if (c.special === 'queue') return (await workQueue(db, windows, 5)).length;
	const filters = { ...NO_FILTERS, ...c.filters };
	const { codes } = await searchDossiers(db, { text: c.text ?? '', filters, windows });
	if (c.special === 'rows') return (await dossierRows(db, codes.slice(0, 100))).length;
	return codes.length;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function measure(
	count: number,
	cases: BenchCase[],
	runs: number,
	engine: Engine
): Promise<CaseFigure[]> {
	const db = dbs.get(count);
	const index = indexes.get(count);
	if (!db || (engine === 'memory' && !index)) throw new Error(`fill/loadIndex(${count}) first`);
	const run = async (c: BenchCase) =>
		index && engine === 'memory' ? inMemory(index, c) : once(db, c);
	const figures: CaseFigure[] = [];
	for (const c of cases) {
		const results = await run(c); // warm-up
		const times: number[] = [];
		for (let i = 0; i < runs; i++) {
			const start = performance.now();
			await run(c);
			times.push(performance.now() - start);
		}
		figures.push({ name: c.name, medianMs: median(times), minMs: Math.min(...times), results });
	}
	return figures;
}

async function drop(): Promise<void> {
	for (const index of indexes.values()) index.close();
	indexes.clear();
	for (const db of dbs.values()) await db.delete();
	dbs.clear();
}

declare global {
	interface Window {
		searchBench: {
			fill: typeof fill;
			loadIndex: typeof loadIndex;
			measure: typeof measure;
			drop: typeof drop;
		};
	}
}

window.searchBench = { fill, loadIndex, measure, drop };
document.body.dataset.ready = 'true';
