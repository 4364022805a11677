/**
 * The two official form sets and their numbering, domain.md §5 and §5.7: the 2025 set inserts the
 * stop notice as Mẫu 05, so the control slip moves to 06 and the tracking book to 07.
 */
import { CIRCULARS, FORM_TITLES } from './official-texts';
import { DEFAULT_FORM_SETTINGS, type FormSet, type FormSettings } from './settings';

export type FormKind =
	| 'receipt'
	| 'supplement-request'
	| 'refusal'
	| 'apology'
	| 'stop-notice'
	| 'control-slip'
	| 'tracking-book';

/** The identity of one official form, printed in its corner ("Mẫu số 01") and title. */
export interface FormRef {
	readonly set: FormSet;
	readonly kind: FormKind;
	/** Two digits, as printed: "01" … "07". */
	readonly number: string;
	readonly title: string;
	readonly circular: string;
	/** §5: slips on A5, the book on A4 (2018 [C]; 2025 assumed the same [A]). */
	readonly paper: 'A5' | 'A4';
}

export const FORM_ERRORS = ['unknown-rule-version', 'form-not-in-set'] as const;
export type FormError = (typeof FORM_ERRORS)[number];

/** Form numbers per set (§5, §5.7 [C]); null = the set has no such form. */
export const FORM_NUMBERS: Readonly<Record<FormSet, Readonly<Record<FormKind, string | null>>>> = {
	'2018': {
		receipt: '01',
		'supplement-request': '02',
		refusal: '03',
		apology: '04',
		'stop-notice': null,
		'control-slip': '05',
		'tracking-book': '06'
	},
	'2025': {
		receipt: '01',
		'supplement-request': '02',
		refusal: '03',
		apology: '04',
		'stop-notice': '05',
		'control-slip': '06',
		'tracking-book': '07'
	}
};

/** The form set a dossier is printed with, from its rule version (domain.md §1, §5.7). */
export function formSetFor(
	ruleVersion: string,
	settings: FormSettings = DEFAULT_FORM_SETTINGS
):
	{ readonly ok: true; readonly set: FormSet } | { readonly ok: false; readonly error: FormError } {
	const set = Object.hasOwn(settings.ruleVersionFormSets, ruleVersion)
		? settings.ruleVersionFormSets[ruleVersion]
		: undefined;
	return set === undefined ? { ok: false, error: 'unknown-rule-version' } : { ok: true, set };
}

/** Number, title and paper of a form in a set, domain.md §5/§5.7; null if the set lacks it. */
export function formRef(set: FormSet, kind: FormKind): FormRef | null {
	const number = FORM_NUMBERS[set][kind];
	if (number === null) return null;
	const title =
		kind === 'apology'
			? FORM_TITLES[set === '2018' ? 'apology2018' : 'apology2025']
			: FORM_TITLES[kind];
	const paper = kind === 'tracking-book' ? 'A4' : 'A5';
	return { set, kind, number, title, circular: CIRCULARS[set], paper };
}

/** Every form of a set in number order, for menus and print settings (domain.md §5.7). */
export function formsOfSet(set: FormSet): FormRef[] {
	const kinds = Object.keys(FORM_NUMBERS[set]) as FormKind[];
	return kinds
		.map((kind) => formRef(set, kind))
		.filter((ref): ref is FormRef => ref !== null)
		.sort((a, b) => a.number.localeCompare(b.number));
}

/** The form of `kind` for a dossier's rule version, domain.md §5.7. */
export function resolveForm(
	ruleVersion: string,
	kind: FormKind,
	settings: FormSettings = DEFAULT_FORM_SETTINGS
):
	{ readonly ok: true; readonly ref: FormRef } | { readonly ok: false; readonly error: FormError } {
	const set = formSetFor(ruleVersion, settings);
	if (!set.ok) return set;
	const ref = formRef(set.set, kind);
	return ref === null ? { ok: false, error: 'form-not-in-set' } : { ok: true, ref };
}
