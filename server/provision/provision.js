/**
 * Provisioning of a provincial CouchDB (architecture.md §4, §6; ADR 6): the catalogue database
 * and one database per office, each with `_security` and `_design/motcua` (office databases also
 * `_design/motcua-counts`, ADR 12); the first users; the catalogue. Every step is idempotent, so running it again is safe and upgrades what changed.
 */
import {
	catalogueDesignDoc,
	officeCountsDesignDoc,
	officeReportDesignDoc,
	officeWindowDesignDoc,
	officeDesignDoc
} from '../couch/design-docs.js';
import { CATALOGUE_DB, catalogueSecurity, officeDbName, officeSecurity } from '../couch/naming.js';
import { loadCatalogue } from './catalogue.js';
import { couchClient } from './couch-client.js';
import { checkCluster, underReplicated } from './cluster.js';
import { ensureDatabase, ensureGuardedDatabase, ensureSecurity } from './databases.js';
import { provinceProblems } from './province.js';
import { USERS_SECURITY, allowUsersSecurity, ensureUser, publishOfficers } from './users.js';

/**
 * @typedef {import('./couch-client.js').CouchClient} CouchClient
 * @typedef {import('./province.js').Province} Province
 * @typedef {{ url: string; province: Province; log?: (line: string) => void;
 *   resetPasswords?: boolean; catalogueDb?: string }} ProvisionOptions
 */

export class ProvisionRefused extends Error {
	/** @param {string} message */
	constructor(message) {
		super(message);
		this.name = 'ProvisionRefused';
	}
}

/**
 * Refuses anything but a server administrator of CouchDB 3.x or of the embedded server.
 * @param {CouchClient} couch
 * @returns {Promise<string>} what the server is, e.g. "CouchDB 3.4.2"
 */
export async function checkServer(couch) {
	const { status, body } = await couch.request('GET', '/');
	const version = String(body?.version ?? '');
	let server;
	if (status === 200 && body?.couchdb === 'Welcome' && /^3\./.test(version)) {
		server = `CouchDB ${version}`;
	} else if (status === 200 && body?.['express-pouchdb'] !== undefined) {
		server = `express-pouchdb ${version} (embedded server)`;
	} else {
		throw new ProvisionRefused(
			`${couch.shown} is not a CouchDB 3.x nor the embedded server (GET / → ${status}, ` +
				`version ${JSON.stringify(version)})`
		);
	}
	const session = await couch.request('GET', '/_session');
	const roles = session.body?.userCtx?.roles ?? [];
	if (session.status !== 200 || !roles.includes('_admin')) {
		throw new ProvisionRefused(
			`${couch.shown}: the credentials of the URL are not a server administrator's ` +
				`(GET /_session → ${session.status}, roles ${JSON.stringify(roles)})`
		);
	}
	return server;
}

/** @param {ProvisionOptions} options */
export async function provision(options) {
	const { province, resetPasswords = false, catalogueDb = CATALOGUE_DB } = options;
	const log = options.log ?? (() => {});
	const problems = provinceProblems(province);
	if (problems.length > 0) throw new ProvisionRefused(`province file:\n  ${problems.join('\n  ')}`);
	const couch = couchClient(options.url);
	const server = await checkServer(couch);
	log(`Provisioning ${province.name} on ${couch.shown} (${server})`);
	for (const note of province.notes) log(`  note: ${note}`);

	// A cluster: which nodes answer; the system databases a new cluster may lack.
	const cluster = await checkCluster(couch, log);
	const officeIds = province.catalogue.offices.map((o) => o.id);
	log('Databases:');
	const catalogueSec = catalogueSecurity(officeIds);
	await ensureGuardedDatabase(couch, catalogueDb, catalogueSec, catalogueDesignDoc, log);
	for (const officeId of officeIds) {
		const db = officeDbName(officeId);
		const security = officeSecurity(officeId);
		await ensureGuardedDatabase(couch, db, security, officeDesignDoc, log, [
			officeCountsDesignDoc,
			officeWindowDesignDoc,
			officeReportDesignDoc
		]);
	}

	// `_users` exists on a set-up CouchDB and on the embedded server; a bare node lacks it.
	await ensureDatabase(couch, '_users');
	const opened = await allowUsersSecurity(couch, cluster?.cluster_nodes ?? []);
	if (opened > 0) log(`  _users: security object made editable on ${opened} node(s)`);
	const usersSecured = await ensureSecurity(couch, '_users', USERS_SECURITY);
	if (usersSecured !== 'unchanged') log('  _users: province administrators manage accounts');
	if (cluster !== null) {
		const dbs = [catalogueDb, ...officeIds.map(officeDbName), '_users'];
		const problems = await underReplicated(couch, dbs);
		if (problems.length === 0) log(`  every database holds all its copies (${dbs.length} checked)`);
		for (const line of problems) log(`  warning: ${line}`);
	}
	log('Users:');
	for (const user of province.users) {
		const result = await ensureUser(couch, user, { resetPasswords });
		log(`  ${user.name} (${[user.office, ...user.roles].filter(Boolean).join(', ')}): ${result}`);
	}
	// Officers' names, offices and functions where every desk reads them: the catalogue.
	const officers = await publishOfficers(couch, catalogueDb, province.users);
	if (officers.created + officers.updated > 0) {
		log(`  officer directory: ${officers.created} created, ${officers.updated} updated`);
	}

	const counts = await loadCatalogue(couch, province.catalogue, catalogueDb);
	const { procedures, offices, calendars } = province.catalogue;
	log(
		`Catalogue: ${procedures.length} procedures, ${offices.length} offices, ` +
			`${calendars.length} calendar years — ${counts.created} created, ` +
			`${counts.updated} updated, ${counts.unchanged} unchanged`
	);
	return { server, catalogue: counts, cluster };
}
