/**
 * First start of the embedded server: a generated administrator in `<dataDir>/admin.json`
 * (mode 0600; never sent to the browser, never printed) and express-pouchdb's `config.json`
 * with that administrator (express-pouchdb replaces the password by its hash when it loads the
 * file) and a fixed cookie secret, so sessions survive a restart. Later starts reuse both.
 */
import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const ADMIN_NAME = 'motcua-admin';

/**
 * @param {string} dataDir
 * @returns {Promise<{ admin: { name: string; password: string }; adminFile: string;
 *   configFile: string }>}
 */
export async function ensureServerConfig(dataDir) {
	const adminFile = join(dataDir, 'admin.json');
	const configFile = join(dataDir, 'config.json');
	/** @type {{ name: string; password: string }} */
	let admin;
	const generated = !existsSync(adminFile);
	if (!generated) {
		admin = JSON.parse(await readFile(adminFile, 'utf8'));
	} else {
		admin = { name: ADMIN_NAME, password: randomBytes(24).toString('base64url') };
		await writeFile(adminFile, `${JSON.stringify(admin, null, '\t')}\n`, { mode: 0o600 });
	}
	/** @type {Record<string, Record<string, unknown>>} */
	const config = existsSync(configFile) ? JSON.parse(await readFile(configFile, 'utf8')) : {};
	let changed = false;
	if (generated || config.admins?.[admin.name] === undefined) {
		// A first start, or a data folder that lost one of its two files.
		config.admins = { ...config.admins, [admin.name]: admin.password };
		changed = true;
	}
	if (config.couch_httpd_auth?.secret === undefined) {
		config.couch_httpd_auth = {
			...config.couch_httpd_auth,
			secret: randomBytes(16).toString('hex')
		};
		changed = true;
	}
	if (changed) await writeFile(configFile, `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 });
	return { admin, adminFile, configFile };
}
