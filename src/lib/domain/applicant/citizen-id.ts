/**
 * The 12-digit personal identification number (số định danh cá nhân, CCCD / thẻ căn cước),
 * domain.md §12: digits 1–3 province of birth registration, digit 4 sex and century, digits 5–6
 * the last two digits of the birth year, digits 7–12 random. No checksum is published, so none
 * is checked.
 */
import type { IsoDate } from '../time';
import { isCitizenIdProvince } from './province-codes';

export type Sex = 'male' | 'female';

export const CITIZEN_ID_ERRORS = ['citizen-id-format', 'citizen-id-province'] as const;
export type CitizenIdError = (typeof CITIZEN_ID_ERRORS)[number];

export interface CitizenIdFacts {
	readonly provinceCode: string;
	readonly sex: Sex;
	readonly birthYear: number;
}

/** Warnings from the cross-check, keyed by the field the officer should look at. */
export interface CitizenIdWarnings {
	readonly idNumber?: 'citizen-id-birth-year-future';
	readonly birthDate?: 'birth-year-differs-from-citizen-id';
	readonly sex?: 'sex-differs-from-citizen-id';
}

/** Exactly 12 digits and a known province code, domain.md §12. Returns the error or null. */
export function checkCitizenId(id: string): CitizenIdError | null {
	if (!/^\d{12}$/u.test(id)) return 'citizen-id-format';
	return isCitizenIdProvince(id.slice(0, 3)) ? null : 'citizen-id-province';
}

/**
 * What digits 1–6 say, domain.md §12: digit 4 even = male, odd = female; 0/1 → 1900s, 2/3 →
 * 2000s, 4/5 → 2100s, and so on. Only call on an ID that passed `checkCitizenId`.
 */
export function decodeCitizenId(id: string): CitizenIdFacts {
	if (!/^\d{12}$/u.test(id)) throw new RangeError('Not a 12-digit citizen ID');
	const digit = Number(id[3]);
	return {
		provinceCode: id.slice(0, 3),
		sex: digit % 2 === 0 ? 'male' : 'female',
		birthYear: 1900 + 100 * Math.floor(digit / 2) + Number(id.slice(4, 6))
	};
}

/**
 * Compares digits 4–6 with the entered birth date and sex, domain.md §12 "cross-checks": the
 * result is warnings only (a typo in either place is possible), never errors.
 */
export function crossCheckCitizenId(
	id: string,
	entered: { readonly birthDate?: IsoDate | undefined; readonly sex?: Sex | undefined },
	today: IsoDate
): CitizenIdWarnings {
	const facts = decodeCitizenId(id);
	const warnings: {
		idNumber?: 'citizen-id-birth-year-future';
		birthDate?: 'birth-year-differs-from-citizen-id';
		sex?: 'sex-differs-from-citizen-id';
	} = {};
	if (facts.birthYear > Number(today.slice(0, 4)))
		warnings.idNumber = 'citizen-id-birth-year-future';
	if (
		entered.birthDate !== undefined &&
		Number(entered.birthDate.slice(0, 4)) !== facts.birthYear
	) {
		warnings.birthDate = 'birth-year-differs-from-citizen-id';
	}
	if (entered.sex !== undefined && entered.sex !== facts.sex) {
		warnings.sex = 'sex-differs-from-citizen-id';
	}
	return warnings;
}
