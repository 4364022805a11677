import { expect } from '@playwright/test';
import { readSheet } from 'read-excel-file/node';
import { seedBookXlsx } from '../../scripts/seed-book.js';
import { goOffline, goOnline, waitForOfflineReady } from './support/app';
import { DossierListPage } from './support/dossier-list-page';
import { testOnDisk as test } from './support/disk-profile';
import { ImportPage } from './support/import-page';
import { signIn } from './support/login-page';
import { ReportPage } from './support/print-page';

/**
 * The acceptance test of issue 10 item 5 (ADR 28): a provincial centre's year (the seed's 2020
 * counts, 47,540 dossiers) imported from its tracking book through the import page, offline; the
 * report page and its XLSX give the published shares.
 * This file's office starts empty (one office per file): what the list and report show is imported.
 * A profile on disk, as on a desk laptop: a test context's in-memory IndexedDB slows down as it
 * fills (support/disk-profile.ts), and a year is some 100,000 documents.
 */
test.beforeEach(async ({ page }) => {
	await signIn(page);
});

// Tagged @local: after the login it works offline on the laptop alone, so CI's second pass (the
// whole suite against a CouchDB cluster) leaves it out (.ci/run).
test(
	'the seed year imported from its tracking book gives the published shares, in the report and its XLSX; a second import adds nothing',
	{ tag: '@local' },
	async ({ page, context }) => {
		test.setTimeout(900_000);
		// Offline: the book stays on this laptop only, as it is before the day-end sync.
		await waitForOfflineReady(page);
		await goOffline(context);
		// The counts need receipt, due, result and rating: no hand-over or return times (half the documents).
		const file = await seedBookXlsx({ handovers: false });
		const book = new ImportPage(page);
		await book.goto();
		await book.choose('so-theo-doi-2020.xlsx', file);
		expect(await book.importAll(300_000)).toBe(
			'Đã nhập 47.540 hồ sơ; 0 hồ sơ đã có từ trước nên không nhập lại.'
		);

		const report = new ReportPage(page);
		await report.goto();
		await report.choose('Tùy chọn khoảng ngày');
		await report.typeRange('01/01/2020', '31/12/2020');
		// The projector folds the imported year in the background; the report follows it.
		// Columns (3), (7)–(10) and (11): received, resolved early / on time / late, still pending.
		await expect
			.poll(
				async () => {
					const figures = await report.figures('Tổng cộng');
					return [figures[0], ...figures.slice(4, 9)];
				},
				{ timeout: 300_000, intervals: [2_000] }
			)
			.toEqual(['47.540', '46.528', '16.787', '29.674', '67', '1.012']);
		await expect(page.getByTestId('report-shares-sentence')).toHaveText(
			'Tỷ lệ giải quyết trên 46.528 hồ sơ đã giải quyết: trước hạn 36,08 %; đúng hạn 63,78 %; quá hạn 0,14 %.'
		);
		await expect(page.getByTestId('report-ratings')).toHaveText(
			'Đánh giá sự hài lòng: 8.452 lượt đánh giá: rất hài lòng 8.080 (95,60 %), hài lòng 371 (4,39 %), không hài lòng 1 (0,01 %).'
		);
		const xlsx = await report.exportXlsx();
		const rows = await readSheet(xlsx.bytes);
		const total = rows.find((r) => r[1] === 'Tổng cộng');
		expect(total?.[2]).toBe(47_540);
		expect(total?.slice(6, 10)).toEqual([46_528, 16_787, 29_674, 67]);
		const shares = rows[rows.indexOf(total!) + 1];
		expect(shares?.slice(7, 10)).toEqual([36.08, 63.78, 0.14]);
		expect(rows.flat()).toContain(
			'Đánh giá sự hài lòng: 8.452 lượt đánh giá: rất hài lòng 8.080 (95,60 %), hài lòng 371 (4,39 %), không hài lòng 1 (0,01 %)'
		);

		// The list shows them, marked as imported.
		const list = new DossierListPage(page);
		await list.goto();
		await expect(list.count()).toHaveText('47.540 hồ sơ', { timeout: 60_000 });
		await expect(list.rows().first().getByTestId('imported')).toHaveText('Nhập từ sổ');

		// The same file again adds nothing.
		await book.goto();
		await book.choose('so-theo-doi-2020.xlsx', file);
		expect(await book.importAll(300_000)).toBe(
			'Đã nhập 0 hồ sơ; 47.540 hồ sơ đã có từ trước nên không nhập lại.'
		);
		await goOnline(context);
	}
);
