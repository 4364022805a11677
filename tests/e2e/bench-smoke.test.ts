/// <reference types="node" />
import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { E2E_PASSWORD, officeIdOf, stemOf } from './support/e2e-province';
import { officer } from './support/login-page';
import { adminServerUrl } from './support/server-admin';

/**
 * The seed-scale first-sync bench (`npm run bench`) run whole on a small office of this file's
 * server (the embedded one, or E2E_COUCH_URL's), so that it cannot rot between two measurements: generation, the window run,
 * the whole-year run and the three baselines. Functional, never timed.
 */
test('the first-sync bench runs end to end on a 1,000-dossier office', () => {
	test.setTimeout(420_000);
	const port = process.env.E2E_PORT ?? '4173';
	const office = officeIdOf(stemOf(test.info().file));
	const results = mkdtempSync(join(tmpdir(), 'motcua-bench-smoke-'));
	try {
		const run = spawnSync('node', ['scripts/bench-first-sync.js'], {
			encoding: 'utf8',
			timeout: 400_000,
			env: {
				...process.env,
				COUCH_URL: adminServerUrl(),
				BENCH_OFFICE: office,
				BENCH_USER: officer('desk1').userName,
				BENCH_PASSWORD: E2E_PASSWORD,
				BENCH_DOSSIERS: '1000',
				BENCH_PROVINCE: `data/e2e-${port}-province/province.json`,
				BENCH_RESULTS_DIR: results,
				BENCH_BUILD_DIR: process.env.E2E_BUILD_DIR ?? 'build',
				BENCH_RECEIVE: '0',
				BENCH_STOCK_LIMIT_S: '5',
				BENCH_DAY_END: '20',
				BENCH_LIMIT_S: '120'
			}
		});
		expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
		const [file] = readdirSync(results);
		if (file === undefined) throw new Error(`no result written:\n${run.stdout}`);
		const result = JSON.parse(readFileSync(join(results, file), 'utf8')) as {
			data: { dossiers: number; documents: number };
			window: { dossiers: number; documents: number };
			app: Record<string, unknown>;
			appYear: Record<string, unknown>;
			baselines: Record<string, { documents: number; stockDocuments?: number }>;
		};
		expect(result.data.dossiers).toBeGreaterThanOrEqual(1000);
		// The window is part of the office: open dossiers and those closed in the last 90 days.
		expect(result.window.dossiers).toBeGreaterThan(0);
		expect(result.window.dossiers).toBeLessThan(result.data.dossiers);
		for (const app of [result.app, result.appYear]) {
			expect(app.timedOut).toBe(false);
			expect(app.upToDateS).not.toBeNull();
			expect(app.usableS).not.toBeNull();
			expect(app.unsentAtEnd).toBe(0);
			expect(app.pageErrors).toEqual([]);
		}
		expect(result.app.localDocuments).toBeGreaterThanOrEqual(result.window.documents);
		expect(result.appYear.localDocuments).toBeGreaterThanOrEqual(result.data.documents);
		expect(result.baselines.stock?.documents).toBeGreaterThan(0);
		expect(result.baselines.engine?.documents).toBe(result.window.documents);
		expect(result.baselines.raw?.documents).toBe(result.window.documents);
		// A day's work of 20 dossiers, each handed over, sent by Motcua and by stock replication.
		expect(result.baselines.dayEnd).toMatchObject({ documents: 40, stockDocuments: 40 });
	} finally {
		rmSync(results, { recursive: true, force: true });
	}
});
