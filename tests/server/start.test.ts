/**
 * `npm start`'s server as a process (server/start.js on a stand-in build): it provisions the demo
 * province, prints the URL and the demo logins but never the administrator's password, serves the
 * app and the database on one origin, and keeps the data across a restart.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { couchClient } from '../../server/provision/couch-client.js';

let dir: string;
beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'motcua-start-'));
	await writeFile(join(dir, 'index.html'), '<!doctype html><title>Một cửa</title>');
});
afterAll(async () => {
	await rm(dir, { recursive: true, force: true });
});

/** Starts server/start.js and resolves with its output once it prints the app's URL. */
function start(): Promise<{ child: ChildProcess; output: string; url: string }> {
	const child = spawn(
		process.execPath,
		['server/start.js', '--port', '0', '--dir', dir, '--data', join(dir, 'data')],
		{ stdio: ['ignore', 'pipe', 'pipe'] }
	);
	let output = '';
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`no URL printed:\n${output}`)), 20_000);
		const read = (chunk: Buffer) => {
			output += chunk.toString();
			const url = /running at: (http:\/\/\S+)\n/.exec(output)?.[1];
			// The province administrator is the last demo login printed.
			if (url && /tinh\.quantri .*demo-motcua/.test(output)) {
				clearTimeout(timer);
				resolve({ child, output, url });
			}
		};
		child.stdout.on('data', read);
		child.stderr.on('data', read);
		child.once('exit', (code) => reject(new Error(`exited with ${code}:\n${output}`)));
	});
}

/** The database under the app's URL, as the demo desk officer lvt.motcua1. */
function dbAsDeskOfficer(appUrl: string) {
	return couchClient(`${appUrl.replace('http://', 'http://lvt.motcua1:demo-motcua@')}db`);
}

function stop(child: ChildProcess): Promise<void> {
	return new Promise((resolve) => {
		child.once('exit', () => resolve());
		child.kill('SIGTERM');
	});
}

describe('npm start (server/start.js)', () => {
	it('serves app and database, prints demo logins, keeps data across restarts', async () => {
		const first = await start();
		try {
			expect(first.output).toMatch(/lvt\.motcua1 +desk-officer +lson-luongvantri +demo-motcua/);
			expect(first.output).toMatch(/tinh\.quantri +province-admin +province +demo-motcua/);
			const adminFile = await readFile(join(dir, 'data', 'admin.json'), 'utf8');
			const admin = JSON.parse(adminFile) as { password: string };
			expect(first.output).not.toContain(admin.password);
			expect(first.output).toContain(join(dir, 'data', 'admin.json'));

			const page = await fetch(new URL('/ho-so/abc', first.url));
			expect(await page.text()).toContain('<title>Một cửa</title>');
			// A deep link whose last part looks like a file (a procedure code) is still the app's;
			// a missing file is not.
			const html = { headers: { Accept: 'text/html' } };
			const procedure = await fetch(new URL('/quan-tri/thu-tuc/1.001193', first.url), html);
			expect([procedure.status, await procedure.text()]).toEqual([
				200,
				expect.stringContaining('<title>Một cửa</title>')
			]);
			const missing = await fetch(new URL('/_app/immutable/missing.js', first.url), html);
			expect(missing.status).toBe(404);
			expect((await fetch(new URL('/missing.js', first.url))).status).toBe(404);
			const preflight = await fetch(new URL('/db/_session', first.url), {
				method: 'OPTIONS',
				headers: { Origin: 'http://localhost:5173', 'Access-Control-Request-Method': 'POST' }
			});
			expect(preflight.status).toBe(204);
			expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');

			const login = await fetch(new URL('/db/_session', first.url), {
				method: 'POST',
				headers: { 'Content-Type': 'application/json' },
				body: JSON.stringify({ name: 'lvt.motcua1', password: 'demo-motcua' })
			});
			expect(login.status).toBe(200);
			expect(login.headers.get('set-cookie')).toMatch(/^AuthSession=.*Path=\//);

			const officer = dbAsDeskOfficer(first.url);
			const desk = {
				_id: 'desk:lson-luongvantri-desk-01',
				type: 'desk',
				schemaVersion: 1,
				officeId: 'lson-luongvantri',
				name: 'Bàn 1',
				sequenceRange: { first: 1, last: 4999 },
				registeredBy: 'lvt.motcua1'
			};
			await officer.json('PUT', `/motcua_office_lson-luongvantri/${desk._id}`, desk);
		} finally {
			await stop(first.child);
		}

		const second = await start();
		try {
			expect(second.output).toMatch(/0 created, 0 updated, 73 unchanged/);
			const officer = dbAsDeskOfficer(second.url);
			const kept = await officer.json<{ name: string }>(
				'GET',
				'/motcua_office_lson-luongvantri/desk:lson-luongvantri-desk-01'
			);
			expect(kept.name).toBe('Bàn 1');
		} finally {
			await stop(second.child);
		}
	}, 45_000);
});
