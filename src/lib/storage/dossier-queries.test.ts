import { beforeAll, describe, expect, it } from 'vitest';
import { matchesSearch } from '$lib/domain/applicant';
import { dueWindows, urgencyOf } from '$lib/domain/classification/urgency';
import { DEFAULT_LIFECYCLE_SETTINGS, foldDossier, isOpen } from '$lib/domain/lifecycle';
import { eventFactory, makeDossier, testContext } from '$lib/domain/lifecycle/test-support';
import type { Dossier, DossierEvent } from '$lib/domain/model';
import type { LocalDateTime } from '$lib/domain/time';
import {
	dossierRows,
	findDossierByCode,
	NO_FILTERS,
	searchDossiers,
	searchKind,
	workQueue,
	type DossierFilters,
	type DossierSearch
} from './dossier-queries';
import { dossierRow } from './dossier-row';
import type { DossierRow, ReadModelDb } from './read-model';
import { sampleRows } from '../../../tests/support/sample-office';
import { freshOffice } from './test-support';

const t = (s: string) => s as LocalDateTime;
const NOW = t('2026-11-27T10:00:00'); // a Friday
const windows = dueWindows(NOW, testContext.calendar);
const at = (text: string, filters: Partial<DossierFilters> = {}): DossierSearch => ({
	text,
	filters: { ...NO_FILTERS, ...filters },
	windows
});

function row(
	code: string,
	fullName: string,
	overrides: Partial<Dossier>,
	events: (e: ReturnType<typeof eventFactory>) => DossierEvent[] = () => []
): DossierRow {
	const dossier = makeDossier({
		code,
		applicant: { ...makeDossier().applicant, fullName, idNumber: `0200${code.slice(-8)}` },
		receivedAt: t('2026-11-20T08:00:00'),
		...overrides
	});
	const folded = foldDossier(
		dossier,
		events(eventFactory(dossier)),
		DEFAULT_LIFECYCLE_SETTINGS,
		testContext
	);
	return dossierRow(dossier, folded);
}

const transfer = (e: ReturnType<typeof eventFactory>) => [
	e('transfer', '2026-11-20T09:00:00', { toUnit: 'Tư pháp' })
];

/** A small office where every row is there for one rule. */
const rows: DossierRow[] = [
	row('H39-261120-00000001', 'Nguyễn Thị Ánh', { dueAt: t('2026-11-26T08:00:00') }, transfer),
	row('H39-261120-00000002', 'Trần Văn Đức', { dueAt: t('2026-11-27T16:00:00') }, transfer),
	row('H39-261120-00000003', 'Lê Thị Anh', { dueAt: t('2026-11-30T09:00:00') }),
	row('H39-261120-00000004', 'Phạm Minh Đăng', { dueAt: null }),
	row('H39-261120-00000005', 'Nguyễn Văn An', { dueAt: t('2026-11-25T08:00:00') }, (e) => [
		...transfer(e),
		e('request-supplement', '2026-11-21T09:00:00', { reason: 'Thiếu', items: ['CCCD'] })
	]),
	row('H39-261120-00000006', 'Hoàng Anh Tuấn', { dueAt: t('2026-11-24T08:00:00') }, (e) => [
		...transfer(e),
		e('result-ready', '2026-11-23T09:00:00', { outcome: 'approved' })
	]),
	row('H39-261120-00000007', 'Vi Thị Nhung', { dueAt: t('2026-11-23T08:00:00') }, (e) => [
		...transfer(e),
		e('result-ready', '2026-11-22T09:00:00', { outcome: 'approved' }),
		e('deliver', '2026-11-22T10:00:00', { method: 'online' }),
		e('rate', '2026-11-22T11:00:00', { rating: 'unsatisfied', reason: 'Chờ lâu' })
	]),
	row(
		'H39-261120-00000008',
		'Lương Văn Bình',
		{
			dueAt: t('2026-12-10T08:00:00'),
			submitter: { ...makeDossier().applicant, fullName: 'Đặng Thu Hà', idNumber: '020199000001' },
			procedure: { ...makeDossier().procedure, code: '1.004227' }
		},
		transfer
	),
	row('H39-261120-00000009', '<img src=x onerror=alert(1)>\u202e', {
		dueAt: t('2026-12-11T08:00:00')
	})
];
const codes = (...ns: number[]) => ns.map((n) => `H39-261120-${String(n).padStart(8, '0')}`);

describe('searchKind', () => {
	it.each([
		['', 'none'],
		['   ', 'none'],
		['0201', 'id'],
		['h39-2611', 'code'],
		['000.10.39.H39', 'code'],
		['nguyen anh', 'name'],
		['Đức', 'name'],
		['An', 'name']
	] as const)('%j is a %s search', (text, kind) => expect(searchKind(text)).toBe(kind));
});

describe('searchDossiers on a small office', () => {
	let db: ReadModelDb;
	beforeAll(async () => {
		db = freshOffice().readModel;
		await db.dossiers.bulkPut(rows);
	});
	const search = async (s: DossierSearch) => (await searchDossiers(db, s)).codes;

	it('finds a code by its prefix, whatever the case', async () => {
		expect(await search(at('h39-261120-0000000'))).toHaveLength(9);
		expect(await search(at(' h39-261120-00000002 '))).toEqual(codes(2));
	});

	it('finds a citizen ID by its prefix, the submitter’s name as well as the owner’s', async () => {
		expect(await search(at('020000000003'))).toEqual(codes(3));
		expect(await search(at('dang thu'))).toEqual(codes(8));
	});

	it('finds names without diacritics: every word starts a word of the name, in any order', async () => {
		expect(await search(at('nguyen anh'))).toEqual(codes(1));
		expect(await search(at('AN nguyen'))).toEqual(codes(5, 1));
		expect(await search(at('duc'))).toEqual(codes(2));
		expect(await search(at('Đức'))).toEqual(codes(2));
		expect(await search(at('anh'))).toEqual(codes(6, 1, 3));
		expect(await search(at('nguyen xyz'))).toEqual([]);
		expect(await search(at('img onerror'))).toEqual(codes(9));
	});

	it('sorts by due time, dossiers without a due date last', async () => {
		expect(await search(at(''))).toEqual(codes(7, 6, 5, 1, 2, 3, 8, 9, 4));
	});

	it('filters by status group and state', async () => {
		expect(await search(at('', { status: 'open' }))).toEqual(codes(5, 1, 2, 3, 8, 9, 4));
		expect(await search(at('', { status: 'result-ready' }))).toEqual(codes(6));
		expect(await search(at('', { status: 'closed' }))).toEqual(codes(7));
		expect(await search(at('', { status: 'awaiting-supplement' }))).toEqual(codes(5));
		expect(await search(at('nguyen', { status: 'in-process' }))).toEqual(codes(1));
	});

	it('filters by procedure and by the supervisor flag', async () => {
		expect(await search(at('', { procedureCode: '1.004227' }))).toEqual(codes(8));
		expect(await search(at('', { flagged: true }))).toEqual(codes(7));
	});

	it('filters by due: overdue leaves paused and closed dossiers out', async () => {
		expect(await search(at('', { due: 'overdue' }))).toEqual(codes(1));
		expect(await search(at('', { due: 'today' }))).toEqual(codes(2));
		expect(await search(at('', { due: 'soon' }))).toEqual(codes(2, 3));
		expect(await search(at('', { due: 'overdue', status: 'closed' }))).toEqual([]);
	});

	it('reads rows back in order and finds one code exactly', async () => {
		const found = await dossierRows(db, [...codes(3, 1), 'missing']);
		expect(found.map((r) => r.applicantName)).toEqual(['Lê Thị Anh', 'Nguyễn Thị Ánh']);
		expect((await findDossierByCode(db, ' h39-261120-00000004'))?.applicantName).toBe(
			'Phạm Minh Đăng'
		);
		expect(await findDossierByCode(db, 'H39-261120-0000000')).toBeNull();
		expect(await findDossierByCode(db, '')).toBeNull();
	});

	it('gives the work queue with counts and the first dossiers in list order', async () => {
		const queue = await workQueue(db, windows, 1);
		expect(queue.map((q) => [q.kind, q.total, q.first.map((r) => r.code)])).toEqual([
			['overdue', 1, codes(1)],
			['due-soon', 2, codes(2)],
			['result-ready', 1, codes(6)],
			['flagged', 1, codes(7)]
		]);
	});
});

/** The rules written plainly over every row: what the indexes must reproduce. */
function reference(all: readonly DossierRow[], s: DossierSearch): string[] {
	const kind = searchKind(s.text);
	const q = s.text.trim().toLowerCase();
	const { status, procedureCode, due, flagged } = s.filters;
	const urgencies = {
		any: null,
		overdue: ['overdue'],
		today: ['due-today'],
		soon: ['due-today', 'due-soon']
	}[due];
	return all
		.filter((r) =>
			kind === 'none'
				? true
				: kind === 'name'
					? matchesSearch(r.nameTokens.join(' '), s.text)
					: r.code.toLowerCase().startsWith(q) || r.applicantIdNumber.toLowerCase().startsWith(q)
		)
		.filter((r) =>
			status === 'all'
				? true
				: status === 'open'
					? isOpen(r.status)
					: status === 'closed'
						? !isOpen(r.status) && r.status !== 'result-ready'
						: r.status === status
		)
		.filter((r) => procedureCode === '' || r.procedureCode === procedureCode)
		.filter((r) => !flagged || r.flagged === 1)
		.filter((r) => {
			const u = urgencyOf(
				{ open: r.open === 1, paused: r.paused === 1, dueAt: r.dueAt },
				s.windows
			);
			return urgencies === null || (u !== null && urgencies.includes(u));
		})
		.sort(
			(a, b) =>
				(a.dueAt === '' ? 1 : 0) - (b.dueAt === '' ? 1 : 0) ||
				a.dueAt.localeCompare(b.dueAt) ||
				a.code.localeCompare(b.code)
		)
		.map((r) => r.code);
}

describe('searchDossiers on a generated office agrees with the plain rules', () => {
	const all = sampleRows({ count: 1200, now: NOW, ctx: testContext, days: 40, seed: 7 });
	let db: ReadModelDb;
	beforeAll(async () => {
		db = freshOffice().readModel;
		await db.dossiers.bulkPut(all);
	});
	const texts = [
		'',
		'nguyen',
		'nguyen thi',
		'th',
		'nguyen van a',
		'ơn',
		'0201',
		'000.10.39.h39-2611',
		'x'
	];
	const filters: Partial<DossierFilters>[] = [
		{},
		{ status: 'open' },
		{ status: 'closed' },
		{ status: 'result-ready' },
		{ status: 'in-process', procedureCode: '1.004194' },
		{ due: 'overdue' },
		{ due: 'soon', status: 'open' },
		{ due: 'today' },
		{ flagged: true },
		{ procedureCode: '2.000815' }
	];

	it('whether it reads rows or walks the indexes', async () => {
		expect(all.some((r) => r.paused === 1 && r.open === 1)).toBe(true);
		for (const text of texts) {
			for (const f of filters) {
				const s = at(text, f);
				const expected = reference(all, s);
				const label = JSON.stringify([text, f]);
				expect((await searchDossiers(db, s)).codes, label).toEqual(expected);
				expect((await searchDossiers(db, s, -1)).codes, label).toEqual(expected);
				expect((await searchDossiers(db, s, 1e9)).codes, label).toEqual(expected);
			}
		}
	});
});
