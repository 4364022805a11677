/**
 * The province file given to `npm run provision -- --province <file>` (ADR 6): where the
 * catalogue comes from, and the first users. Catalogue parts are paths (relative to the file) or
 * inline JSON; offices come from the catalogue, and each gets its own database.
 *
 * {
 *   "name": "…",
 *   "catalogue": { "procedures": "…json", "offices": "…json", "officeProcedures": "…json",
 *                  "calendars": "built-in" | "…json" },
 *   "users": [{ "name": "lvt.motcua1", "fullName": "…", "office": "lson-luongvantri",
 *               "roles": ["desk-officer"], "password": "…" | "passwordEnv": "VAR" }]
 * }
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { loadBuiltInCalendars } from './calendars.js';
import {
	OFFICE_FUNCTIONS,
	PROVINCE_ROLES,
	USER_NAME_PATTERN,
	isOfficeId
} from '../couch/naming.js';

/**
 * @typedef {{ name: string; fullName?: string; office?: string | null; roles: string[];
 *   password?: string; passwordEnv?: string }} ProvinceUser
 * @typedef {Record<string, unknown> & { id: string; procedureCodes: string[] }} OfficeEntry
 * @typedef {Record<string, unknown> & { code: string }} ProcedureEntry
 * @typedef {Record<string, unknown> & { year: number }} CalendarEntry
 * @typedef {{ procedures: ProcedureEntry[]; offices: OfficeEntry[]; calendars: CalendarEntry[] }}
 *   Catalogue
 * @typedef {{ name: string; catalogue: Catalogue; users: ProvinceUser[]; notes: string[] }} Province
 */

/** @param {string} base @param {unknown} part */
async function load(base, part) {
	if (typeof part !== 'string') return part;
	return JSON.parse(await readFile(resolve(base, part), 'utf8'));
}

/**
 * @param {string} file
 * @returns {Promise<Province>}
 */
export async function readProvinceFile(file) {
	const base = dirname(resolve(file));
	const raw = JSON.parse(await readFile(file, 'utf8'));
	const source = raw.catalogue ?? {};
	/** @type {string[]} */
	const notes = [];
	const offices = /** @type {Record<string, unknown>[]} */ (await load(base, source.offices ?? []));
	const codes = /** @type {Record<string, string[]>} */ (
		await load(base, source.officeProcedures ?? {})
	);
	let calendars = [];
	if (source.calendars === 'built-in') {
		const loaded = await loadBuiltInCalendars();
		if (loaded.ok) calendars = loaded.years;
		else notes.push(`calendars skipped: ${loaded.reason}`);
	} else if (source.calendars !== undefined) {
		calendars = await load(base, source.calendars);
	}
	return {
		name: String(raw.name ?? file),
		catalogue: {
			procedures: await load(base, source.procedures ?? []),
			offices: /** @type {OfficeEntry[]} */ (
				offices.map((o) => ({ ...o, procedureCodes: codes[String(o.id)] ?? [] }))
			),
			calendars
		},
		users: raw.users ?? [],
		notes
	};
}

/**
 * What is wrong with a province, as sentences (empty when it can be provisioned).
 * @param {Province} province
 * @returns {string[]}
 */
export function provinceProblems(province) {
	const problems = [];
	const { procedures, offices, calendars } = province.catalogue;
	if (!Array.isArray(procedures) || !Array.isArray(offices) || !Array.isArray(calendars)) {
		return ['catalogue: procedures, offices and calendars must be lists'];
	}
	if (offices.length === 0) problems.push('catalogue: no office');
	const officeIds = new Set(offices.map((o) => o.id));
	for (const office of offices) {
		if (typeof office.id !== 'string' || !isOfficeId(office.id)) {
			problems.push(`office id ${JSON.stringify(office.id)} must match ^[a-z][a-z0-9_-]*$`);
		}
	}
	for (const p of procedures) {
		if (typeof p.code !== 'string') problems.push(`a procedure has no code`);
	}
	const names = new Set();
	for (const user of province.users) problems.push(...userProblems(user, officeIds, names));
	return problems;
}

/**
 * @param {ProvinceUser} user @param {Set<unknown>} officeIds @param {Set<string>} seen
 * @returns {string[]}
 */
function userProblems(user, officeIds, seen) {
	const who = `user ${JSON.stringify(user.name)}`;
	if (typeof user.name !== 'string' || !USER_NAME_PATTERN.test(user.name)) {
		return [`${who}: names are lower-case letters, digits, ".", "_" or "-"`];
	}
	const problems = [];
	if (seen.has(user.name)) problems.push(`${who}: listed twice`);
	seen.add(user.name);
	const roles = Array.isArray(user.roles) ? user.roles : [];
	if (roles.length === 0) problems.push(`${who}: needs at least one role`);
	const province = roles.filter((r) => PROVINCE_ROLES.includes(r));
	const office = roles.filter((r) => OFFICE_FUNCTIONS.includes(r));
	const unknown = roles.filter((r) => !province.includes(r) && !office.includes(r));
	if (unknown.length > 0) problems.push(`${who}: unknown roles ${unknown.join(', ')}`);
	if (office.length > 0 && !officeIds.has(user.office)) {
		problems.push(`${who}: office roles need an office of the catalogue`);
	}
	if (office.length === 0 && user.office != null) {
		problems.push(`${who}: province roles hold no office`);
	}
	if (user.password === undefined && user.passwordEnv === undefined) {
		problems.push(`${who}: give "password" or "passwordEnv"`);
	}
	return problems;
}
