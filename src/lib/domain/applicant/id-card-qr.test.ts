import { describe, expect, it } from 'vitest';
import { isoDate } from '../time';
import { applicantInputFromQr, parseIdCardQr, parseQrDate, qrFields } from './id-card-qr';
import { validateApplicant } from './validate-applicant';

const cccd = '001099012345||NGUYỄN VĂN A|15052002|Nam|Số 1, Phường X, Quận Y, Hà Nội|20042021';

describe('ID-card QR payload, domain.md §12.1', () => {
	it('parses a chip CCCD with an empty old-ID field', () => {
		expect(parseIdCardQr(`${cccd}\r\n`)).toEqual({
			ok: true,
			warnings: [],
			value: {
				idNumber: '001099012345',
				oldIdNumber: null,
				fullName: 'NGUYỄN VĂN A',
				birthDate: '2002-05-15',
				sex: 'male',
				address: 'Số 1, Phường X, Quận Y, Hà Nội',
				issueDate: '2021-04-20',
				cardType: 'cccd',
				extras: []
			}
		});
	});

	it('reads a thẻ căn cước with extra fields kept raw', () => {
		const payload =
			'020305000123|123456789|Trần Thị Bé|01012005|Nữ|Lạng Sơn|01072024|020305000999||';
		const r = parseIdCardQr(payload);
		expect(r).toMatchObject({
			ok: true,
			value: {
				oldIdNumber: '123456789',
				sex: 'female',
				cardType: 'can-cuoc',
				extras: ['020305000999', '', '']
			}
		});
		expect(parseIdCardQr(payload.replace('01072024', '30062024'))).toMatchObject({
			value: { cardType: 'cccd' }
		});
	});

	it('accepts Nữ in decomposed form and any case', () => {
		const r = parseIdCardQr(cccd.replace('Nam', 'Nu\u031B\u0303'));
		expect(r).toMatchObject({ ok: true, value: { sex: 'female' } });
		expect(parseIdCardQr(cccd.replace('Nam', 'NAM'))).toMatchObject({ value: { sex: 'male' } });
	});

	it('warns about an odd old ID or an issue date before birth, keeping the data', () => {
		const r = parseIdCardQr(cccd.replace('||', '|12345|').replace('20042021', '20042001'));
		expect(r).toMatchObject({
			ok: true,
			value: { oldIdNumber: '12345' },
			warnings: ['qr-old-id-unexpected', 'qr-issued-before-birth']
		});
	});

	it('rejects malformed payloads with short codes', () => {
		const cases: [string, string][] = [
			['', 'qr-too-few-fields'],
			['001099012345|x|y', 'qr-too-few-fields'],
			[cccd.replace('001099012345', '00109901234'), 'qr-id-invalid'],
			[cccd.replace('NGUYỄN VĂN A', '  '), 'qr-name-missing'],
			[cccd.replace('15052002', '31022000'), 'qr-birth-date-invalid'],
			[cccd.replace('15052002', '15-05-2002'), 'qr-birth-date-invalid'],
			[cccd.replace('Nam', 'M'), 'qr-sex-invalid'],
			[cccd.replace('20042021', '2042021'), 'qr-issue-date-invalid']
		];
		for (const [payload, error] of cases)
			expect(parseIdCardQr(payload)).toEqual({ ok: false, error });
	});

	it('parses dates strictly and splits keeping empty fields', () => {
		expect(parseQrDate('29022000')).toBe('2000-02-29');
		expect(parseQrDate('29021900')).toBeNull();
		expect(qrFields('a||b|\n')).toEqual(['a', '', 'b', '']);
	});

	it('prefills a valid applicant input', () => {
		const r = parseIdCardQr(cccd);
		if (!r.ok) throw new Error('parse failed');
		const input = applicantInputFromQr(r.value);
		expect(validateApplicant(input, isoDate('2025-07-15'))).toMatchObject({
			ok: true,
			applicant: { idNumber: '001099012345', birthDate: '2002-05-15', sex: 'male' },
			warnings: { birthDate: 'birth-year-differs-from-citizen-id' }
		});
	});
});
