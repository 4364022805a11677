#!/usr/bin/env node
/**
 * `npm start` (after `vite build`): the embedded CouchDB-compatible server under /db and the
 * built app on one loopback origin, provisioned with the demo province (server/demo-province.json);
 * prints the URL and the demo logins. Data lives in ./data and survives restarts.
 * Options: --port <n> (default 5080 or $PORT), --host <loopback address> (default 127.0.0.1),
 * --dir <build folder> (default build), --data <folder> (default ./data for port 5080,
 * ./data/port-<n> for another port, so servers started side by side never share files),
 * --fresh (with --data: start from an empty folder, for test runs), --province <file> (another
 * province file than the demo one, e.g. the end-to-end tests' own).
 */
import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { startEmbeddedServer } from './embedded.js';
import { provision } from './provision/provision.js';
import { readProvinceFile } from './provision/province.js';

const DEFAULT_PORT = '5080';
const DEMO_PROVINCE = fileURLToPath(new URL('demo-province.json', import.meta.url));

const { values } = parseArgs({
	options: {
		port: { type: 'string', default: process.env.PORT ?? DEFAULT_PORT },
		host: { type: 'string', default: process.env.HOST ?? '127.0.0.1' },
		dir: { type: 'string', default: 'build' },
		data: { type: 'string' },
		fresh: { type: 'boolean', default: false },
		province: { type: 'string' }
	}
});

/** @param {string[]} lines */
function fail(...lines) {
	for (const line of lines) console.error(line);
	process.exit(1);
}

if (!/^(127\.\d+\.\d+\.\d+|localhost|::1)$/.test(values.host)) {
	fail(`Chỉ chạy trên máy này (loopback). / Loopback only: ${values.host}`);
}
const dir = resolve(values.dir);
if (!existsSync(resolve(dir, 'index.html'))) {
	fail(
		`Không tìm thấy bản build trong ${dir}. Hãy chạy "npm run build" trước.`,
		`No build found in ${dir}. Run "npm run build" first.`
	);
}
const dataDir = resolve(
	values.data ?? (values.port === DEFAULT_PORT ? 'data' : `data/port-${values.port}`)
);

if (values.fresh) {
	// Test runs start from an empty server; only a folder named with --data may be wiped.
	if (values.data === undefined) fail('--fresh needs --data <folder>');
	rmSync(dataDir, { recursive: true, force: true });
}

let server;
try {
	server = await startEmbeddedServer({
		dataDir,
		port: Number(values.port),
		host: values.host,
		appDir: dir
	});
} catch (error) {
	fail(`Không khởi động được máy chủ / Server failed: ${String(error)}`);
}
if (!server) process.exit(1);

const province = await readProvinceFile(values.province ? resolve(values.province) : DEMO_PROVINCE);
try {
	await provision({ url: server.adminDbUrl, province, log: (line) => console.log(line) });
} catch (error) {
	await server.close();
	fail(`Không thiết lập được dữ liệu mẫu / Demo provisioning failed: ${String(error)}`);
}

console.log('');
console.log(`Một cửa đang chạy tại / running at: ${server.url}`);
console.log(`Cơ sở dữ liệu / database: ${server.dbUrl} (data: ${dataDir})`);
console.log(`Quản trị máy chủ / server admin: see ${server.adminFile}`);
console.log('Tài khoản mẫu / demo logins (public demo passwords):');
for (const user of province.users) {
	const where = user.office ?? 'province';
	console.log(
		`  ${user.name.padEnd(14)} ${user.roles.join(', ').padEnd(20)} ${where.padEnd(18)} ${user.password ?? ''}`
	);
}

for (const signal of ['SIGINT', 'SIGTERM']) {
	process.on(signal, () => {
		void server.close().then(() => process.exit(0));
	});
}
