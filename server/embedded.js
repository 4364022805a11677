/**
 * The embedded CouchDB-compatible server (architecture.md §6): express-pouchdb in `fullCouchDB`
 * mode on PouchDB 9 with LevelDB files under `<dataDir>/dbs/`, mounted at `/db` beside the
 * built app on one loopback origin, so the session cookie reaches both. For `npm start`, demos
 * and tests only; production is Apache CouchDB 3.x.
 *
 * Differences from CouchDB worth knowing (ADR 6): an authenticated non-member gets 401, not 403;
 * a replicated update of an existing document in a database with a validate_doc_update is
 * acknowledged and not stored (pinned in tests/server/suites/replication.ts).
 */
import { createServer } from 'node:http';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pouchDB } from './embedded/pouchdb.js';
import { ensureServerConfig } from './embedded/server-config.js';
import { staticApp } from './static-app.js';

const require = createRequire(import.meta.url);

export const DB_PATH = '/db';

/**
 * The little of express-pouchdb (which ships no types) that this module uses.
 * @typedef {((req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse)
 *   => void) & { dbWrapper: { registerWrapper(wrapper: (name: string, db: any,
 *   next: () => unknown) => unknown): void } }} ExpressPouchApp
 * @typedef {(PouchDB: unknown, options: Record<string, unknown>) => ExpressPouchApp} ExpressPouchDB
 */

/**
 * @typedef {{ dataDir: string; port?: number; host?: string; appDir?: string | null }} EmbeddedOptions
 * @typedef {{ url: string; dbUrl: string; adminDbUrl: string; adminFile: string;
 *   close(): Promise<void> }} EmbeddedServer
 */

/**
 * Starts the server; `port: 0` picks a free one (tests). `adminDbUrl` carries the generated
 * administrator's credentials: for provisioning in this process, never for printing.
 * @param {EmbeddedOptions} options
 * @returns {Promise<EmbeddedServer>}
 */
export async function startEmbeddedServer(options) {
	const dataDir = resolve(options.dataDir);
	const host = options.host ?? '127.0.0.1';
	await mkdir(join(dataDir, 'dbs'), { recursive: true });
	const { admin, adminFile, configFile } = await ensureServerConfig(dataDir);

	const expressPouchDB = /** @type {ExpressPouchDB} */ (require('express-pouchdb'));
	const pouchApp = expressPouchDB(
		/** @type {any} */ (pouchDB()).defaults({ prefix: `${join(dataDir, 'dbs')}/` }),
		{
			mode: 'fullCouchDB',
			configPath: configFile,
			logPath: join(dataDir, 'log.txt'),
			// No Fauxton (its own UI) and no CouchDB test-suite authentication handler.
			overrideMode: { exclude: ['routes/fauxton', 'routes/special-test-auth'] }
		}
	);
	// express-pouchdb 4.2 gives validation functions `userCtx.db` from `db._db_name`, which
	// PouchDB 9 no longer sets: without it the office validation cannot tell the office.
	pouchApp.dbWrapper.registerWrapper((name, db, next) => {
		db._db_name = name;
		return next();
	});
	const app = options.appDir ? staticApp(options.appDir) : null;

	const server = createServer((req, res) => {
		const url = req.url ?? '/';
		if (url === DB_PATH || url.startsWith(`${DB_PATH}/`) || url.startsWith(`${DB_PATH}?`)) {
			if (allowCors(req, res)) return;
			if (usersDocRead(req)) {
				void readUserDocAsUsersAdmin(req, res, selfUrl(), admin);
				return;
			}
			req.url = url.slice(DB_PATH.length) || '/';
			pouchApp(req, res);
		} else if (app) {
			app(req, res);
		} else {
			res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
		}
	});
	await new Promise((done, fail) => {
		server.once('error', fail);
		server.listen(options.port ?? 5080, host, () => done(undefined));
	});
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : options.port;
	/** This server's own database URL, for the `_users` reads below. */
	function selfUrl() {
		return `http://${host}:${port}${DB_PATH}`;
	}
	const url = `http://${host === '127.0.0.1' ? 'localhost' : host}:${port}`;
	const credentials = `${encodeURIComponent(admin.name)}:${encodeURIComponent(admin.password)}`;
	return {
		url: `${url}/`,
		dbUrl: `${url}${DB_PATH}`,
		adminDbUrl: `http://${credentials}@${host}:${port}${DB_PATH}`,
		adminFile,
		close: () =>
			new Promise((done) => {
				server.closeAllConnections();
				server.close(() => done(undefined));
			})
	};
}

const USER_DOC = /^\/db\/_users\/org\.couchdb\.user(:|%3A)[^/?]+$/i;

/** @param {import('node:http').IncomingMessage} req */
function usersDocRead(req) {
	// The read below goes through express-pouchdb as the server administrator (marked, so it is
	// not taken here again); a client that sends the mark only gets express-pouchdb's own answer.
	return (
		req.method === 'GET' && USER_DOC.test(req.url ?? '') && req.headers[INTERNAL] === undefined
	);
}

const INTERNAL = 'x-motcua-embedded-internal';

/**
 * express-pouchdb fails every read of `_users` by a database administrator of `_users` (its
 * security wrapper loses the database: "Cannot read properties of undefined (reading
 * 'getSecurity')"), where CouchDB answers them; province administrators are such (ADR 34). This
 * answers one account document as CouchDB would: to a server administrator, to the account's own
 * user and to a user holding a role or name of `_users`' admins; 404 to others, like CouchDB.
 * @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res
 * @param {string} dbUrl @param {{ name: string; password: string }} admin
 */
async function readUserDocAsUsersAdmin(req, res, dbUrl, admin) {
	const asCaller = {
		...(req.headers.cookie ? { cookie: req.headers.cookie } : {}),
		...(req.headers.authorization ? { authorization: req.headers.authorization } : {})
	};
	const asAdmin = {
		authorization: `Basic ${Buffer.from(`${admin.name}:${admin.password}`).toString('base64')}`,
		[INTERNAL]: '1'
	};
	const send = (/** @type {number} */ status, /** @type {unknown} */ body) => {
		res.writeHead(status, { 'Content-Type': 'application/json' });
		res.end(JSON.stringify(body));
	};
	try {
		const session = await (await fetch(`${dbUrl}/_session`, { headers: asCaller })).json();
		const user = session?.userCtx ?? { name: null, roles: [] };
		const security = await (await fetch(`${dbUrl}/_users/_security`, { headers: asAdmin })).json();
		const path = (req.url ?? '').slice(DB_PATH.length);
		const own = decodeURIComponent(path.replace(/^\/_users\/org\.couchdb\.user(:|%3A)/i, ''));
		const admins = security?.admins ?? {};
		const allowed =
			user.roles.includes('_admin') ||
			(user.name !== null && user.name === own) ||
			(admins.names ?? []).includes(user.name) ||
			(admins.roles ?? []).some((/** @type {string} */ r) => user.roles.includes(r));
		if (!allowed)
			return send(user.name === null ? 401 : 404, { error: 'not_found', reason: 'missing' });
		const answer = await fetch(`${dbUrl}${path}`, { headers: asAdmin });
		send(answer.status, await answer.json());
	} catch (error) {
		send(500, { error: 'internal', reason: String(error) });
	}
}

/**
 * CORS for the database, for the app served from another loopback origin (`vite dev`); the
 * built app is on the same origin and needs none. Answers preflights itself.
 * @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res
 * @returns {boolean} whether the request was answered
 */
function allowCors(req, res) {
	const origin = req.headers.origin;
	if (origin === undefined || !/^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(origin)) {
		return false;
	}
	res.setHeader('Access-Control-Allow-Origin', origin);
	res.setHeader('Access-Control-Allow-Credentials', 'true');
	res.setHeader('Vary', 'Origin');
	if (req.method !== 'OPTIONS') return false;
	res.writeHead(204, {
		'Access-Control-Allow-Methods': 'GET, HEAD, POST, PUT, DELETE, OPTIONS',
		'Access-Control-Allow-Headers':
			req.headers['access-control-request-headers'] ?? 'Content-Type, Accept, Authorization',
		'Access-Control-Max-Age': '600'
	});
	res.end();
	return true;
}
