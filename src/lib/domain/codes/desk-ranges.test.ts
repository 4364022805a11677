import { describe, expect, it } from 'vitest';
import { checkDeskRanges, planDeskRanges, rangeForDesk } from './desk-ranges';

describe('desk ranges of the daily sequence, domain.md §9.1', () => {
	it('splits 0001–9999 into contiguous blocks', () => {
		expect(planDeskRanges(2)).toEqual({
			ok: true,
			ranges: [
				{ index: 0, deskId: null, first: 1, last: 5000 },
				{ index: 1, deskId: null, first: 5001, last: 9999 }
			]
		});
		expect(rangeForDesk(2, 3, 10)).toEqual({ ok: true, range: { first: 8, last: 10 } });
		expect(rangeForDesk(0, 1)).toEqual({ ok: true, range: { first: 1, last: 9999 } });
	});

	it('names the desks when given ids', () => {
		const plan = planDeskRanges(['desk-a', 'desk-b', 'desk-c'], 100);
		expect(plan.ok && plan.ranges.map((r) => [r.deskId, r.first, r.last])).toEqual([
			['desk-a', 1, 34],
			['desk-b', 35, 67],
			['desk-c', 68, 100]
		]);
	});

	it('covers the capacity exactly, without overlap', () => {
		for (const [count, capacity] of [
			[7, 9999],
			[20, 9999],
			[13, 100],
			[5, 5]
		] as const) {
			const plan = planDeskRanges(count, capacity);
			if (!plan.ok) throw new Error('plan failed');
			expect(plan.ranges[0]?.first).toBe(1);
			expect(plan.ranges.at(-1)?.last).toBe(capacity);
			expect(checkDeskRanges(plan.ranges, capacity)).toEqual({ ok: true });
		}
	});

	it('refuses more desks than numbers', () => {
		expect(planDeskRanges(11, 10)).toEqual({ ok: false, error: 'too-many-desks' });
		expect(rangeForDesk(0, 11, 10)).toEqual({ ok: false, error: 'too-many-desks' });
	});

	it('throws on arguments only a bug can produce', () => {
		expect(() => planDeskRanges(0)).toThrow(RangeError);
		expect(() => planDeskRanges([])).toThrow(RangeError);
		expect(() => planDeskRanges(['a', 'a'])).toThrow(RangeError);
		expect(() => rangeForDesk(3, 3)).toThrow(RangeError);
		expect(() => rangeForDesk(-1, 3)).toThrow(RangeError);
		expect(() => rangeForDesk(0.5, 3)).toThrow(RangeError);
		expect(() => rangeForDesk(0, 3, 0)).toThrow(RangeError);
	});

	it('checks hand-made ranges', () => {
		expect(checkDeskRanges([])).toEqual({ ok: true });
		expect(checkDeskRanges([{ first: 5, last: 4 }])).toEqual({ ok: false, error: 'range-invalid' });
		expect(checkDeskRanges([{ first: 1, last: 2.5 }])).toEqual({
			ok: false,
			error: 'range-invalid'
		});
		expect(checkDeskRanges([{ first: 1.5, last: 2 }])).toEqual({
			ok: false,
			error: 'range-invalid'
		});
		expect(checkDeskRanges([{ first: 0, last: 4 }])).toEqual({
			ok: false,
			error: 'range-out-of-capacity'
		});
		expect(checkDeskRanges([{ first: 9000, last: 10000 }])).toEqual({
			ok: false,
			error: 'range-out-of-capacity'
		});
		expect(
			checkDeskRanges([
				{ first: 5000, last: 9999 },
				{ first: 1, last: 5000 }
			])
		).toEqual({ ok: false, error: 'ranges-overlap' });
	});
});
