import { ESLint } from 'eslint';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The layer rules of architecture.md §2 are part of `npm run check`: prove that the lint
 * configuration rejects a route or component that reaches storage, and a domain module that
 * reaches the framework, by linting real files placed where such code would live.
 */
function probe(path: string, source: string): string {
	mkdirSync(join(path, '..'), { recursive: true });
	writeFileSync(path, source);
	return path;
}

async function ruleIds(path: string): Promise<string[]> {
	const [result] = await new ESLint().lintFiles([path]);
	return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

afterAll(() => {
	for (const path of [
		'src/routes/layer-probe',
		'src/lib/components/LayerProbe.svelte',
		'src/lib/domain/layer-probe.ts'
	])
		rmSync(path, { recursive: true, force: true });
});

describe('layer rules', () => {
	it('rejects dexie imported by a route', async () => {
		const file = probe(
			'src/routes/layer-probe/+page.svelte',
			"<script lang=\"ts\">\n\timport Dexie from 'dexie';\n\tconst db = new Dexie('x');\n</script>\n\n<p>{db.name}</p>\n"
		);
		expect(await ruleIds(file)).toContain('no-restricted-imports');
	}, 60_000);

	it('rejects pouchdb and the storage layer imported by a component', async () => {
		const file = probe(
			'src/lib/components/LayerProbe.svelte',
			"<script lang=\"ts\">\n\timport PouchDB from 'pouchdb-browser';\n\timport { estimateStorage } from '$lib/storage/device-storage';\n\tconst db = new PouchDB('x');\n\tvoid estimateStorage();\n</script>\n\n<p>{db.name}</p>\n"
		);
		const ids = await ruleIds(file);
		expect(ids.filter((id) => id === 'no-restricted-imports')).toHaveLength(2);
	}, 60_000);

	it('rejects svelte and browser globals in the domain', async () => {
		const file = probe(
			'src/lib/domain/layer-probe.ts',
			"import { tick } from 'svelte';\n\nexport const probe = (): unknown => [tick, window.location];\n"
		);
		const ids = await ruleIds(file);
		expect(ids).toContain('no-restricted-imports');
		expect(ids).toContain('no-restricted-globals');
	}, 60_000);

	it('accepts a route that goes through the state layer', async () => {
		const file = probe(
			'src/routes/layer-probe/ok/+page.svelte',
			'<script lang="ts">\n\timport { connectivity } from \'$lib/state/connectivity.svelte\';\n</script>\n\n<p>{connectivity.online}</p>\n'
		);
		expect(await ruleIds(file)).toEqual([]);
	}, 60_000);
});
