import { describe, expect, it } from 'vitest';
import en from './en.json';
import vi from './vi.json';

type Tree = { [key: string]: string | Tree };

function keys(tree: Tree, prefix = ''): string[] {
	return Object.entries(tree).flatMap(([k, v]) =>
		typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)
	);
}

function placeholders(text: string): string[] {
	return [...text.matchAll(/\{(\w+)/g)].map((m) => m[1] ?? '').sort();
}

function lookup(tree: Tree, key: string): string {
	const value = key
		.split('.')
		.reduce<string | Tree | undefined>(
			(node, part) => (typeof node === 'object' ? node[part] : undefined),
			tree
		);
	if (typeof value !== 'string') throw new Error(`missing ${key}`);
	return value;
}

describe('message catalogue', () => {
	const viKeys = keys(vi);
	const enKeys = keys(en);

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
		for (const key of viKeys) expect(lookup(vi, key), key).toBe(lookup(vi, key).normalize('NFC'));
		expect(lookup(vi, 'update.available')).toBe('Đã có phiên bản mới');
		expect(lookup(vi, 'update.reload')).toBe('Tải lại');
	});
});
