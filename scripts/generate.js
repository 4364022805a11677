#!/usr/bin/env node
/**
 * `npm run generate -- --office <id> --dossiers 47540 --months 12 --seed N [--url …] [--end …]`
 * Seed-scale data for an office of a provisioned server (issue 11, tools/generate/). Node cannot
 * import the app's TypeScript, so the generator is bundled first with Vite's build API (the
 * `$lib` alias as in the app) into a temporary folder, then run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'motcua-generate-'));
let code = 1;
try {
	await build({
		configFile: false,
		logLevel: 'error',
		root,
		resolve: { alias: { $lib: resolve(root, 'src/lib') } },
		ssr: { noExternal: true },
		build: {
			ssr: resolve(root, 'tools/generate/main.ts'),
			outDir: out,
			emptyOutDir: true,
			target: 'node20',
			rollupOptions: { output: { entryFileNames: 'generate.js', format: 'es' } }
		}
	});
	const { main } = await import(pathToFileURL(join(out, 'generate.js')).href);
	code = await main(process.argv.slice(2));
} catch (error) {
	console.error(`Failed: ${error instanceof Error ? error.message : String(error)}`);
} finally {
	rmSync(out, { recursive: true, force: true });
}
process.exit(code);
