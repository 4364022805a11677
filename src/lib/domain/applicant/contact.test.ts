import { describe, expect, it } from 'vitest';
import { checkEmail, checkPhone, normalisePhone } from './contact';

describe('phone and e-mail, domain.md §12', () => {
	it('normalises country prefixes and separators to a leading 0', () => {
		expect(normalisePhone('+84 912.345.678')).toBe('0912345678');
		expect(normalisePhone('+84 0912 345 678')).toBe('0912345678');
		expect(normalisePhone('84912345678')).toBe('0912345678');
		expect(normalisePhone('0084-912-345-678')).toBe('0912345678');
		expect(normalisePhone('(0205) 3812.345')).toBe('02053812345');
		expect(normalisePhone('84205381234')).toBe('0205381234');
		expect(normalisePhone('8491')).toBe('8491');
	});

	it('classifies mobiles and landlines', () => {
		expect(checkPhone('0912 345 678')).toEqual({ ok: true, phone: '0912345678', kind: 'mobile' });
		expect(checkPhone('+84 32 123 4567')).toMatchObject({ ok: true, kind: 'mobile' });
		expect(checkPhone('0205 3812 345')).toEqual({
			ok: true,
			phone: '02053812345',
			kind: 'landline'
		});
		expect(checkPhone('0312345678')).toEqual({ ok: false, error: 'phone-invalid' });
		expect(checkPhone('0112345678')).toEqual({ ok: false, error: 'phone-invalid' });
		expect(checkPhone('091234567')).toEqual({ ok: false, error: 'phone-invalid' });
	});

	it('checks e-mail syntax and trims it', () => {
		expect(checkEmail(' an.nguyen@example.vn ')).toEqual({
			ok: true,
			email: 'an.nguyen@example.vn'
		});
		expect(checkEmail('an.nguyen@')).toEqual({ ok: false, error: 'email-invalid' });
		expect(checkEmail('not an email')).toEqual({ ok: false, error: 'email-invalid' });
	});
});
