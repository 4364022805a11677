import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allVietnameseMessages, englishMessages, type Messages } from './catalogue';
import { FALLBACK_KEYS, MESSAGE_AREAS, messageKey, type MessageArea } from './messages';

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
	const vi = await allVietnameseMessages();
	const en = await englishMessages();
	const viKeys = keys(vi);
	const enKeys = keys(en);

	it('has a file in both languages for every area', () => {
		for (const dir of ['messages', 'messages/later']) {
			const files = readdirSync(join(import.meta.dirname, dir));
			const areas = (lang: string) =>
				files.filter((f) => f.endsWith(`.${lang}.json`)).map((f) => f.split('.')[0]);
			expect(areas('en')).toEqual(areas('vi'));
			expect(areas('vi').length).toBeGreaterThan(0);
		}
	});

	it('has every key in both languages', () => {
		expect(enKeys.filter((k) => !viKeys.includes(k))).toEqual([]);
		expect(viKeys.filter((k) => !enKeys.includes(k))).toEqual([]);
	});

	it('words every code of every message area, and the fallbacks, in both languages', () => {
		const needed = [
			...Object.values(FALLBACK_KEYS),
			...Object.entries(MESSAGE_AREAS).flatMap(([area, { codes, fallback }]) => [
				fallback,
				...codes.map((code) => messageKey(area as MessageArea, code as never))
			])
		];
		expect(needed.length).toBeGreaterThan(250);
		expect(needed.filter((key) => !viKeys.includes(key))).toEqual([]);
		expect(needed.filter((key) => !enKeys.includes(key))).toEqual([]);
	});

	it('says in both languages what an unknown code is, with the code', () => {
		for (const key of Object.values(FALLBACK_KEYS)) {
			expect(placeholders(lookup(vi, key)), key).toEqual(['code']);
		}
		expect(lookup(vi, FALLBACK_KEYS.failure)).toBe('Đã xảy ra lỗi không xác định (mã: {code}).');
		expect(lookup(en, FALLBACK_KEYS.failure)).toBe('An unexpected error occurred (code: {code}).');
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
