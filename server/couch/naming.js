/**
 * Database and role names on the provincial CouchDB (ADR 6, architecture.md §4).
 * The validation functions cannot import this module (CouchDB runs them alone): the names they
 * need are copied into their rules as data when their source is built.
 */

export const CATALOGUE_DB = 'motcua_catalogue';
export const OFFICE_DB_PREFIX = 'motcua_office_';
/** Office ids are part of database names: lower-case letter first, then [a-z0-9_-]. */
export const OFFICE_ID_PATTERN = /^[a-z][a-z0-9_-]*$/;
/** User names: lower-case, no `:` (CouchDB ids `org.couchdb.user:<name>`), no leading `_`. */
export const USER_NAME_PATTERN = /^[a-z0-9][a-z0-9._-]{0,63}$/;

/** Membership of one office: `office:<officeId>`. */
export const OFFICE_ROLE_PREFIX = 'office:';
/** What a user does in their office: `role:<function>`. */
export const FUNCTION_ROLE_PREFIX = 'role:';
/** Functions held inside one office (states.ts `Role`, less the province administrator). */
export const OFFICE_FUNCTIONS = ['desk-officer', 'processing-officer', 'leader', 'supervisor'];
/** Province-wide roles: members of every database, hold no office. */
export const PROVINCE_ADMIN = 'province-admin';
export const PROVINCE_SUPERVISOR = 'province-supervisor';
export const PROVINCE_ROLES = [PROVINCE_ADMIN, PROVINCE_SUPERVISOR];

/** @param {string} officeId */
export function isOfficeId(officeId) {
	return OFFICE_ID_PATTERN.test(officeId);
}

/** @param {string} officeId */
export function officeDbName(officeId) {
	if (!isOfficeId(officeId)) throw new RangeError(`Invalid office id: ${officeId}`);
	return `${OFFICE_DB_PREFIX}${officeId}`;
}

/** @param {string} officeId */
export function officeRole(officeId) {
	return `${OFFICE_ROLE_PREFIX}${officeId}`;
}

/** @param {string} fn one of OFFICE_FUNCTIONS */
export function functionRole(fn) {
	return `${FUNCTION_ROLE_PREFIX}${fn}`;
}

/**
 * The CouchDB roles of a user described by the functions they hold and their office:
 * office functions need an office; province roles take none.
 * @param {{ roles: readonly string[]; office?: string | null }} user
 * @returns {string[]}
 */
export function couchRolesOf(user) {
	/** @type {string[]} */
	const roles = [];
	const office = user.office ?? null;
	if (office !== null) roles.push(officeRole(office));
	for (const role of user.roles) {
		roles.push(PROVINCE_ROLES.includes(role) ? role : functionRole(role));
	}
	return roles;
}

/** The `_security` object of an office database: its own office and the province roles. */
export function officeSecurity(/** @type {string} */ officeId) {
	return {
		admins: { names: [], roles: [] },
		members: { names: [], roles: [officeRole(officeId), ...PROVINCE_ROLES] }
	};
}

/** The catalogue is read by every office and the province roles; only admins write (its VDU). */
export function catalogueSecurity(/** @type {readonly string[]} */ officeIds) {
	return {
		admins: { names: [], roles: [] },
		members: { names: [], roles: [...officeIds.map(officeRole), ...PROVINCE_ROLES] }
	};
}
