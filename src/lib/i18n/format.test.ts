import { describe, expect, it } from 'vitest';
import { formatBytes, formatNumber, formatPercent } from './format';

describe('number formats', () => {
	it('writes Vietnamese numbers and percentages', () => {
		expect(formatNumber(47540, 'vi')).toBe('47.540');
		expect(formatPercent(0.3608, 'vi')).toBe('36,08 %');
		expect(formatPercent(0.0001, 'vi')).toBe('0,01 %');
	});

	it('writes English numbers and percentages', () => {
		expect(formatNumber(47540, 'en')).toBe('47,540');
		expect(formatPercent(0.3608, 'en')).toBe('36.08 %');
	});

	it('picks a byte unit', () => {
		expect(formatBytes(512, 'vi')).toBe('512 B');
		expect(formatBytes(1536, 'vi')).toBe('1,5 KB');
		expect(formatBytes(5 * 1024 ** 3, 'en')).toBe('5.0 GB');
		expect(formatBytes(3 * 1024 ** 5, 'en')).toBe('3,072.0 TB');
	});
});
