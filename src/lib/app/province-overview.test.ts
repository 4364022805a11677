import { describe, expect, it } from 'vitest';
import { isoDate } from '$lib/domain/time';
import {
	countsFromRows,
	emptyCounts,
	reportCountsFromRows,
	type Counts
} from '$lib/sync/province-counts';
import {
	figuresOf,
	resultShares,
	periodFromText,
	provinceServerUrl,
	recentReportingMonths,
	summarise
} from './province-overview';

const PERIOD = { from: isoDate('2026-01-15'), to: isoDate('2026-02-14') };

function counts(values: Partial<Counts>): Counts {
	return { ...emptyCounts(), ...values };
}

describe('an office’s figures from its two view answers', () => {
	it('takes the period’s flows as they are and derives what was open before and after', () => {
		// Before the period: 10 received, 6 finished → 4 carried over.
		// In the period: 5 received; 3 approved, 1 refused, 1 withdrawn, 1 stopped, 2 handed over.
		const inPeriod = counts({
			received: 5,
			resolvedApproved: 3,
			resolvedRefused: 1,
			delivered: 2,
			withdrawn: 1,
			stopped: 1
		});
		const untilEnd = counts({
			received: 15,
			resolvedApproved: 8,
			resolvedRefused: 1,
			delivered: 7,
			withdrawn: 2,
			stopped: 1
		});
		expect(figuresOf(inPeriod, untilEnd)).toEqual({
			receivedOnline: 0,
			early: 0,
			onTime: 0,
			late: 0,
			verySatisfied: 0,
			satisfied: 0,
			unsatisfied: 0,
			received: 5,
			resolved: 4,
			refused: 1,
			delivered: 2,
			withdrawn: 1,
			stopped: 1,
			carriedOver: 4,
			pendingAtEnd: 3
		});
	});

	it('balances: carried over + received = resolved + withdrawn + stopped + open at the end', () => {
		const inPeriod = counts({ received: 7, resolvedApproved: 2, withdrawn: 1 });
		const untilEnd = counts({ received: 20, resolvedApproved: 9, stopped: 2, withdrawn: 1 });
		const f = figuresOf(inPeriod, untilEnd);
		expect(f.carriedOver + f.received).toBe(f.resolved + f.withdrawn + f.stopped + f.pendingAtEnd);
	});

	it('does not count a hand-over as a finish (it follows the result)', () => {
		const f = figuresOf(counts({ delivered: 3 }), counts({ received: 3, delivered: 3 }));
		expect([f.resolved, f.pendingAtEnd, f.carriedOver]).toEqual([0, 3, 3]);
	});
});

describe('the province summary', () => {
	const a = { id: 'lson-luongvantri', name: 'Trung tâm phường Lương Văn Tri' };
	const b = { id: 'lson-province', name: 'Trung tâm tỉnh Lạng Sơn' };
	const c = { id: 'lson-dongkinh', name: 'Trung tâm phường Đông Kinh' };

	it('sorts offices by Vietnamese name and sums only those that answered', () => {
		const overview = summarise(PERIOD, [
			{
				office: b,
				ok: true,
				inPeriod: counts({ received: 2, resolvedApproved: 1 }),
				untilEnd: counts({ received: 4, resolvedApproved: 2 }),
				report: {
					...reportCountsFromRows([]),
					receivedOnline: 1,
					resolvedEarly: 1,
					ratedVerySatisfied: 1
				}
			},
			{ office: c, ok: false, error: 'access-denied' },
			{
				office: a,
				ok: true,
				inPeriod: counts({ received: 3, stopped: 1 }),
				untilEnd: counts({ received: 3, stopped: 1 }),
				// A server provisioned before the report view: no classification.
				report: null
			}
		]);
		expect(overview.rows.map((r) => r.officeId)).toEqual([c.id, a.id, b.id]);
		expect(overview.rows[0]).toEqual({
			officeId: c.id,
			name: c.name,
			state: 'failed',
			error: 'access-denied'
		});
		expect(overview.failed).toBe(1);
		expect(overview.pending).toBe(0);
		expect(overview.total).toEqual({
			receivedOnline: 1,
			early: 1,
			onTime: 0,
			late: 0,
			verySatisfied: 1,
			satisfied: 0,
			unsatisfied: 0,
			received: 5,
			resolved: 1,
			refused: 0,
			delivered: 0,
			withdrawn: 0,
			stopped: 1,
			carriedOver: 1,
			pendingAtEnd: 4
		});
		expect(overview.period).toBe(PERIOD);
	});

	it('gives zeros for a province without offices, and names an unnamed office by its id', () => {
		expect(summarise(PERIOD, []).total.received).toBe(0);
		const unnamed = summarise(PERIOD, [
			{ office: { id: 'x', name: '' }, ok: false, error: 'offline' }
		]);
		expect(unnamed.rows[0]?.name).toBe('x');
	});

	it('keeps an office still awaited as pending, out of the total and apart from the failed', () => {
		const overview = summarise(PERIOD, [
			{ office: a, ok: null },
			{
				office: b,
				ok: true,
				inPeriod: counts({ received: 2 }),
				untilEnd: counts({ received: 2 }),
				report: null
			},
			{ office: c, ok: false, error: 'server-error' }
		]);
		expect(overview.rows.map((r) => r.state)).toEqual(['failed', 'pending', 'ready']);
		expect([overview.pending, overview.failed, overview.total.received]).toEqual([1, 1, 2]);
	});
});

describe('view rows', () => {
	it('reads the summed vector in the view’s column order; no row is all zeros', () => {
		expect(countsFromRows([{ value: [4, 3, 1, 2, 0, 1] }])).toEqual({
			received: 4,
			resolvedApproved: 3,
			resolvedRefused: 1,
			delivered: 2,
			withdrawn: 0,
			stopped: 1
		});
		expect(countsFromRows([])).toEqual(emptyCounts());
		expect(reportCountsFromRows([{ value: [1, 2, 3, 4, 5, 6, 7] }])).toEqual({
			receivedOnline: 1,
			resolvedEarly: 2,
			resolvedOnTime: 3,
			resolvedLate: 4,
			ratedVerySatisfied: 5,
			ratedSatisfied: 6,
			ratedUnsatisfied: 7
		});
	});

	it('gives the seed’s shares of the classified results and of the ratings (ADR 31)', () => {
		const f = figuresOf(counts({ resolvedApproved: 46_530 }), counts({}), {
			...reportCountsFromRows([]),
			resolvedEarly: 16_787,
			resolvedOnTime: 29_674,
			resolvedLate: 67,
			ratedVerySatisfied: 8_080,
			ratedSatisfied: 371,
			ratedUnsatisfied: 1
		});
		expect(resultShares(f)).toEqual({
			early: 36.08,
			onTime: 63.78,
			late: 0.14,
			verySatisfied: 95.6,
			satisfied: 4.39,
			unsatisfied: 0.01,
			unclassified: 2
		});
	});
});

describe('the period picker', () => {
	it('reads dd/mm/yyyy dates and refuses bad ones or an end before the start', () => {
		expect(periodFromText('15/01/2026', ' 14/2/2026 ')).toEqual({ ok: true, period: PERIOD });
		expect(periodFromText('31/02/2026', '14/02/2026')).toEqual({ ok: false, error: 'bad-date' });
		expect(periodFromText('2026-01-15', '14/02/2026')).toEqual({ ok: false, error: 'bad-date' });
		expect(periodFromText('15/02/2026', '14/02/2026')).toEqual({
			ok: false,
			error: 'period-end-before-start'
		});
	});

	it('offers the last twelve Decree 09/2019 reporting months, newest first', () => {
		const months = recentReportingMonths(isoDate('2026-01-20'));
		expect(months).toHaveLength(12);
		expect(months[0]).toMatchObject({ year: 2026, index: 2, ...PERIOD });
		expect(months[1]).toMatchObject({ year: 2026, index: 1, from: '2025-12-15', to: '2026-01-14' });
		expect(months[2]).toMatchObject({ year: 2025, index: 12, from: '2025-11-15' });
		expect(months[11]).toMatchObject({ year: 2025, index: 3 });
	});

	it('finds the server beside the app under /db', () => {
		expect(provinceServerUrl('http://localhost:5080/')).toBe('http://localhost:5080/db');
	});
});
