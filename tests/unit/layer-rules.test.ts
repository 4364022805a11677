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
	return (await lint(path)).map((m) => m.ruleId ?? m.message);
}

async function lint(path: string): Promise<{ ruleId: string | null; message: string }[]> {
	const [result] = await new ESLint().lintFiles([path]);
	return result?.messages ?? [];
}

afterAll(() => {
	for (const path of [
		'src/routes/layer-probe',
		'src/lib/components/LayerProbe.svelte',
		'src/lib/components/LayerProbeHandles.svelte',
		'src/lib/state/layer-probe.svelte.ts',
		'src/lib/state/layer-probe-ok.svelte.ts',
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

	it('rejects a component that is handed the workspace and reads its handles', async () => {
		const file = probe(
			'src/lib/components/LayerProbeHandles.svelte',
			'<script lang="ts">\n\timport type { Workspace } from \'$lib/app/workspace\';\n\tlet { ws }: { ws: Workspace } = $props();\n\tconst rows = ws.readModel.dossiers.count();\n\tconst info = ws.store.db.info();\n</script>\n\n<p>{rows}{info}</p>\n'
		);
		const messages = await lint(file);
		expect(messages.filter((m) => m.ruleId === 'no-restricted-imports')).toHaveLength(1);
		const named = new Set(
			messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message)
		);
		expect([...named].sort()).toEqual([
			'Screens and state hold the desk API ($lib/app/desk-api), never the Workspace.',
			'The office store is behind the desk API ($lib/app/desk-api).',
			'The read model is behind the desk API ($lib/app/desk-api).'
		]);
	}, 60_000);

	it('rejects a state module that follows the read model with Dexie', async () => {
		const file = probe(
			'src/lib/state/layer-probe.svelte.ts',
			"import { liveQuery } from 'dexie';\nimport type { ReadModelDb } from '$lib/storage/read-model';\n\nexport const follow = (db: ReadModelDb): unknown => liveQuery(() => db.dossiers.count());\n"
		);
		const ids = await ruleIds(file);
		expect(ids.filter((id) => id === 'no-restricted-imports')).toHaveLength(2);
		expect(ids).toContain('no-restricted-syntax');
	}, 60_000);

	it('accepts a state module that follows the desk API', async () => {
		const file = probe(
			'src/lib/state/layer-probe-ok.svelte.ts',
			"import type { ReportApi } from '$lib/app/desk-api';\n\nexport const follow = (api: ReportApi): (() => void) => api.onReportChange(() => undefined);\n"
		);
		expect(await ruleIds(file)).toEqual([]);
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
