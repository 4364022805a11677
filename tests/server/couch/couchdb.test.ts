/**
 * `npm run test:couch`: the security and replication suites against a real CouchDB 3.x given by
 * COUCH_URL (a server administrator's URL). The run provisions its own offices, catalogue and
 * users, all named after the run, and removes them at the end. Skipped when COUCH_URL is unset
 * (scripts/test-couch.js says so and runs nothing).
 */
import { afterAll, beforeAll, describe } from 'vitest';
import { replicationSuite } from '../suites/replication.js';
import { securitySuite } from '../suites/security.js';
import { couchTarget, type Target } from '../support/targets.js';

const url = process.env.COUCH_URL;

describe.skipIf(!url)('against CouchDB at COUCH_URL', () => {
	let target: Target;
	beforeAll(async () => {
		target = await couchTarget(url!);
	}, 60_000);
	afterAll(async () => {
		await target?.close();
	}, 60_000);

	securitySuite(() => target);
	replicationSuite(() => target);
});
