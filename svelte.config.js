import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { readFileSync } from 'node:fs';

// One version name per build, even though the config is loaded more than once during a build:
// SvelteKit derives its runtime names from it and the service worker its cache revisions.
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
process.env.MOTCUA_VERSION ||= `${version}+${new Date().toISOString().slice(0, 16).replace(/[-:]/g, '')}`;

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// A static single-page app: every unknown path is served the fallback page (architecture.md §1).
		adapter: adapter({
			pages: process.env.MOTCUA_BUILD_DIR ?? 'build',
			assets: process.env.MOTCUA_BUILD_DIR ?? 'build',
			fallback: 'index.html',
			strict: true
		}),
		serviceWorker: { register: false },
		// tools/ (the seed-scale generator) uses the app's TypeScript without being part of the app.
		typescript: {
			config: (tsconfig) => {
				tsconfig.include.push('../tools/**/*.ts');
			}
		},
		version: { name: process.env.MOTCUA_VERSION }
	}
};

export default config;
