#!/usr/bin/env node
/**
 * `npm run provision -- --url <couch url> --province <file> [--reset-passwords]`
 * Sets up a provincial CouchDB 3.x (or the embedded server) for Motcua; safe to run again.
 * The URL carries a server administrator's credentials (http://admin:secret@host:5984); they and
 * the users' passwords are never printed.
 */
import { parseArgs } from 'node:util';
import { ProvisionRefused, provision } from './provision/provision.js';
import { readProvinceFile } from './provision/province.js';

const usage =
	'Usage: npm run provision -- --url http://ADMIN:PASSWORD@HOST:5984 --province FILE ' +
	'[--reset-passwords]\n(COUCH_URL is used when --url is absent.)';

let values;
try {
	({ values } = parseArgs({
		options: {
			url: { type: 'string', default: process.env.COUCH_URL },
			province: { type: 'string' },
			'reset-passwords': { type: 'boolean', default: false },
			help: { type: 'boolean', default: false }
		}
	}));
} catch (error) {
	console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
	process.exit(2);
}
if (values.help || values.url === undefined || values.province === undefined) {
	console.error(usage);
	process.exit(values.help ? 0 : 2);
}

try {
	const province = await readProvinceFile(values.province);
	await provision({
		url: values.url,
		province,
		resetPasswords: values['reset-passwords'],
		log: (line) => console.log(line)
	});
	console.log('Done.');
} catch (error) {
	const refused = error instanceof ProvisionRefused;
	console.error(
		`${refused ? 'Refused' : 'Failed'}: ${error instanceof Error ? error.message : error}`
	);
	process.exit(1);
}
