/**
 * Validation of the applicant block of an intake form, domain.md §12. Returns one error code and
 * at most one warning code per field so the UI can show each next to its field; the codes are
 * message keys, never sentences. A wrongly shaped input (not strings, unknown ID type) is a bug
 * and throws.
 */
import * as v from 'valibot';
import type { Applicant } from '../model';
import { ID_TYPES } from '../schemas';
import { isIsoDate, type IsoDate } from '../time';
import { crossCheckCitizenId, type Sex } from './citizen-id';
import { checkEmail, checkPhone } from './contact';
import { checkIdNumber, ID_NUMBER_ERRORS } from './identity-number';
import { normaliseName } from './name';
import { DEFAULT_APPLICANT_SETTINGS, settingPattern, type ApplicantSettings } from './settings';

const text = v.optional(v.string(), '');

/** The raw strings of the form; empty string = not entered. */
export const ApplicantInputSchema = v.object({
	fullName: v.string(),
	idType: v.picklist(ID_TYPES),
	idNumber: text,
	passportIssuer: v.optional(v.picklist(['vn', 'foreign']), 'vn'),
	/** `YYYY-MM-DD` (a date input's value). */
	birthDate: text,
	sex: v.optional(v.picklist(['male', 'female', '']), ''),
	address: text,
	phone: text,
	email: text,
	organisation: text
});

export type ApplicantInput = v.InferInput<typeof ApplicantInputSchema>;
type Input = v.InferOutput<typeof ApplicantInputSchema>;

export type ApplicantField =
	'fullName' | 'idNumber' | 'birthDate' | 'sex' | 'address' | 'phone' | 'email' | 'organisation';

export const APPLICANT_ERROR_CODES = [
	...ID_NUMBER_ERRORS,
	'name-invalid',
	'birth-date-invalid',
	'birth-date-future',
	'phone-invalid',
	'email-invalid'
] as const;
export type ApplicantErrorCode = (typeof APPLICANT_ERROR_CODES)[number];

export type ApplicantWarningCode =
	| 'citizen-id-birth-year-future'
	| 'birth-year-differs-from-citizen-id'
	| 'sex-differs-from-citizen-id';

export type FieldErrors = Partial<Record<ApplicantField, ApplicantErrorCode>>;
export type FieldWarnings = Partial<Record<ApplicantField, ApplicantWarningCode>>;

export type ApplicantValidation =
	| { readonly ok: true; readonly applicant: Applicant; readonly warnings: FieldWarnings }
	| { readonly ok: false; readonly errors: FieldErrors; readonly warnings: FieldWarnings };

type Check<T> = { ok: true; value: T } | { ok: false; error: ApplicantErrorCode };

/**
 * Checks and normalises an applicant (domain.md §12): name NFC with single spaces, identity
 * number by type, birth date not after `today`, phone normalised to a leading 0, optional
 * e-mail; citizen-ID cross-checks give warnings only.
 */
export function validateApplicant(
	raw: ApplicantInput,
	today: IsoDate,
	settings: ApplicantSettings = DEFAULT_APPLICANT_SETTINGS
): ApplicantValidation {
	const input = v.parse(ApplicantInputSchema, raw);
	const checks = runChecks(input, today, settings);
	const errors: FieldErrors = {};
	for (const [field, check] of Object.entries(checks) as [ApplicantField, Check<unknown>][]) {
		if (!check.ok) errors[field] = check.error;
	}
	const warnings = crossCheck(input, checks.idNumber, checks.birthDate, today, settings);
	if (Object.keys(errors).length > 0) return { ok: false, errors, warnings };
	return { ok: true, applicant: toApplicant(input, checks), warnings };
}

/**
 * The fields `validateApplicant` refuses when empty, for the form's required marks: the name
 * always, the identity number unless the person has none, the contact fields the settings ask.
 */
export function requiredApplicantFields(
	idType: ApplicantInput['idType'],
	settings: ApplicantSettings = DEFAULT_APPLICANT_SETTINGS
): ReadonlySet<ApplicantField> {
	const fields: ApplicantField[] = ['fullName'];
	if (idType !== 'none') fields.push('idNumber');
	if (settings.addressRequired) fields.push('address');
	if (settings.phoneRequired) fields.push('phone');
	if (settings.emailRequired) fields.push('email');
	return new Set(fields);
}

type Checks = ReturnType<typeof runChecks>;

function runChecks(input: Input, today: IsoDate, settings: ApplicantSettings) {
	const { idType, idNumber, passportIssuer } = input;
	return {
		fullName: checkName(input.fullName, settings, idType === 'tax-code'),
		idNumber: mapId(checkIdNumber(idType, idNumber, { passportIssuer, settings })),
		birthDate: checkBirthDate(input.birthDate, today),
		address: checkText(input.address, settings.addressRequired),
		phone: optional(input.phone, settings.phoneRequired, (p) => mapPhone(p, settings)),
		email: optional(input.email, settings.emailRequired, mapEmail),
		organisation: checkText(input.organisation, false)
	};
}

/** Only called once every check passed. */
function toApplicant(input: Input, checks: Checks): Applicant {
	return {
		fullName: valueOf(checks.fullName),
		idType: input.idType,
		idNumber: valueOf(checks.idNumber),
		address: valueOf(checks.address) ?? '',
		...defined('birthDate', valueOf(checks.birthDate)),
		...defined('sex', input.sex === '' ? undefined : input.sex),
		...defined('phone', valueOf(checks.phone)),
		...defined('email', valueOf(checks.email)),
		...defined('organisation', valueOf(checks.organisation))
	};
}

function valueOf<T>(check: Check<T>): T {
	if (!check.ok) throw new Error(`Unchecked error ${check.error}`);
	return check.value;
}

function crossCheck(
	input: Input,
	id: Check<string>,
	birthDate: Check<IsoDate | undefined>,
	today: IsoDate,
	settings: ApplicantSettings
): FieldWarnings {
	if (settings.idCrossCheck === 'off' || input.idType !== 'citizen-id' || !id.ok) return {};
	const sex: Sex | undefined = input.sex === '' ? undefined : input.sex;
	return crossCheckCitizenId(
		id.value,
		{ birthDate: birthDate.ok ? birthDate.value : undefined, sex },
		today
	);
}

/** A person's name, or an organisation's when the owner is identified by a tax code (§12). */
function checkName(
	value: string,
	settings: ApplicantSettings,
	organisation: boolean
): Check<string> {
	const name = normaliseName(value);
	if (name === '') return { ok: false, error: 'required' };
	const pattern = organisation ? settings.organisationNamePattern : settings.namePattern;
	return settingPattern(pattern).test(name)
		? { ok: true, value: name }
		: { ok: false, error: 'name-invalid' };
}

function checkBirthDate(value: string, today: IsoDate): Check<IsoDate | undefined> {
	const date = value.trim();
	if (date === '') return { ok: true, value: undefined };
	if (!isIsoDate(date)) return { ok: false, error: 'birth-date-invalid' };
	return date > today ? { ok: false, error: 'birth-date-future' } : { ok: true, value: date };
}

function checkText(value: string, required: boolean): Check<string | undefined> {
	const normalised = normaliseName(value);
	if (normalised !== '') return { ok: true, value: normalised };
	return required ? { ok: false, error: 'required' } : { ok: true, value: undefined };
}

function optional(
	value: string,
	required: boolean,
	check: (value: string) => Check<string>
): Check<string | undefined> {
	if (value.trim() !== '') return check(value);
	return required ? { ok: false, error: 'required' } : { ok: true, value: undefined };
}

function mapId(r: ReturnType<typeof checkIdNumber>): Check<string> {
	return r.ok ? { ok: true, value: r.idNumber } : r;
}

function mapPhone(value: string, settings: ApplicantSettings): Check<string> {
	const r = checkPhone(value, settings);
	return r.ok ? { ok: true, value: r.phone } : r;
}

function mapEmail(value: string): Check<string> {
	const r = checkEmail(value);
	return r.ok ? { ok: true, value: r.email } : r;
}

/** `{ key: value }` when the value is set, `{}` otherwise (keeps optional fields absent). */
function defined<K extends string, T>(key: K, value: T | undefined): { [P in K]?: T } {
	return value === undefined ? {} : ({ [key]: value } as { [P in K]: T });
}
