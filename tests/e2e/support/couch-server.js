#!/usr/bin/env node
/**
 * The end-to-end tests against a real CouchDB 3.x or a cluster's balancer (`E2E_COUCH_URL`, a
 * server administrator's URL; docs/deploy.md): removes what an earlier run left (the province
 * file's office databases and users, and the catalogue), provisions the province, and serves the
 * built app with `/db` proxied to the server, as `npm run serve` does. Give it a scratch server:
 * the run replaces the server's catalogue.
 * Options: --couch <admin URL>, --port <n>, --dir <build folder>, --province <file>.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CATALOGUE_DB, officeDbName } from '../../../server/couch/naming.js';
import { startCouchProxy } from '../../../server/couch-proxy.js';
import { couchClient, docPath } from '../../../server/provision/couch-client.js';
import { provision } from '../../../server/provision/provision.js';
import { readProvinceFile } from '../../../server/provision/province.js';

const { values } = parseArgs({
	options: {
		couch: { type: 'string' },
		port: { type: 'string', default: '4173' },
		dir: { type: 'string', default: 'build' },
		province: { type: 'string' }
	}
});
if (!values.couch || !values.province) {
	console.error(
		'Usage: couch-server.js --couch <admin URL> --province <file> [--port n] [--dir d]'
	);
	process.exit(1);
}

const province = await readProvinceFile(resolve(values.province));
const admin = couchClient(values.couch);
const offices = province.catalogue.offices.map((o) => officeDbName(o.id));
for (const db of [...offices, CATALOGUE_DB]) await admin.request('DELETE', `/${db}`);
for (const user of province.users) {
	const path = docPath('_users', `org.couchdb.user:${user.name}`);
	const { status, body } = await admin.request('GET', path);
	if (status === 200) await admin.request('DELETE', `${path}?rev=${body._rev}`);
}
await provision({ url: values.couch, province, log: (line) => console.log(line) });

const couch = new URL(values.couch);
couch.username = '';
couch.password = '';
const proxy = await startCouchProxy({
	appDir: resolve(values.dir),
	couchUrl: couch.toString(),
	port: Number(values.port)
});
console.log(`Motcua (end-to-end): ${proxy.url}  (/db → ${couch.origin})`);
for (const signal of ['SIGINT', 'SIGTERM']) {
	process.on(signal, () => void proxy.close().then(() => process.exit(0)));
}
