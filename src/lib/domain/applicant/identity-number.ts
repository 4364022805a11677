/**
 * Identity numbers other than the citizen ID, and the dispatch by ID type, domain.md §12:
 * old ID card (CMND) 9 or 12 digits, passports (Vietnamese 1 letter + 7 digits, foreign 5–20
 * alphanumerics), enterprise/tax codes (10 digits or 10-3). Numbers stay strings.
 */
import type { IdType } from '../model';
import { CITIZEN_ID_ERRORS, checkCitizenId } from './citizen-id';
import { DEFAULT_APPLICANT_SETTINGS, settingPattern, type ApplicantSettings } from './settings';

export type PassportIssuer = 'vn' | 'foreign';

export const ID_NUMBER_ERRORS = [
	'required',
	...CITIZEN_ID_ERRORS,
	'old-id-format',
	'passport-format',
	'tax-code-format'
] as const;
export type IdNumberError = (typeof ID_NUMBER_ERRORS)[number];

/** Drops spaces and dots typed for readability and upper-cases letters (passports), §12. */
export function normaliseIdNumber(value: string): string {
	return value.replace(/[\s.]/gu, '').toUpperCase();
}

/**
 * Normalises and checks an identity number for its type, domain.md §12. `none` accepts nothing
 * and stores an empty number.
 */
export function checkIdNumber(
	idType: IdType,
	value: string,
	options: { readonly passportIssuer?: PassportIssuer; readonly settings?: ApplicantSettings } = {}
):
	| { readonly ok: true; readonly idNumber: string }
	| { readonly ok: false; readonly error: IdNumberError } {
	const settings = options.settings ?? DEFAULT_APPLICANT_SETTINGS;
	const idNumber = normaliseIdNumber(value);
	if (idType === 'none') return { ok: true, idNumber: '' };
	if (idNumber === '') return { ok: false, error: 'required' };
	const error = formatError(idType, idNumber, options.passportIssuer ?? 'vn', settings);
	return error === null ? { ok: true, idNumber } : { ok: false, error };
}

function formatError(
	idType: Exclude<IdType, 'none'>,
	idNumber: string,
	issuer: PassportIssuer,
	settings: ApplicantSettings
): IdNumberError | null {
	switch (idType) {
		case 'citizen-id':
			return checkCitizenId(idNumber);
		case 'old-id':
			return settingPattern(settings.oldIdPattern).test(idNumber) ? null : 'old-id-format';
		case 'passport': {
			const source = issuer === 'vn' ? settings.vnPassportPattern : settings.foreignPassportPattern;
			return settingPattern(source).test(idNumber) ? null : 'passport-format';
		}
		case 'tax-code':
			return settingPattern(settings.taxCodePattern).test(idNumber) ? null : 'tax-code-format';
	}
}
