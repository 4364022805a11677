import { describe, expect, it } from 'vitest';
import type { LocalDateTime } from '../time';
import { checkBalance, completeColumns, emptyColumns } from './columns';
import type { Finish, IntakeRejection, ReportEntry } from './entry';
import { progressScore } from './indicators';
import { buildPeriodReport, DEFAULT_REPORT_SETTINGS } from './period-report';
import { customPeriod, type ReportPeriod } from './periods';

const t = (s: string) => s as LocalDateTime;
const period: ReportPeriod = { from: '2020-03-15' as never, to: '2020-06-14' as never };
let n = 0;

/** A report entry: received at `received`, due at `due` (null = no due date). */
function entry(
	received: string,
	due: string | null,
	finish: Finish | null = null,
	more: Partial<ReportEntry> = {}
): ReportEntry {
	return {
		code: `D${++n}`,
		officeId: 'office-a',
		sector: 'tu-phap',
		procedureCode: '1.001193',
		procedureName: 'Đăng ký khai sinh',
		channel: 'direct',
		receivedAt: t(received),
		dueTimeline: due === null ? [] : [{ from: t(received), dueAt: t(due) }],
		pauses: [],
		finish,
		ratings: [],
		...more
	};
}
const resolved = (at: string): Finish => ({ kind: 'resolved', at: t(at), outcome: 'approved' });

describe('period report columns (domain.md §8.2)', () => {
	const entries: ReportEntry[] = [
		// carried over: received before the period, finished in it or still open
		entry('2020-03-10T09:00:00', '2020-03-17T09:00:00', resolved('2020-03-16T10:00:00')), // early
		entry('2020-03-10T09:00:00', '2020-03-17T09:00:00'), // pending overdue at 14/06
		// finished before the period: not in it at all
		entry('2020-03-01T09:00:00', '2020-03-08T09:00:00', resolved('2020-03-14T10:00:00')),
		// new, by channel
		entry('2020-04-01T09:00:00', '2020-04-08T09:00:00', resolved('2020-04-08T08:00:00'), {
			channel: 'online'
		}), // on time
		entry('2020-04-01T09:00:00', '2020-04-08T09:00:00', resolved('2020-04-08T09:30:00'), {
			channel: 'postal'
		}), // late
		entry('2020-04-01T09:00:00', null, resolved('2020-04-02T09:00:00')), // resolved without due
		entry('2020-04-01T09:00:00', '2020-04-08T09:00:00', {
			kind: 'withdrawn',
			at: t('2020-04-02T09:00:00')
		}),
		entry('2020-04-01T09:00:00', '2020-04-08T09:00:00', {
			kind: 'returned',
			at: t('2020-04-03T09:00:00')
		}),
		entry('2020-06-10T09:00:00', '2020-06-17T09:00:00'), // pending in time
		entry('2020-06-10T09:00:00', '2020-06-17T09:00:00', resolved('2020-06-15T09:00:00')), // decided after the period: pending
		entry('2020-05-10T09:00:00', '2020-05-17T09:00:00', null, {
			pauses: [{ from: t('2020-05-12T09:00:00'), to: null }]
		}), // awaiting supplement: in time
		entry('2020-06-01T09:00:00', null), // pending without due
		entry('2020-06-15T09:00:00', '2020-06-22T09:00:00'), // received after the period
		entry('2020-04-01T09:00:00', '2020-04-08T09:00:00', resolved('2020-04-07T09:00:00'), {
			sector: 'dat-dai',
			procedureCode: '1.004227',
			procedureName: 'Cấp giấy chứng nhận quyền sử dụng đất',
			ratings: [
				{ rating: 'unsatisfied', at: t('2020-04-07T10:00:00') },
				{ rating: 'satisfied', at: t('2020-06-20T10:00:00') } // rated after the period
			]
		})
	];
	const birth = { procedureCode: '1.001193', procedureName: 'Đăng ký khai sinh' };
	const rejections: IntakeRejection[] = [
		{ officeId: 'office-a', sector: 'tu-phap', ...birth, at: t('2020-04-01T09:00:00') },
		{ officeId: 'office-b', sector: 'tu-phap', ...birth, at: t('2020-04-01T09:00:00') },
		{ officeId: 'office-a', sector: 'tu-phap', ...birth, at: t('2020-07-01T09:00:00') }
	];
	const report = buildPeriodReport({ entries, intakeRejections: rejections }, period, 'office');

	it('counts every column as defined', () => {
		expect(report.total.columns).toEqual({
			carriedOver: 2,
			newOnline: 1,
			newDirect: 8,
			newPostal: 1,
			newTotal: 10,
			totalToHandle: 12,
			resolvedEarly: 2,
			resolvedOnTime: 1,
			resolvedLate: 1,
			resolved: 4,
			resolvedWithoutDue: 1,
			withdrawn: 1,
			returned: 1,
			pendingInTime: 3,
			pendingOverdue: 1,
			pending: 4,
			pendingWithoutDue: 1,
			rejectedAtIntake: 2
		});
		expect(report.total.balance).toEqual({
			ok: true,
			totalToHandle: 12,
			accountedFor: 12,
			unexplained: 0
		});
	});

	it('groups by office, sector or any key, sorted, with a total row', () => {
		expect(
			report.rows.map((r) => [r.key, r.columns.totalToHandle, r.columns.rejectedAtIntake])
		).toEqual([
			['office-a', 12, 1],
			['office-b', 0, 1]
		]);
		const bySector = buildPeriodReport({ entries }, period, 'sector');
		expect(bySector.rows.map((r) => [r.key, r.columns.resolved])).toEqual([
			['dat-dai', 1],
			['tu-phap', 3]
		]);
		const byChannel = buildPeriodReport({ entries }, period, (f) => `${f.officeId}/${f.sector}`);
		expect(byChannel.rows.map((r) => r.key)).toEqual(['office-a/dat-dai', 'office-a/tu-phap']);
	});

	it('gives the trend month by month: received when new, resolved when decided (with a due date)', () => {
		expect(report.months).toEqual([
			{ month: '2020-03', received: 0, resolved: 1 },
			{ month: '2020-04', received: 6, resolved: 3 },
			{ month: '2020-05', received: 1, resolved: 0 },
			{ month: '2020-06', received: 3, resolved: 0 }
		]);
		const sum = (k: 'received' | 'resolved') => report.months.reduce((n, m) => n + m[k], 0);
		expect([sum('received'), sum('resolved')]).toEqual([
			report.total.columns.newTotal,
			report.total.columns.resolved
		]);
	});

	it('groups by procedure: keyed by its code, named and sorted by its name', () => {
		const byProcedure = buildPeriodReport({ entries }, period, 'procedure');
		expect(byProcedure.rows.map((r) => [r.key, r.label, r.columns.resolved])).toEqual([
			['1.004227', 'Cấp giấy chứng nhận quyền sử dụng đất', 1],
			['1.001193', 'Đăng ký khai sinh', 3]
		]);
		expect(report.rows.map((r) => r.label)).toEqual(['office-a', 'office-b']);
	});

	it('counts ratings given in the period, as shares of ratings (§10)', () => {
		expect(report.total.ratings).toEqual({
			verySatisfied: 0,
			satisfied: 0,
			unsatisfied: 1,
			total: 1
		});
		expect(report.total.ratingShares).toEqual({ verySatisfied: 0, satisfied: 0, unsatisfied: 100 });
		expect(report.total.ratingsPerResolved).toBe(25);
		// The unsatisfied one is listed with its sector and its follow-up (none yet).
		expect(report.unsatisfied).toEqual([
			expect.objectContaining({
				sector: 'dat-dai',
				procedureName: 'Cấp giấy chứng nhận quyền sử dụng đất',
				at: '2020-04-07T10:00:00',
				reason: '',
				state: 'open',
				assignee: null
			})
		]);
	});

	it('computes shares of resolved, the online share and the QĐ 766 score (§8.4)', () => {
		expect(report.total.shares).toEqual({ early: 50, onTime: 25, late: 25 });
		expect(report.total.onlineShare).toBe(10);
		// (3 pending in time + 2 early + 1 on time + 1 returned) / 12 × 20
		expect(report.total.progressScore).toBe(11.67);
	});

	it('applies the local conventions when asked', () => {
		const local = buildPeriodReport({ entries }, period, 'office', {
			...DEFAULT_REPORT_SETTINGS,
			withdrawnReturnedAsOnTime: true,
			mergeDirectAndPostal: true
		});
		const c = local.total.columns;
		expect([c.newDirect, c.newPostal, c.newOnline, c.newTotal]).toEqual([9, 0, 1, 10]);
		expect([c.resolvedOnTime, c.resolved, c.withdrawn, c.returned]).toEqual([3, 6, 1, 1]);
		expect(local.total.balance.ok).toBe(true);
		// (3 + 2 + 3 on time incl. withdrawn and returned) / 12 × 20; returned is not added twice
		expect(local.total.progressScore).toBe(13.33);
	});

	it('classifies in date-only mode when configured', () => {
		const dateOnly = buildPeriodReport({ entries }, period, 'office', {
			...DEFAULT_REPORT_SETTINGS,
			classificationMode: 'date-only'
		});
		expect(dateOnly.total.columns.resolvedLate).toBe(0);
		expect(dateOnly.total.columns.resolvedOnTime).toBe(2);
	});

	it('judges open dossiers now, not at the end, in a period that has not ended (issue 9)', () => {
		// Decree 09 month 15/11–14/12, read on 03/12 at 09:00: due at 17:00 today is still in time.
		const month: ReportPeriod = { from: '2026-11-15' as never, to: '2026-12-14' as never };
		const open = [
			entry('2026-12-01T08:00:00', '2026-12-03T17:00:00'),
			entry('2026-11-20T08:00:00', '2026-12-02T17:00:00')
		];
		const now = t('2026-12-03T09:00:00');
		const read = buildPeriodReport({ entries: open, asOf: now }, month, 'office').total.columns;
		expect([read.pendingInTime, read.pendingOverdue]).toEqual([1, 1]);
		// Without `asOf` (or for a period already over) the end of the period judges.
		const atEnd = buildPeriodReport({ entries: open }, month, 'office').total.columns;
		expect([atEnd.pendingInTime, atEnd.pendingOverdue]).toEqual([0, 2]);
		const later = buildPeriodReport(
			{ entries: open, asOf: t('2027-01-05T09:00:00') },
			month,
			'office'
		);
		expect(later.total.columns.pendingOverdue).toBe(2);
	});

	it('has no shares without a basis, and refuses a reversed period (a bug)', () => {
		const empty = buildPeriodReport({ entries: [] }, period, 'office');
		expect(empty.rows).toEqual([]);
		expect(empty.total.shares).toEqual({ early: null, onTime: null, late: null });
		expect(empty.total.progressScore).toBeNull();
		expect(() =>
			buildPeriodReport({ entries: [] }, { from: period.to, to: period.from }, 'office')
		).toThrow();
		expect(customPeriod(period.to, period.from).ok).toBe(false);
	});
});

describe('balance check (domain.md §8.2)', () => {
	const conventions = { withdrawnReturnedAsOnTime: false, mergeDirectAndPostal: false };

	it('reports, never throws, when published figures do not balance (Lâm Đồng Q1 2020)', () => {
		const published = completeColumns(
			{ ...emptyColumns(), newDirect: 659_245, resolvedOnTime: 643_272, pendingInTime: 7_172 },
			conventions
		);
		expect(checkBalance(published)).toEqual({
			ok: false,
			totalToHandle: 659_245,
			accountedFor: 650_444,
			unexplained: 8_801
		});
	});

	it('does not count withdrawn and returned twice under the on-time convention', () => {
		const c = completeColumns(
			{ ...emptyColumns(), newDirect: 3, withdrawn: 1, returned: 1, resolvedEarly: 1 },
			{
				...conventions,
				withdrawnReturnedAsOnTime: true
			}
		);
		expect(checkBalance(c, { withdrawnReturnedAsOnTime: true }).ok).toBe(true);
		expect(checkBalance(c).unexplained).toBe(-2);
		expect(progressScore(c, true)).toBe(20);
	});
});
