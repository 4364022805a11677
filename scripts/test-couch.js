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

const files = ['tests/server/couch/couchdb.test.ts'];
if (process.env.COUCH_NODES && process.env.COUCH_NODE_STOP && process.env.COUCH_NODE_START) {
	files.push('tests/server/couch/cluster-faults.test.ts');
} else {
	console.log(
		'COUCH_NODES, COUCH_NODE_STOP and COUCH_NODE_START are not all set: the cases that stop a ' +
			'node of a cluster do not run (tests/server/couch/cluster-faults.test.ts says how to set them).'
	);
}

if (process.env.COUCH_NODES && process.env.COUCH_BACKUP_URL) {
	files.push('tests/server/couch/deploy-drill.test.ts');
} else {
	console.log(
		'COUCH_NODES and COUCH_BACKUP_URL are not both set: the drill of docs/deploy.md does not run ' +
			'(tests/server/couch/deploy-drill.test.ts says how to set them).'
	);
}

const result = spawnSync('npx', ['vitest', 'run', '--no-file-parallelism', ...files], {
	stdio: 'inherit',
	env: { ...process.env, MOTCUA_COUCH_SUITE: '1' }
});
process.exit(result.status ?? 1);
