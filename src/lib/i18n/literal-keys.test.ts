import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * A message key is written out whole, or a code goes through `codeMessage` (messages.ts), whose
 * areas the catalogue test walks. A key built at the call — `$_(`errors.${code}`)` or
 * `t('errors.' + code)` — is a message no test can see, and a raw key on screen when it is missing.
 */
const TRANSLATE = String.raw`(?<![\w.$])(?:\$_|\$t|\$format|_|t)\(\s*`;
const BUILT_KEY = [
	new RegExp(TRANSLATE + '`[^`]*\\$\\{', 'g'),
	new RegExp(TRANSLATE + String.raw`(['"])[^'"]*\1\s*\+`, 'g')
];

function builtKeys(source: string): string[] {
	return BUILT_KEY.flatMap((pattern) => [...source.matchAll(pattern)].map((m) => m[0]));
}

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(path);
		return /\.(svelte|ts|js)$/.test(entry.name) ? [path] : [];
	});
}

describe('message keys', () => {
	it('are never built from a template or a concatenation in src', () => {
		const src = join(import.meta.dirname, '..', '..');
		const found = sourceFiles(src)
			.filter((file) => file !== import.meta.filename)
			.flatMap((file) =>
				builtKeys(readFileSync(file, 'utf8')).map((call) => `${relative(src, file)}: ${call}`)
			);
		expect(found).toEqual([]);
	});

	it('are recognised when built, on one line or over several', () => {
		expect(builtKeys('{$_(`syncPage.errors.${status.error}`)}')).toHaveLength(1);
		expect(builtKeys('{$_(\n\t\t`channel.${channel}`\n\t)}')).toHaveLength(1);
		expect(builtKeys("t(`action.${a.kind}`), $t('errors.' + code)")).toHaveLength(2);
		expect(builtKeys('$format(`x.${y}`, { values })')).toHaveLength(1);
	});

	it('leave whole keys, the funnel and other templates alone', () => {
		expect(builtKeys("$_('syncPage.errors.offline'), t('dayEnd.columns.no')")).toEqual([]);
		expect(builtKeys("codeMessage($_, 'syncPage.errors', status.error)")).toEqual([]);
		expect(builtKeys('it(`is ${expected.status}`); get(`/x/${id}`)')).toEqual([]);
	});
});
