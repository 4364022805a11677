import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	// The office worker (ADR 16) is a module worker, bundled like the page's code.
	worker: { format: 'es' },
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/server/**/*.test.ts'],
		// The suites against a real CouchDB run through `npm run test:couch` only.
		exclude: [
			'**/node_modules/**',
			'**/.git/**',
			...(process.env.MOTCUA_COUCH_SUITE ? [] : ['tests/server/couch/**'])
		],
		environment: 'node',
		setupFiles: ['tests/unit/setup-browser-storage.ts'],
		env: { TZ: 'Asia/Ho_Chi_Minh' },
		coverage: {
			provider: 'v8',
			include: ['src/lib/**/*.ts'],
			exclude: ['src/lib/**/*.test.ts', 'src/lib/**/*.svelte.ts'],
			reporter: ['text-summary', 'json-summary'],
			thresholds: { 'src/lib/domain/**': { branches: 90 } }
		}
	}
});
