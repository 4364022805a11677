/**
 * First users in `_users` (ADR 6). A new user gets the password of the province file; an existing
 * user keeps theirs (unless `resetPasswords`) and gets the roles, office and name of the file.
 * Passwords are never logged.
 */
import { PROVINCE_ADMIN, couchRolesOf } from '../couch/naming.js';
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

/**
 * Writes each user's record into the catalogue's officer directory (`officer:<name>`, ADR 34):
 * the name, office and functions every desk shows, kept by province administrators and protected
 * by the catalogue's validation. A record that already says the same is left alone; a record the
 * administrators disabled stays disabled.
 * @param {CouchClient} couch @param {string} db @param {ProvinceUser[]} users
 * @returns {Promise<{ created: number; updated: number; unchanged: number }>}
 */
export async function publishOfficers(couch, db, users) {
	const range = `startkey=${encodeURIComponent('"officer:"')}&endkey=${encodeURIComponent('"officer:\ufff0"')}`;
	const all = await couch.json(
		'GET',
		`/${encodeURIComponent(db)}/_all_docs?include_docs=true&${range}`
	);
	/** @type {Map<string, any>} */
	const stored = new Map(all.rows.map((/** @type {any} */ row) => [row.id, row.doc]));
	const counts = { created: 0, updated: 0, unchanged: 0 };
	const writes = [];
	for (const user of users) {
		const _id = `officer:${user.name}`;
		const old = stored.get(_id);
		const wanted = {
			_id,
			type: 'officer',
			userName: user.name,
			fullName: user.fullName ?? user.name,
			officeId: user.office ?? null,
			functions: [...user.roles],
			disabled: old?.disabled === true
		};
		if (old === undefined) {
			counts.created += 1;
			writes.push(wanted);
		} else if (
			old.fullName === wanted.fullName &&
			old.officeId === wanted.officeId &&
			JSON.stringify(old.functions) === JSON.stringify(wanted.functions)
		) {
			counts.unchanged += 1;
		} else {
			counts.updated += 1;
			writes.push({ ...old, ...wanted, _rev: old._rev });
		}
	}
	if (writes.length > 0) {
		const results = await couch.json('POST', `/${encodeURIComponent(db)}/_bulk_docs`, {
			docs: writes
		});
		const failed = results.filter((/** @type {any} */ r) => r.error !== undefined);
		if (failed.length > 0)
			throw new Error(
				`officers: ${failed.length} not written (${failed[0].id}: ${failed[0].error})`
			);
	}
	return counts;
}

/**
 * `_users` lets province administrators in as its administrators, so that they create accounts,
 * reset passwords and disable accounts from the app with their own session (ADR 34); CouchDB
 * still keeps system roles (`_admin`…) to server administrators.
 */
export const USERS_SECURITY = /** @type {const} */ ({
	admins: { names: [], roles: [PROVINCE_ADMIN] },
	members: { names: [], roles: [] }
});

/**
 * CouchDB 3 keeps `_users`' security object closed unless `[couchdb] users_db_security_editable`
 * is true on every node; provisioning opens it (a server administrator's setting, per node).
 * A server without that configuration (the embedded one) needs nothing.
 * @param {CouchClient} couch @param {readonly string[]} nodes cluster nodes; empty on one node
 * @returns {Promise<number>} how many nodes were changed
 */
export async function allowUsersSecurity(couch, nodes) {
	let changed = 0;
	for (const node of nodes.length > 0 ? nodes : ['_local']) {
		const path = `/_node/${encodeURIComponent(node)}/_config/couchdb/users_db_security_editable`;
		const current = await couch.request('GET', path);
		if (current.status === 200 && current.body === 'true') continue;
		if (current.status !== 200 && current.status !== 404) continue;
		const set = await couch.request('PUT', path, 'true');
		if (set.status === 200) changed += 1;
	}
	return changed;
}
