import { describe, expect, it } from 'vitest';
import { isoDate } from '../time';
import { DEFAULT_APPLICANT_SETTINGS } from './settings';
import {
	requiredApplicantFields,
	validateApplicant,
	type ApplicantInput
} from './validate-applicant';

const today = isoDate('2025-07-15');

const valid: ApplicantInput = {
	fullName: '  hoàng   văn  thụ ',
	idType: 'citizen-id',
	idNumber: '020 090 012 345',
	birthDate: '1990-05-01',
	sex: 'male',
	address: ' Số 1  Trần Đăng Ninh, Lạng Sơn ',
	phone: '+84 912 345 678',
	email: ' thu@example.vn',
	organisation: ''
};

describe('validateApplicant, domain.md §12', () => {
	it('normalises a valid applicant', () => {
		expect(validateApplicant(valid, today)).toEqual({
			ok: true,
			warnings: {},
			applicant: {
				fullName: 'hoàng văn thụ',
				idType: 'citizen-id',
				idNumber: '020090012345',
				birthDate: '1990-05-01',
				sex: 'male',
				address: 'Số 1 Trần Đăng Ninh, Lạng Sơn',
				phone: '0912345678',
				email: 'thu@example.vn'
			}
		});
	});

	it('keeps optional fields absent when not entered', () => {
		const r = validateApplicant(
			{ fullName: 'Lê Thị Hoa', idType: 'none', address: 'Cao Lộc', organisation: 'HTX Mai Pha' },
			today
		);
		expect(r).toEqual({
			ok: true,
			warnings: {},
			applicant: {
				fullName: 'Lê Thị Hoa',
				idType: 'none',
				idNumber: '',
				address: 'Cao Lộc',
				organisation: 'HTX Mai Pha'
			}
		});
	});

	it('accepts names of every ethnic group and organisations under a tax code (issue 9.6)', () => {
		const person = (fullName: string) =>
			validateApplicant({ fullName, idType: 'none', address: 'Lạng Sơn' }, today);
		for (const name of [
			"H'Hen Niê",
			'Nguyễn Văn Đức-Anh',
			"Ksor H'Bia",
			'Rơ Mah Hiêng',
			'Y Ngông Niê Kdăm',
			'Lò Thị Ún',
			'Nguyễn Thị Mỹ’Linh'
		]) {
			expect(person(name).ok, name).toBe(true);
		}
		for (const name of ['<b>Lan</b>', 'Lan\u0007', "'Lan", 'Lan--', 'Nguyễn Văn 4', '-Anh']) {
			expect(person(name).ok, name).toBe(false);
		}
		const company = (fullName: string) =>
			validateApplicant(
				{ fullName, idType: 'tax-code', idNumber: '0101234567', address: 'Hà Nội' },
				today
			);
		expect(company('Công ty TNHH Xây dựng 68').ok).toBe(true);
		expect(company('Công ty CP Thương mại & Dịch vụ Lạng Sơn (chi nhánh 2)').ok).toBe(true);
		expect(company('<script>alert(1)</script>').ok).toBe(false);
		// A person's name still has no digits.
		expect(person('Công ty TNHH Xây dựng 68').ok).toBe(false);
	});

	it('reports one error code per field', () => {
		const r = validateApplicant(
			{
				fullName: 'Nguyễn Văn 4',
				idType: 'citizen-id',
				idNumber: '12345',
				birthDate: '2025-07-16',
				address: ' ',
				phone: '0123',
				email: 'x@'
			},
			today
		);
		expect(r).toEqual({
			ok: false,
			warnings: {},
			errors: {
				fullName: 'name-invalid',
				idNumber: 'citizen-id-format',
				birthDate: 'birth-date-future',
				address: 'required',
				phone: 'phone-invalid',
				email: 'email-invalid'
			}
		});
	});

	it('flags missing and impossible values', () => {
		const r = validateApplicant(
			{ fullName: ' ', idType: 'passport', idNumber: '', birthDate: '2001-02-29', address: 'x' },
			today
		);
		expect(r).toMatchObject({
			ok: false,
			errors: { fullName: 'required', idNumber: 'required', birthDate: 'birth-date-invalid' }
		});
	});

	it('warns, without failing, when the citizen ID disagrees with birth date and sex', () => {
		const r = validateApplicant({ ...valid, birthDate: '1991-05-01', sex: 'female' }, today);
		expect(r).toMatchObject({
			ok: true,
			warnings: {
				birthDate: 'birth-year-differs-from-citizen-id',
				sex: 'sex-differs-from-citizen-id'
			}
		});
		const failing = validateApplicant({ ...valid, sex: 'female', phone: '1' }, today);
		expect(failing).toMatchObject({ ok: false, warnings: { sex: 'sex-differs-from-citizen-id' } });
	});

	it('skips cross-checks when switched off or when the ID is not a valid citizen ID', () => {
		const off = { ...DEFAULT_APPLICANT_SETTINGS, idCrossCheck: 'off' as const };
		expect(validateApplicant({ ...valid, sex: 'female' }, today, off)).toMatchObject({
			ok: true,
			warnings: {}
		});
		expect(validateApplicant({ ...valid, idNumber: '1', sex: 'female' }, today).warnings).toEqual(
			{}
		);
		expect(
			validateApplicant({ ...valid, idType: 'old-id', idNumber: '123456789', sex: '' }, today)
		).toMatchObject({ ok: true, warnings: {} });
		expect(validateApplicant({ ...valid, birthDate: 'x', sex: '' }, today).warnings).toEqual({});
	});

	it('follows the required-field settings', () => {
		const strict = {
			...DEFAULT_APPLICANT_SETTINGS,
			phoneRequired: true,
			emailRequired: true,
			addressRequired: false
		};
		const r = validateApplicant({ ...valid, phone: '', email: ' ', address: '' }, today, strict);
		expect(r).toMatchObject({ ok: false, errors: { phone: 'required', email: 'required' } });
		expect(r.ok ? undefined : r.errors.address).toBeUndefined();
		const noAddress = validateApplicant({ ...valid, address: '' }, today, {
			...DEFAULT_APPLICANT_SETTINGS,
			addressRequired: false
		});
		expect(noAddress).toMatchObject({ ok: true, applicant: { address: '' } });
	});

	it('throws on a malformed input shape (a bug, not user input)', () => {
		expect(() =>
			validateApplicant({ ...valid, idType: 'licence' } as unknown as ApplicantInput, today)
		).toThrow();
	});
});

describe('requiredApplicantFields: the form marks exactly what validation refuses empty', () => {
	const empty = {
		fullName: '',
		idNumber: '',
		birthDate: '',
		address: '',
		phone: '',
		email: '',
		organisation: ''
	};
	const settingsCases = [
		DEFAULT_APPLICANT_SETTINGS,
		{
			...DEFAULT_APPLICANT_SETTINGS,
			addressRequired: false,
			phoneRequired: true,
			emailRequired: true
		}
	];
	for (const settings of settingsCases) {
		for (const idType of ['citizen-id', 'old-id', 'passport', 'tax-code', 'none'] as const) {
			it(`${idType}, address ${settings.addressRequired ? 'required' : 'optional'}`, () => {
				const result = validateApplicant({ ...empty, idType }, isoDate('2026-12-03'), settings);
				const refused = result.ok
					? []
					: Object.entries(result.errors)
							.filter(([, code]) => code === 'required')
							.map(([field]) => field);
				expect([...requiredApplicantFields(idType, settings)].sort()).toEqual(refused.sort());
			});
		}
	}
});
