import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dueWindows } from '$lib/domain/classification/urgency';
import { testContext } from '$lib/domain/lifecycle/test-support';
import type { LocalDateTime } from '$lib/domain/time';
import { NO_FILTERS, searchDossiers, type DossierFilters } from './dossier-queries';
import { DossierListIndex } from './dossier-list-index';
import type { DossierRow, ReadModelDb } from './read-model';
import { sampleRows } from '../../../tests/support/sample-office';
import { freshOffice } from './test-support';

const NOW = '2026-11-27T10:00:00' as LocalDateTime;
const windows = dueWindows(NOW, testContext.calendar);
const search = (text: string, filters: Partial<DossierFilters> = {}) => ({
	text,
	filters: { ...NO_FILTERS, ...filters },
	windows
});
const all = sampleRows({ count: 700, now: NOW, ctx: testContext, days: 30, seed: 11 });
const codesOf = (index: DossierListIndex, text: string, filters: Partial<DossierFilters> = {}) =>
	index.search(search(text, filters)).entries.map((e) => e.code);

describe('DossierListIndex', () => {
	let db: ReadModelDb;
	let index: DossierListIndex;
	beforeEach(async () => {
		db = freshOffice().readModel;
		await db.dossiers.bulkPut(all);
		index = new DossierListIndex(db, { chunk: 150 });
		await index.whenLoaded();
	});
	afterEach(() => index.close());

	it('loads every row in chunks and answers like the IndexedDB queries', async () => {
		expect(index.loaded).toBe(true);
		expect(index.size).toBe(all.length);
		const filters: Partial<DossierFilters>[] = [
			{},
			{ status: 'open' },
			{ status: 'closed' },
			{ due: 'overdue' },
			{ due: 'soon' },
			{ flagged: true },
			{ procedureCode: '1.004194', status: 'in-process' }
		];
		for (const text of ['', 'nguyen thi', 'ơn', '0201', '000.10.39.h39-2611']) {
			for (const f of filters) {
				const expected = (await searchDossiers(db, search(text, f))).codes;
				expect(codesOf(index, text, f), JSON.stringify([text, f])).toEqual(expected);
			}
		}
	});

	it('follows single writes and deletions', async () => {
		let changes = 0;
		index.subscribe(() => (changes += 1));
		const first = all[0]!;
		const renamed: DossierRow = { ...first, applicantName: 'Zô Zê', nameTokens: ['zo', 'ze'] };
		await db.dossiers.put(renamed);
		await index.settled();
		expect(codesOf(index, 'zo ze')).toEqual([first.code]);
		expect(index.search(search('zo')).entries[0]?.applicantName).toBe('Zô Zê');

		await db.dossiers.delete(first.code);
		await index.settled();
		expect(codesOf(index, 'zo')).toEqual([]);
		expect(index.size).toBe(all.length - 1);
		expect(changes).toBe(2);
	});

	it('reloads after a bulk write or a rebuild', async () => {
		const moved = all.slice(0, 80).map((r) => ({ ...r, procedureCode: 'moved' }));
		await db.dossiers.bulkPut(moved);
		await index.settled();
		expect(codesOf(index, '', { procedureCode: 'moved' })).toHaveLength(80);

		await db.dossiers.clear();
		await index.settled();
		expect(index.size).toBe(0);
	});

	it('stops following once closed', async () => {
		index.close();
		await db.dossiers.delete(all[1]!.code);
		await index.settled();
		expect(index.size).toBe(all.length);
	});
});
