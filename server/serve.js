#!/usr/bin/env node
/**
 * `npm run serve -- --couch http://127.0.0.1:5984` (after `npm run build`): the built app and a
 * CouchDB 3.x under one loopback origin, `/db` proxied to the CouchDB, as a province serves them
 * (README, "In production"). For trying the app against a real CouchDB on this machine; a
 * province's production runs behind nginx or haproxy with HTTPS (docs/deploy.md).
 * Options: --couch <url without credentials> (or $COUCH_URL, credentials removed), --port <n>
 * (default 5180), --dir <build folder> (default build).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startCouchProxy } from './couch-proxy.js';

const { values } = parseArgs({
	options: {
		couch: { type: 'string', default: process.env.COUCH_URL },
		port: { type: 'string', default: process.env.PORT ?? '5180' },
		dir: { type: 'string', default: 'build' }
	}
});
if (!values.couch) {
	console.error('Hãy cho địa chỉ CouchDB: --couch http://127.0.0.1:5984 / Give --couch <url>.');
	process.exit(1);
}
const dir = resolve(values.dir);
if (!existsSync(resolve(dir, 'index.html'))) {
	console.error(`Không tìm thấy bản build trong ${dir}. Hãy chạy "npm run build" trước.`);
	console.error(`No build found in ${dir}. Run "npm run build" first.`);
	process.exit(1);
}
const couch = new URL(values.couch);
// The desks log in with their own session: an administrator's credentials never pass through.
couch.username = '';
couch.password = '';
const proxy = await startCouchProxy({
	appDir: dir,
	couchUrl: couch.toString(),
	port: Number(values.port)
});
console.log(`Motcua: ${proxy.url}  (/db → ${couch.origin})`);
for (const signal of ['SIGINT', 'SIGTERM']) {
	process.on(signal, () => void proxy.close().then(() => process.exit(0)));
}
