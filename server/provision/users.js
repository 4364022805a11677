/**
 * First users in `_users` (ADR 6). A new user gets the password of the province file; an existing
 * user keeps theirs (unless `resetPasswords`) and gets the roles, office and name of the file.
 * Passwords are never logged.
 */
import { couchRolesOf } from '../couch/naming.js';
import { docPath } from './couch-client.js';

/**
 * @typedef {import('./couch-client.js').CouchClient} CouchClient
 * @typedef {import('./province.js').ProvinceUser} ProvinceUser
 */

/** @param {ProvinceUser} user @returns {string} */
function passwordOf(user) {
	if (user.password !== undefined) return user.password;
	const value = user.passwordEnv === undefined ? undefined : process.env[user.passwordEnv];
	if (value === undefined || value === '') {
		throw new Error(`user ${user.name}: environment variable ${user.passwordEnv} is not set`);
	}
	return value;
}

/**
 * @param {CouchClient} couch @param {ProvinceUser} user
 * @param {{ resetPasswords?: boolean }} [options]
 * @returns {Promise<'created' | 'updated' | 'unchanged'>}
 */
export async function ensureUser(couch, user, options = {}) {
	const path = docPath('_users', `org.couchdb.user:${user.name}`);
	const wanted = {
		name: user.name,
		type: 'user',
		roles: couchRolesOf(user),
		fullName: user.fullName ?? user.name,
		officeId: user.office ?? null
	};
	const { status, body } = await couch.request('GET', path);
	if (status === 404) {
		await couch.json('PUT', path, { ...wanted, password: passwordOf(user) });
		return 'created';
	}
	if (status !== 200) throw new Error(`GET ${path} → ${status}`);
	const same =
		JSON.stringify(body.roles) === JSON.stringify(wanted.roles) &&
		body.fullName === wanted.fullName &&
		(body.officeId ?? null) === wanted.officeId;
	if (same && !options.resetPasswords) return 'unchanged';
	// The stored hash fields (derived_key, salt, …) go back as they are: the password stays.
	const doc = { ...body, ...wanted };
	if (options.resetPasswords) doc.password = passwordOf(user);
	await couch.json('PUT', path, doc);
	return 'updated';
}

const DIRECTORY = `/_local/${encodeURIComponent('motcua-officers')}`;

/**
 * Writes the full names of `users` into the officer directory (`_local/motcua-officers`, ADR 13)
 * of `db`: an office's database for its officers, the catalogue for the province's own. CouchDB 3
 * lets no user read their own `_users` document, so this is where a desk finds its officer's name
 * at the first login, and the names of the office's other officers. Other names are kept.
 * @param {CouchClient} couch @param {string} db @param {ProvinceUser[]} users
 * @returns {Promise<'created' | 'updated' | 'unchanged'>}
 */
export async function publishOfficeNames(couch, db, users) {
	const path = `/${db}${DIRECTORY}`;
	const { status, body } = await couch.request('GET', path);
	const names = status === 200 && body?.names ? body.names : {};
	const wanted = { ...names };
	for (const user of users) wanted[user.name] = user.fullName ?? user.name;
	if (status === 200 && JSON.stringify(wanted) === JSON.stringify(names)) return 'unchanged';
	await couch.json('PUT', path, { ...(status === 200 ? { _rev: body._rev } : {}), names: wanted });
	return status === 200 ? 'updated' : 'created';
}
