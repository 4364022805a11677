import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatVnNumber, formatVnPercent } from './format';
import { percentHundredths, percentOf, roundHalfUp, scoreOf } from './percent';

describe('half-up percentages in integer arithmetic (domain.md §7, §14)', () => {
	it('rounds halves up', () => {
		expect(roundHalfUp(5, 10)).toBe(1);
		expect(roundHalfUp(4, 10)).toBe(0);
		expect(roundHalfUp(15, 10)).toBe(2);
		expect(roundHalfUp(0, 3)).toBe(0);
		expect(percentOf(1, 8)).toBe(12.5);
		expect(percentOf(1, 20_001)).toBe(0); // 0.004999… % → 0.00
		expect(percentOf(1, 20_000)).toBe(0.01); // 0.005 % → 0.01 (half up)
		expect(percentOf(0, 0)).toBeNull();
		expect(scoreOf(9, 10, 20)).toBe(18);
		expect(scoreOf(1, 0, 20)).toBeNull();
	});

	it('throws on a non-integer or zero denominator (a bug)', () => {
		expect(() => roundHalfUp(1.5, 2)).toThrow();
		expect(() => roundHalfUp(1, 0)).toThrow();
		expect(() => roundHalfUp(1, 0.5)).toThrow();
	});

	it('agrees with exact BigInt rounding', () => {
		fc.assert(
			fc.property(fc.nat(2_000_000), fc.integer({ min: 1, max: 2_000_000 }), (part, whole) => {
				const exact = (BigInt(part) * 20_000n + BigInt(whole)) / (2n * BigInt(whole));
				expect(percentHundredths(part, whole)).toBe(Number(exact));
			}),
			{ seed: 2020 }
		);
	});
});

describe('Vietnamese number formats', () => {
	it('writes numbers and percentages as Vietnamese reports do', () => {
		expect(formatVnNumber(47_540)).toBe('47.540');
		expect(formatVnNumber(659_245)).toBe('659.245');
		expect(formatVnNumber(999)).toBe('999');
		expect(formatVnNumber(18.1666, 2)).toBe('18,17');
		expect(formatVnPercent(36.08)).toBe('36,08 %');
		expect(formatVnPercent(0.1)).toBe('0,10 %');
		expect(formatVnPercent(100)).toBe('100,00 %');
		expect(formatVnPercent(null)).toBe('–');
	});
});
