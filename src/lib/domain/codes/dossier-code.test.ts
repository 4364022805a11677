import { describe, expect, it } from 'vitest';
import { isoDate } from '../time';
import {
	codeDate,
	compareDossierCodes,
	dossierCodePattern,
	formatDossierCode,
	isAgencyCode,
	parseDossierCode,
	validateDossierCode
} from './dossier-code';
import * as v from 'valibot';
import { DEFAULT_DOSSIER_CODE_SETTINGS, DossierCodeSettingsSchema } from './settings';

const day = isoDate('2022-09-14');

describe('dossier code format, domain.md §9.1', () => {
	it('formats the real Gia Lai example', () => {
		expect(formatDossierCode({ agencyCode: 'H21.65', receivedDate: day, sequence: 11 })).toBe(
			'H21.65-220914-0011'
		);
		expect(
			formatDossierCode({ agencyCode: '000.17.22.H56', receivedDate: day, sequence: 12345 })
		).toBe('000.17.22.H56-220914-12345');
	});

	it('throws on parts that can only come from a bug', () => {
		const base = { agencyCode: 'H21.65', receivedDate: day, sequence: 1 };
		expect(() => formatDossierCode({ ...base, agencyCode: 'h21' })).toThrow(RangeError);
		expect(() => formatDossierCode({ ...base, sequence: 0 })).toThrow(RangeError);
		expect(() => formatDossierCode({ ...base, sequence: 1.5 })).toThrow(RangeError);
		expect(() => formatDossierCode({ ...base, receivedDate: isoDate('1999-12-31') })).toThrow();
		expect(codeDate(isoDate('2000-01-02'))).toBe('000102');
	});

	it('pads to the configured width', () => {
		const settings = { ...DEFAULT_DOSSIER_CODE_SETTINGS, minSequenceDigits: 6 };
		expect(
			formatDossierCode({ agencyCode: 'H21.65', receivedDate: day, sequence: 7 }, settings)
		).toBe('H21.65-220914-000007');
	});

	it('parses code parts', () => {
		expect(parseDossierCode('H21.65-220914-0011')).toEqual({
			ok: true,
			value: { agencyCode: 'H21.65', receivedDate: '2022-09-14', sequence: 11 }
		});
		expect(parseDossierCode('000.00.00.H56-200229-9999').ok).toBe(true);
	});

	it('rejects malformed codes with short error codes', () => {
		expect(parseDossierCode('H21.65-220914-011')).toEqual({ ok: false, error: 'code-malformed' });
		expect(parseDossierCode('h21.65-220914-0011')).toEqual({ ok: false, error: 'code-malformed' });
		expect(parseDossierCode('H21-220914-0011')).toEqual({ ok: false, error: 'code-malformed' });
		expect(parseDossierCode('H21.65-2209140-0011').ok).toBe(false);
		expect(parseDossierCode('H21.65-190229-0011')).toEqual({
			ok: false,
			error: 'code-date-invalid'
		});
		expect(parseDossierCode('H21.65-221314-0011')).toEqual({
			ok: false,
			error: 'code-date-invalid'
		});
		expect(parseDossierCode('H21.65-220914-0000')).toEqual({
			ok: false,
			error: 'code-sequence-zero'
		});
		expect(parseDossierCode(`H21.65-220914-${'9'.repeat(20)}`)).toEqual({
			ok: false,
			error: 'code-malformed'
		});
	});

	it('validates user input, trimming spaces', () => {
		expect(validateDossierCode(' H21.65-220914-0011 ')).toEqual({ ok: true });
		expect(validateDossierCode('H21.65-220931-0011')).toEqual({
			ok: false,
			error: 'code-date-invalid'
		});
		expect(dossierCodePattern().source).toBe('^([0-9A-Z.]{5,20})-(\\d{6})-(\\d{4,})$');
		expect(isAgencyCode('000.17.22.H56')).toBe(true);
		expect(v.is(DossierCodeSettingsSchema, DEFAULT_DOSSIER_CODE_SETTINGS)).toBe(true);
		expect(isAgencyCode('000.17.22.H56.000.000.000')).toBe(false);
	});

	it('sorts by day, then sequence, then agency', () => {
		const codes = [
			'H21.65-220915-0001',
			'H21.65-220914-0100',
			'H21.66-220914-0011',
			'H21.65-220914-0011',
			'H21.65-211231-9999'
		];
		expect([...codes].sort(compareDossierCodes)).toEqual([
			'H21.65-211231-9999',
			'H21.65-220914-0011',
			'H21.66-220914-0011',
			'H21.65-220914-0100',
			'H21.65-220915-0001'
		]);
		expect(compareDossierCodes('any-agency-shape-220914-00002', 'X-220914-0001')).toBeGreaterThan(
			0
		);
		expect(() => compareDossierCodes('nonsense', 'H21.65-220914-0011')).toThrow(RangeError);
		expect(() => compareDossierCodes('H21.65-220914-0011', 'H21.65-220230-0001')).toThrow(
			RangeError
		);
	});
});
