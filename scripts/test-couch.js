#!/usr/bin/env node
/**
 * `npm run test:couch`: the replication and security suites against a real CouchDB 3.x given
 * by COUCH_URL (with a server administrator's credentials, e.g. http://admin:secret@127.0.0.1:5984).
 * Without COUCH_URL it says so and runs nothing. The suites create their own databases and users
 * (names starting with the run's id) and remove them at the end.
 */
import { spawnSync } from 'node:child_process';

if (!process.env.COUCH_URL) {
	console.log('COUCH_URL is not set: skipping the CouchDB suite (no test ran).');
	console.log('Set it to a CouchDB 3.x administrator URL, e.g.');
	console.log('  COUCH_URL=http://admin:secret@127.0.0.1:5984 npm run test:couch');
	process.exit(0);
}

const result = spawnSync('npx', ['vitest', 'run', 'tests/server/couch'], {
	stdio: 'inherit',
	env: { ...process.env, MOTCUA_COUCH_SUITE: '1' }
});
process.exit(result.status ?? 1);
