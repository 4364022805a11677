/**
 * Officers' accounts as a province administrator keeps them (issue 12, ADR 34): who they are,
 * which office they belong to and what they do there, in the form of CouchDB roles (ADR 6:
 * `office:<id>` and `role:<function>`, or a province role alone). A password is typed by the
 * administrator and sent once to the server, which keeps only its hash.
 */

/** What an officer does inside one office. */
export const OFFICE_FUNCTIONS = [
	'desk-officer',
	'processing-officer',
	'leader',
	'supervisor'
] as const;
export type OfficeFunction = (typeof OFFICE_FUNCTIONS)[number];

/** Province-wide functions: members of every office database, of no office. */
export const PROVINCE_FUNCTIONS = ['province-admin', 'province-supervisor'] as const;
export type ProvinceFunction = (typeof PROVINCE_FUNCTIONS)[number];

export type OfficerFunction = OfficeFunction | ProvinceFunction;
export const OFFICER_FUNCTIONS: readonly OfficerFunction[] = [
	...OFFICE_FUNCTIONS,
	...PROVINCE_FUNCTIONS
];

/** Lower-case ASCII, a letter or digit first, no `:` (CouchDB ids are `org.couchdb.user:<name>`). */
export const USER_NAME_PATTERN = /^[a-z0-9][a-z0-9._-]{0,63}$/;
/** Shorter passwords are refused [A]: an officer's account reaches citizens' personal data. */
export const MIN_PASSWORD_LENGTH = 8;

/** An account as the administration shows it (the officer directory's record, ADR 34). */
export interface OfficerAccount {
	readonly userName: string;
	readonly fullName: string;
	/** Null for the province's own officers. */
	readonly officeId: string | null;
	readonly functions: readonly OfficerFunction[];
	/** A disabled account keeps its record but has no role on the server: it opens nothing. */
	readonly disabled: boolean;
}

/** The CouchDB roles of an account (ADR 6); a disabled account has none. */
export function couchRolesFor(account: Omit<OfficerAccount, 'userName' | 'fullName'>): string[] {
	if (account.disabled) return [];
	const roles: string[] = [];
	if (account.officeId !== null) roles.push(`office:${account.officeId}`);
	for (const fn of OFFICER_FUNCTIONS) {
		if (!account.functions.includes(fn)) continue;
		roles.push((PROVINCE_FUNCTIONS as readonly string[]).includes(fn) ? fn : `role:${fn}`);
	}
	return roles;
}

/** The office and functions CouchDB roles give (the reverse of `couchRolesFor`). */
export function accountOfRoles(
	roles: readonly string[]
): Pick<OfficerAccount, 'officeId' | 'functions'> {
	const office = roles.find((r) => r.startsWith('office:'));
	const functions = OFFICER_FUNCTIONS.filter((fn) =>
		(PROVINCE_FUNCTIONS as readonly string[]).includes(fn)
			? roles.includes(fn)
			: roles.includes(`role:${fn}`)
	);
	return { officeId: office ? office.slice('office:'.length) : null, functions };
}

/** The account form: a new account also needs its first password. */
export interface AccountDraft {
	userName: string;
	fullName: string;
	officeId: string;
	functions: OfficerFunction[];
	password: string;
}

export const ACCOUNT_ERRORS = [
	'required',
	'user-name-format',
	'office-required',
	'no-office-for-province',
	'function-required',
	'password-short'
] as const;
export type AccountError = (typeof ACCOUNT_ERRORS)[number];

export type AccountResult =
	| { readonly ok: true; readonly value: OfficerAccount; readonly password: string | null }
	| { readonly ok: false; readonly errors: Readonly<Record<string, AccountError>> };

export function emptyAccountDraft(): AccountDraft {
	return { userName: '', fullName: '', officeId: '', functions: [], password: '' };
}

/** Checks the form; `isNew` asks for a password, an edit leaves it as it is unless typed. */
export function accountOfDraft(draft: AccountDraft, isNew: boolean): AccountResult {
	const errors: Record<string, AccountError> = {};
	const userName = draft.userName.trim().toLowerCase();
	const fullName = draft.fullName.normalize('NFC').replace(/\s+/gu, ' ').trim();
	if (userName === '') errors.userName = 'required';
	else if (!USER_NAME_PATTERN.test(userName)) errors.userName = 'user-name-format';
	if (fullName === '') errors.fullName = 'required';
	const functions = OFFICER_FUNCTIONS.filter((fn) => draft.functions.includes(fn));
	const province = functions.some((fn) => (PROVINCE_FUNCTIONS as readonly string[]).includes(fn));
	const inOffice = functions.some((fn) => (OFFICE_FUNCTIONS as readonly string[]).includes(fn));
	const officeId = draft.officeId.trim();
	if (functions.length === 0) errors.functions = 'function-required';
	else if (inOffice && officeId === '') errors.officeId = 'office-required';
	else if (province && !inOffice && officeId !== '') errors.officeId = 'no-office-for-province';
	const password = draft.password;
	if ((isNew || password !== '') && password.length < MIN_PASSWORD_LENGTH) {
		errors.password = 'password-short';
	}
	if (Object.keys(errors).length > 0) return { ok: false, errors };
	return {
		ok: true,
		value: {
			userName,
			fullName,
			officeId: inOffice ? officeId : null,
			functions,
			disabled: false
		},
		password: password === '' ? null : password
	};
}
