import { describe, expect, it } from 'vitest';
import { maskIdNumber, redactQrPayload } from './mask';

describe('masking identity data, domain.md §12', () => {
	it('keeps only the end of an ID visible', () => {
		expect(maskIdNumber('001099012345')).toBe('********2345');
		expect(maskIdNumber('123456789')).toBe('******789');
		expect(maskIdNumber('C1234567', 2)).toBe('******67');
		expect(maskIdNumber('AB')).toBe('**');
		expect(maskIdNumber('')).toBe('');
	});

	it('redacts a QR payload for logs', () => {
		expect(
			redactQrPayload('001099012345|123456789|NGUYỄN VĂN A|15052002|Nữ|Hà Nội|20042021||x\r\n')
		).toBe('********2345|******789|[12]|[8]|Nữ|[6]|[8]||[1]');
	});
});
