import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { APP_BUILD_DIR, NEXT_BUILD_DIR, NEXT_VERSION } from './support/builds';

/**
 * The update test needs a second, newer build of the app next to the one under test.
 * `npm test` builds `build/` first; this adds `build-next/` with another version name.
 */
export default function globalSetup(): void {
	if (!existsSync(`${APP_BUILD_DIR}/index.html`)) {
		throw new Error(
			`No production build in ${APP_BUILD_DIR}/: run "npm run build" before the end-to-end tests.`
		);
	}
	execFileSync(
		process.execPath,
		['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'],
		{
			stdio: 'inherit',
			env: { ...process.env, MOTCUA_BUILD_DIR: NEXT_BUILD_DIR, MOTCUA_VERSION: NEXT_VERSION }
		}
	);
}
