import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, isoDate, type IsoDate } from '../time';
import { allocateCode } from './allocate-code';
import { planDeskRanges, type SequenceRange } from './desk-ranges';
import { compareDossierCodes, parseDossierCode } from './dossier-code';

const day = isoDate('2022-09-14');

describe('allocating dossier codes offline, domain.md §9.1', () => {
	it('starts at the desk range and moves on from the last used number', () => {
		const range = { first: 5001, last: 5002 };
		const first = allocateCode({ agencyCode: 'H21.65', range, receivedDate: day, lastUsed: null });
		expect(first).toEqual({ ok: true, code: 'H21.65-220914-5001', sequence: 5001, lastUsed: 5001 });
		const second = allocateCode({ agencyCode: 'H21.65', range, receivedDate: day, lastUsed: 5001 });
		expect(second).toMatchObject({ ok: true, code: 'H21.65-220914-5002', lastUsed: 5002 });
		expect(
			allocateCode({ agencyCode: 'H21.65', range, receivedDate: day, lastUsed: 5002 })
		).toEqual({
			ok: false,
			error: 'desk-range-exhausted'
		});
	});

	it('never goes below its range, even with a stale last-used value', () => {
		const r = allocateCode({
			agencyCode: 'H21.65',
			range: { first: 100, last: 200 },
			receivedDate: day,
			lastUsed: 3
		});
		expect(r).toMatchObject({ ok: true, sequence: 100 });
	});

	it('reports a misconfigured agency code and throws on a broken range', () => {
		expect(
			allocateCode({
				agencyCode: 'h21',
				range: { first: 1, last: 9 },
				receivedDate: day,
				lastUsed: null
			})
		).toEqual({ ok: false, error: 'agency-code-invalid' });
		for (const range of [
			{ first: 0, last: 9 },
			{ first: 9, last: 8 },
			{ first: 1, last: Infinity }
		]) {
			expect(() =>
				allocateCode({ agencyCode: 'H21.65', range, receivedDate: day, lastUsed: null })
			).toThrow(RangeError);
		}
	});

	it('property: many offline desks over many days never collide, and codes sort by day', () => {
		const scenario = fc.record({
			deskCount: fc.integer({ min: 2, max: 20 }),
			extraCapacity: fc.integer({ min: 0, max: 400 }),
			dayOffsets: fc.uniqueArray(fc.integer({ min: 0, max: 3000 }), { minLength: 1, maxLength: 8 }),
			seedCounts: fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 160, maxLength: 160 })
		});
		fc.assert(
			fc.property(scenario, ({ deskCount, extraCapacity, dayOffsets, seedCounts }) => {
				const plan = planDeskRanges(deskCount, deskCount + extraCapacity);
				if (!plan.ok) return false;
				const days = dayOffsets.map((d) => addDays(isoDate('2019-01-01'), d));
				const issued: { code: string; day: IsoDate }[] = [];
				days.forEach((d, di) =>
					plan.ranges.forEach((range, ri) => {
						const wanted = seedCounts[(di * 20 + ri) % seedCounts.length] ?? 0;
						const codes = allocateMany(range, d, wanted);
						expect(codes.length).toBe(Math.min(wanted, range.last - range.first + 1));
						issued.push(...codes.map((code) => ({ code, day: d })));
					})
				);
				expect(new Set(issued.map((i) => i.code)).size).toBe(issued.length);
				const sorted = issued.map((i) => i.code).sort(compareDossierCodes);
				const parsed = sorted.map((c) => parseDossierCode(c));
				parsed.forEach((p, i) => {
					if (!p.ok) throw new Error(`invalid code ${sorted[i]}`);
					const prev = i === 0 ? undefined : parsed[i - 1];
					if (prev?.ok) {
						expect(prev.value.receivedDate <= p.value.receivedDate).toBe(true);
						if (prev.value.receivedDate === p.value.receivedDate) {
							expect(prev.value.sequence).toBeLessThan(p.value.sequence);
						}
					}
				});
				return true;
			}),
			{ seed: 20_250_701, numRuns: 100 }
		);
	});
});

/** One desk's day: allocate until `wanted` codes are issued or its block is exhausted. */
function allocateMany(range: SequenceRange, receivedDate: IsoDate, wanted: number): string[] {
	const codes: string[] = [];
	let lastUsed: number | null = null;
	while (codes.length < wanted) {
		const r = allocateCode({ agencyCode: '000.00.20.H56', range, receivedDate, lastUsed });
		if (!r.ok) {
			expect(r.error).toBe('desk-range-exhausted');
			break;
		}
		codes.push(r.code);
		lastUsed = r.lastUsed;
	}
	return codes;
}
