import { describe, expect, it } from 'vitest';
import { checkIdNumber, normaliseIdNumber } from './identity-number';
import * as v from 'valibot';
import { ApplicantSettingsSchema, DEFAULT_APPLICANT_SETTINGS } from './settings';

describe('identity numbers by type, domain.md §12', () => {
	it('normalises spaces, dots and case', () => {
		expect(normaliseIdNumber(' 020 099.012 345 ')).toBe('020099012345');
		expect(normaliseIdNumber('c1234567')).toBe('C1234567');
	});

	it('checks the citizen ID', () => {
		expect(checkIdNumber('citizen-id', '020 099 012 345')).toEqual({
			ok: true,
			idNumber: '020099012345'
		});
		expect(checkIdNumber('citizen-id', '')).toEqual({ ok: false, error: 'required' });
		expect(checkIdNumber('citizen-id', '123')).toEqual({ ok: false, error: 'citizen-id-format' });
	});

	it('accepts old ID cards of 9 or 12 digits', () => {
		expect(checkIdNumber('old-id', '123456789').ok).toBe(true);
		expect(checkIdNumber('old-id', '123456789012').ok).toBe(true);
		expect(checkIdNumber('old-id', '1234567890')).toEqual({ ok: false, error: 'old-id-format' });
	});

	it('checks Vietnamese and foreign passports', () => {
		expect(checkIdNumber('passport', 'c1234567')).toEqual({ ok: true, idNumber: 'C1234567' });
		expect(checkIdNumber('passport', 'CA123456')).toEqual({ ok: false, error: 'passport-format' });
		expect(checkIdNumber('passport', 'CA123456', { passportIssuer: 'foreign' }).ok).toBe(true);
		expect(checkIdNumber('passport', 'AB12', { passportIssuer: 'foreign' })).toEqual({
			ok: false,
			error: 'passport-format'
		});
		expect(checkIdNumber('passport', 'X-1234567', { passportIssuer: 'foreign' }).ok).toBe(false);
	});

	it('checks tax codes, branches included', () => {
		expect(checkIdNumber('tax-code', '0101234567').ok).toBe(true);
		expect(checkIdNumber('tax-code', '0101234567-001').ok).toBe(true);
		expect(checkIdNumber('tax-code', '0101234567-01')).toEqual({
			ok: false,
			error: 'tax-code-format'
		});
	});

	it('stores nothing for applicants without an ID and honours settings', () => {
		expect(checkIdNumber('none', 'whatever')).toEqual({ ok: true, idNumber: '' });
		const settings = { ...DEFAULT_APPLICANT_SETTINGS, oldIdPattern: '^[0-9]{9}$' };
		expect(checkIdNumber('old-id', '123456789012', { settings }).ok).toBe(false);
		expect(v.is(ApplicantSettingsSchema, DEFAULT_APPLICANT_SETTINGS)).toBe(true);
	});
});
