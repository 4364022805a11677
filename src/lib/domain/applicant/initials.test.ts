import { describe, expect, it } from 'vitest';
import { maskedInitials } from './initials';

describe('maskedInitials (domain.md §12)', () => {
	it('keeps the first letter of each word, diacritics included', () => {
		expect(maskedInitials('Nguyễn Thị Ánh')).toBe('N*** T** Á**');
		expect(maskedInitials('  đặng   văn   ơn ')).toBe('Đ*** V** Ơ*');
	});

	it('never shows more than three stars nor fewer than one', () => {
		expect(maskedInitials('Nguyễn Văn A')).toBe('N*** V** A*');
		expect(maskedInitials('Trương')).toBe('T***');
	});

	it('keeps a first letter written with combining marks whole', () => {
		expect(maskedInitials('E\u0302\u0301 An')).toBe('Ế* A*');
	});

	it('shows nothing of hostile or invisible characters', () => {
		expect(maskedInitials('<img src=x onerror=alert(1)>')).toBe('*** S*** O***');
		expect(maskedInitials('\u202eAnh\u200b Ba')).toBe('A** B*');
		expect(maskedInitials('')).toBe('');
	});
});
