import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { englishMessages, vietnameseMessages, type Messages } from './catalogue';

function keys(tree: Messages, prefix = ''): string[] {
	return Object.entries(tree).flatMap(([k, v]) =>
		typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)
	);
}

function placeholders(text: string): string[] {
	return [...text.matchAll(/\{(\w+)/g)].map((m) => m[1] ?? '').sort();
}

function lookup(tree: Messages, key: string): string {
	const value = key
		.split('.')
		.reduce<string | Messages | undefined>(
			(node, part) => (typeof node === 'object' ? node[part] : undefined),
			tree
		);
	if (typeof value !== 'string') throw new Error(`missing ${key}`);
	return value;
}

describe('message catalogue', async () => {
	const vi = vietnameseMessages();
	const en = await englishMessages();
	const viKeys = keys(vi);
	const enKeys = keys(en);

	it('has a file in both languages for every area', () => {
		const files = readdirSync(join(import.meta.dirname, 'messages'));
		const areas = (lang: string) =>
			files.filter((f) => f.endsWith(`.${lang}.json`)).map((f) => f.split('.')[0]);
		expect(areas('en')).toEqual(areas('vi'));
		expect(areas('vi').length).toBeGreaterThan(0);
	});

	it('has every key in both languages', () => {
		expect(enKeys.filter((k) => !viKeys.includes(k))).toEqual([]);
		expect(viKeys.filter((k) => !enKeys.includes(k))).toEqual([]);
	});

	it('uses the same placeholders in both languages', () => {
		for (const key of viKeys) {
			expect(placeholders(lookup(en, key)), key).toEqual(placeholders(lookup(vi, key)));
		}
	});

	it('has no empty message', () => {
		for (const key of viKeys) {
			expect(lookup(vi, key).trim(), key).not.toBe('');
			expect(lookup(en, key).trim(), key).not.toBe('');
		}
	});

	it('writes Vietnamese in NFC with its diacritics', () => {
		const dir = join(import.meta.dirname, 'messages');
		for (const file of readdirSync(dir).filter((f) => f.endsWith('.vi.json'))) {
			const text = readFileSync(join(dir, file), 'utf8');
			expect(text, file).toBe(text.normalize('NFC'));
		}
		expect(lookup(vi, 'update.available')).toBe('Đã có phiên bản mới');
		expect(lookup(vi, 'update.reload')).toBe('Tải lại');
	});
});
