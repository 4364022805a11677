/**
 * Phone numbers and e-mail of an applicant, domain.md §12: mobiles and landlines are normalised
 * to the domestic form with a leading 0; e-mail is optional, standard syntax.
 */
import * as v from 'valibot';
import { DEFAULT_APPLICANT_SETTINGS, settingPattern, type ApplicantSettings } from './settings';

export type PhoneKind = 'mobile' | 'landline';

/**
 * Domestic form of a phone number (domain.md §12): drops spaces, dots, dashes and brackets and
 * turns a `+84`/`0084`/`84` country prefix into `0` ("+84 912.345.678" → "0912345678").
 */
export function normalisePhone(value: string): string {
	const compact = value.replace(/[\s.\-()]/gu, '');
	let national: string;
	if (compact.startsWith('+84')) national = compact.slice(3);
	else if (compact.startsWith('0084')) national = compact.slice(4);
	else if (/^84\d{9,10}$/u.test(compact)) national = compact.slice(2);
	else return compact;
	return national.startsWith('0') ? national : `0${national}`;
}

/** Normalises and classifies a phone number, domain.md §12 (mobile and landline regexes). */
export function checkPhone(
	value: string,
	settings: ApplicantSettings = DEFAULT_APPLICANT_SETTINGS
):
	| { readonly ok: true; readonly phone: string; readonly kind: PhoneKind }
	| { readonly ok: false; readonly error: 'phone-invalid' } {
	const phone = normalisePhone(value);
	if (settingPattern(settings.mobilePattern).test(phone))
		return { ok: true, phone, kind: 'mobile' };
	if (settingPattern(settings.landlinePattern).test(phone))
		return { ok: true, phone, kind: 'landline' };
	return { ok: false, error: 'phone-invalid' };
}

const EmailSchema = v.pipe(v.string(), v.trim(), v.maxLength(254), v.email());

/** Checks an e-mail address's syntax, domain.md §12; returns it trimmed. */
export function checkEmail(
	value: string
):
	| { readonly ok: true; readonly email: string }
	| { readonly ok: false; readonly error: 'email-invalid' } {
	const r = v.safeParse(EmailSchema, value);
	return r.success ? { ok: true, email: r.output } : { ok: false, error: 'email-invalid' };
}
