import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/** Storage and sync stay behind use cases and state (architecture.md §2). */
const uiMayNotImport = {
	patterns: [
		{
			group: ['dexie', 'dexie/*', 'pouchdb', 'pouchdb-*', 'pouchdb/*'],
			message:
				'Components and routes never touch storage: call a use case in $lib/app or read $lib/state.'
		},
		{
			group: ['$lib/storage', '$lib/storage/*', '$lib/sync', '$lib/sync/*'],
			message: 'Components and routes reach storage and sync only through $lib/app and $lib/state.'
		}
	]
};

/**
 * State modules (src/lib/state) reach storage only through $lib/app: the desk API (issue 16
 * item 3). They may use $lib/sync's pure helpers (connectivity, sync status).
 */
const stateMayNotImport = {
	patterns: [
		{
			group: ['dexie', 'dexie/*', 'pouchdb', 'pouchdb-*', 'pouchdb/*'],
			message: 'State modules never touch storage: use the desk API ($lib/app/desk-api).'
		},
		{
			group: ['$lib/storage', '$lib/storage/*'],
			message: 'State modules reach storage only through $lib/app (the desk API, use cases).'
		}
	]
};

/** Neither screens nor state hold the workspace: they get the desk API (issue 16 item 3). */
const noWorkspace = {
	name: '$lib/app/workspace',
	message: 'Screens and state hold the desk API ($lib/app/desk-api), never the Workspace.'
};

/**
 * What no screen or state module may name, even without importing it: the read model, Dexie's
 * live queries, the office store's PouchDB handle, the Workspace (a prop or a field typed with
 * it carries every handle past the import rules).
 */
const noHandles = [
	{
		selector: "Identifier[name='readModel']",
		message: 'The read model is behind the desk API ($lib/app/desk-api).'
	},
	{
		selector: "Identifier[name='liveQuery']",
		message: 'Live queries are behind the desk API: subscribe through it (it returns the stop).'
	},
	{
		selector: "MemberExpression[property.name='db'][object.property.name='store']",
		message: 'The office store is behind the desk API ($lib/app/desk-api).'
	},
	{
		selector: "Identifier[name='Workspace']",
		message: 'Screens and state hold the desk API ($lib/app/desk-api), never the Workspace.'
	}
];

/** The domain is pure TypeScript (architecture.md §2). */
const domainMayNotImport = {
	patterns: [
		{
			group: [
				'svelte',
				'svelte/*',
				'$app/*',
				'dexie',
				'dexie/*',
				'pouchdb',
				'pouchdb-*',
				'workbox-*'
			],
			message: 'src/lib/domain is pure: no framework, storage or browser imports.'
		},
		{
			group: ['$lib/storage/*', '$lib/sync/*', '$lib/app/*', '$lib/state/*', '$lib/components/*'],
			message: 'src/lib/domain depends on nothing outside itself.'
		}
	]
};

export default defineConfig(
	globalIgnores([
		'build/',
		'build-*/',
		'.svelte-kit/',
		'coverage/',
		'test-results/',
		'playwright-report/',
		'data/'
	]),
	js.configs.recommended,
	ts.configs.recommendedTypeChecked,
	svelte.configs.recommended,
	prettier,
	svelte.configs.prettier,
	{
		languageOptions: {
			globals: { ...globals.browser, ...globals.node },
			parserOptions: {
				projectService: {
					allowDefaultProject: ['playwright.config.ts'],
					defaultProject: 'tsconfig.json'
				},
				extraFileExtensions: ['.svelte'],
				tsconfigRootDir: import.meta.dirname
			}
		},
		rules: {
			'no-undef': 'off',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: { parserOptions: { parser: ts.parser, svelteConfig } }
	},
	{
		// Plain JavaScript, and the service worker, which SvelteKit keeps out of the app's TypeScript
		// project: `npm run check` type-checks it on its own with tsconfig.service-worker.json.
		files: ['**/*.js', '**/*.cjs', 'src/service-worker.ts'],
		extends: [ts.configs.disableTypeChecked]
	},
	{
		files: ['src/routes/**', 'src/lib/components/**'],
		rules: { 'no-restricted-imports': ['error', { ...uiMayNotImport, paths: [noWorkspace] }] }
	},
	{
		files: ['src/lib/state/**'],
		rules: { 'no-restricted-imports': ['error', { ...stateMayNotImport, paths: [noWorkspace] }] }
	},
	{
		files: ['src/routes/**', 'src/lib/components/**', 'src/lib/state/**'],
		rules: { 'no-restricted-syntax': ['error', ...noHandles] }
	},
	{
		files: ['src/lib/domain/**'],
		rules: {
			'no-restricted-imports': ['error', domainMayNotImport],
			'no-restricted-globals': [
				'error',
				'window',
				'document',
				'localStorage',
				'indexedDB',
				'navigator'
			]
		}
	}
);
