/**
 * Settings of the applicant data rules, domain.md §12. Every rule there marked [A] is a setting;
 * the defaults are the documented ones. Patterns are regex sources so settings stay plain data.
 */
import * as v from 'valibot';

export const ApplicantSettingsSchema = v.object({
	/** Mobile number after normalisation (§12 [A], post-2018 numbering). */
	mobilePattern: v.string(),
	/** Landline: 11 digits starting 02 (§12 [A]). */
	landlinePattern: v.string(),
	/** Old ID card (CMND): 9 digits, some 12 (§12 [C]). */
	oldIdPattern: v.string(),
	/** Vietnamese passport: 1 letter + 7 digits (§12 [A]). */
	vnPassportPattern: v.string(),
	/** Foreign passport: 5–20 alphanumerics (§12 [A]). */
	foreignPassportPattern: v.string(),
	/** Enterprise / tax code: 10 digits, or 10-3 for branches (§12 [A]). */
	taxCodePattern: v.string(),
	/**
	 * A person's full name after normalisation: letters of every Vietnamese ethnic group's
	 * spelling, spaces, apostrophes and hyphens ("H'Hen Niê", "Nguyễn Văn Đức-Anh"), §12 [A].
	 */
	namePattern: v.string(),
	/** An organisation's name (owner identified by a tax/enterprise code): also digits and . , & ( ) / [A]. */
	organisationNamePattern: v.string(),
	/** Citizen-ID digits 4–6 versus entered sex and birth date: warn or skip (§12 [A]). */
	idCrossCheck: v.picklist(['warning', 'off']),
	addressRequired: v.boolean(),
	phoneRequired: v.boolean(),
	/** E-mail is optional (§12 [A]). */
	emailRequired: v.boolean(),
	/** Characters left visible at the end of a masked identity number (§12 personal-data note [A]). */
	maskVisible: v.pipe(v.number(), v.integer(), v.minValue(0))
});

export type ApplicantSettings = v.InferOutput<typeof ApplicantSettingsSchema>;

export const DEFAULT_APPLICANT_SETTINGS: ApplicantSettings = {
	mobilePattern: '^0(3[2-9]|5[25689]|7[06-9]|8[1-9]|9[0-9])[0-9]{7}$',
	landlinePattern: '^02[0-9]{9}$',
	oldIdPattern: '^([0-9]{9}|[0-9]{12})$',
	vnPassportPattern: '^[A-Z][0-9]{7}$',
	foreignPassportPattern: '^[A-Z0-9]{5,20}$',
	taxCodePattern: '^[0-9]{10}(-[0-9]{3})?$',
	namePattern: "^[\\p{L}\\p{M}]+(?:[ '’.-]+[\\p{L}\\p{M}]+)*\\.?$",
	organisationNamePattern: "^[\\p{L}\\p{M}\\p{N}][\\p{L}\\p{M}\\p{N} '’.,&()/+-]*$",
	idCrossCheck: 'warning',
	addressRequired: true,
	phoneRequired: false,
	emailRequired: false,
	maskVisible: 4
};

/** Compiles a §12 settings pattern (Unicode mode, so `\p{L}` works). */
export function settingPattern(source: string): RegExp {
	return new RegExp(source, 'u');
}
