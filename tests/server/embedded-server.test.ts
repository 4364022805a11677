/**
 * The server suites against the embedded server (express-pouchdb on PouchDB 9, a temporary data
 * folder, a free port), provisioned like a real province.
 */
import { afterAll, beforeAll } from 'vitest';
import { replicationSuite } from './suites/replication.js';
import { securitySuite } from './suites/security.js';
import { embeddedTarget, type Target } from './support/targets.js';

let target: Target;
beforeAll(async () => {
	target = await embeddedTarget();
}, 30_000);
afterAll(async () => {
	await target?.close();
});

securitySuite(() => target);
replicationSuite(() => target);
