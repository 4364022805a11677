import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Screens hold intents, not handles (issue 16 item 3): no file under src/lib/components,
 * src/routes or src/lib/state imports storage (`$lib/storage`, Dexie, PouchDB) or the workspace,
 * or names the read model, a live query, the office store's database or the `Workspace`. They
 * get the desk API (`src/lib/app/desk-api.ts`). The lint rules say the same (eslint.config.js,
 * tests/unit/layer-rules.test.ts); this reads the files themselves, tests included, so a handle
 * passed as a prop or typed without an import is caught too.
 */
const FOLDERS = ['src/lib/components', 'src/routes', 'src/lib/state'];

const FORBIDDEN_IMPORTS: readonly [string, RegExp][] = [
	['$lib/storage', /^\$lib\/storage(\/|$)/],
	['dexie', /^dexie(\/|$)/],
	['pouchdb', /^pouchdb(-|\/|$)/],
	['$lib/app/workspace', /^\$lib\/app\/workspace$/]
];

const FORBIDDEN_NAMES: readonly [string, RegExp][] = [
	['readModel', /\breadModel\b/],
	['liveQuery', /\bliveQuery\b/],
	['.store.db', /\.store\.db\b/],
	['Workspace', /\bWorkspace\b/]
];

/** The source without its comments (`//` after `:` is kept: it is a URL). */
function code(source: string): string {
	return source
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/\/\*[\s\S]*?\*\//g, '')
		.replace(/(^|[^:\\])\/\/.*$/gm, '$1');
}

/** What `source` reaches that it may not, one line each ("imports dexie", "names readModel"). */
function layerViolations(source: string): string[] {
	const text = code(source);
	const found: string[] = [];
	for (const match of text.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*['"]([^'"]+)['"]/g)) {
		const specifier = match[1] ?? '';
		for (const [name, pattern] of FORBIDDEN_IMPORTS)
			if (pattern.test(specifier)) found.push(`imports ${name} (${specifier})`);
	}
	for (const [name, pattern] of FORBIDDEN_NAMES)
		if (pattern.test(text)) found.push(`names ${name}`);
	return found;
}

/** The lint rules' own test writes such files on purpose, for a moment (layer-rules.test.ts). */
const PROBE = /layer-probe|LayerProbe/i;

function filesUnder(folder: string): string[] {
	return readdirSync(folder, { withFileTypes: true, recursive: true })
		.filter((e) => e.isFile() && /\.(ts|js|svelte)$/.test(e.name))
		.filter((e) => !PROBE.test(join(e.parentPath, e.name)))
		.map((e) => join(e.parentPath, e.name))
		.sort();
}

describe('screens and state hold the desk API, not storage handles', () => {
	it('finds what a file must not reach', () => {
		const source = [
			"import { liveQuery } from 'dexie';",
			"import PouchDB from 'pouchdb-browser';",
			"import type { Workspace } from '$lib/app/workspace';",
			"import { DossierListIndex } from '$lib/storage/dossier-list-index';",
			"export type { DossierRow } from '$lib/storage/read-model';",
			'let { ws }: { ws: Workspace } = $props();',
			'const rows = liveQuery(() => ws.readModel.dossiers.count());',
			'void ws.store.db.info();'
		].join('\n');
		expect(layerViolations(source)).toEqual([
			'imports dexie (dexie)',
			'imports pouchdb (pouchdb-browser)',
			'imports $lib/app/workspace ($lib/app/workspace)',
			'imports $lib/storage ($lib/storage/dossier-list-index)',
			'imports $lib/storage ($lib/storage/read-model)',
			'names readModel',
			'names liveQuery',
			'names .store.db',
			'names Workspace'
		]);
	});

	it('lets a file through that uses the desk API, or only speaks of handles in comments', () => {
		const source = [
			"import type { DeskApi } from '$lib/app/desk-api';",
			'// Follows the read model (Dexie liveQuery behind the API); never a Workspace.',
			'/* ws.readModel, ws.store.db */',
			'<!-- the Workspace is not here -->',
			"const url = 'http://localhost/db'; // a URL is not a comment's start",
			'let { api }: { api: DeskApi } = $props();',
			'const stop = api.watchDossier(code, () => void load());'
		].join('\n');
		expect(layerViolations(source)).toEqual([]);
	});

	it('holds for every component, route and state module', () => {
		const files = FOLDERS.flatMap(filesUnder);
		expect(files.length).toBeGreaterThan(50);
		const reached = files.flatMap((file) =>
			layerViolations(readFileSync(file, 'utf8')).map((v) => `${file}: ${v}`)
		);
		expect(reached).toEqual([]);
	});
});
