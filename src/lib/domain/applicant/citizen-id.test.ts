import { describe, expect, it } from 'vitest';
import { isoDate } from '../time';
import { checkCitizenId, crossCheckCitizenId, decodeCitizenId } from './citizen-id';
import { CITIZEN_ID_PROVINCES, isCitizenIdProvince } from './province-codes';

const today = isoDate('2025-07-15');

describe('citizen ID, domain.md §12', () => {
	it('lists the 63 pre-2025 province codes', () => {
		expect(Object.keys(CITIZEN_ID_PROVINCES)).toHaveLength(63);
		expect(CITIZEN_ID_PROVINCES['020']).toBe('Lạng Sơn');
		expect(isCitizenIdProvince('079')).toBe(true);
		expect(isCitizenIdProvince('003')).toBe(false);
		expect(isCitizenIdProvince('toString')).toBe(false);
	});

	it('requires exactly 12 digits and a known province', () => {
		expect(checkCitizenId('020099012345')).toBeNull();
		expect(checkCitizenId('02009901234')).toBe('citizen-id-format');
		expect(checkCitizenId('0200990123456')).toBe('citizen-id-format');
		expect(checkCitizenId('02009901234a')).toBe('citizen-id-format');
		expect(checkCitizenId('003099012345')).toBe('citizen-id-province');
		expect(checkCitizenId('100099012345')).toBe('citizen-id-province');
	});

	it('decodes sex, century and birth year from digits 4–6', () => {
		expect(decodeCitizenId('001099012345')).toEqual({
			provinceCode: '001',
			sex: 'male',
			birthYear: 1999
		});
		expect(decodeCitizenId('079305000001')).toMatchObject({ sex: 'female', birthYear: 2005 });
		expect(decodeCitizenId('079200000001')).toMatchObject({ sex: 'male', birthYear: 2000 });
		expect(decodeCitizenId('079100000001')).toMatchObject({ sex: 'female', birthYear: 1900 });
		expect(decodeCitizenId('079510000001')).toMatchObject({ sex: 'female', birthYear: 2110 });
		expect(() => decodeCitizenId('79100000001')).toThrow(RangeError);
	});

	it('cross-checks with the entered data as warnings only', () => {
		const id = '020199012345'; // female, 1999
		expect(crossCheckCitizenId(id, {}, today)).toEqual({});
		expect(
			crossCheckCitizenId(id, { birthDate: isoDate('1999-03-01'), sex: 'female' }, today)
		).toEqual({});
		expect(
			crossCheckCitizenId(id, { birthDate: isoDate('1998-03-01'), sex: 'male' }, today)
		).toEqual({
			birthDate: 'birth-year-differs-from-citizen-id',
			sex: 'sex-differs-from-citizen-id'
		});
		expect(crossCheckCitizenId('020230012345', {}, today)).toEqual({
			idNumber: 'citizen-id-birth-year-future'
		});
	});
});
