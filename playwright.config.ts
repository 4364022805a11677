/// <reference types="node" />
import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './tests/e2e/support/chromium';
import { writeE2eProvince } from './tests/e2e/support/e2e-province';

const PORT = Number(process.env.E2E_PORT ?? 4173);
const BUILD_DIR = process.env.E2E_BUILD_DIR ?? 'build';
/** A scratch CouchDB 3.x administrator URL to run against instead of the embedded server. */
const COUCH_URL = process.env.E2E_COUCH_URL;
// One office per test file: desks that sync meet only their own file's dossiers.
const PROVINCE = writeE2eProvince('tests/e2e', `data/e2e-${PORT}-province`);

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.test.ts',
	globalSetup: './tests/e2e/global-setup.ts',
	fullyParallel: false,
	workers: 1,
	forbidOnly: true,
	retries: 0,
	timeout: 60_000,
	reporter: process.env.CI ? [['list']] : [['list']],
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		locale: 'vi-VN',
		timezoneId: 'Asia/Ho_Chi_Minh',
		launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
		trace: 'retain-on-failure'
	},
	webServer: {
		// The embedded server on a fresh folder, or a real CouchDB / cluster given by E2E_COUCH_URL.
		command: COUCH_URL
			? `node tests/e2e/support/couch-server.js --couch ${COUCH_URL} --port ${PORT} --dir ${BUILD_DIR} --province ${PROVINCE}`
			: `node server/start.js --port ${PORT} --dir ${BUILD_DIR} --data data/e2e-${PORT} --fresh --province ${PROVINCE}`,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: false,
		stdout: 'pipe',
		// Provisioning a real server (one office per test file) takes longer than the embedded one.
		timeout: COUCH_URL ? 300_000 : 30_000
	}
});
