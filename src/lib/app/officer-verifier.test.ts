import { describe, expect, it } from 'vitest';
import { checkVerifier, makeVerifier } from './officer-verifier';

describe('offline login verifier', () => {
	it('accepts the password it was made from and nothing else', async () => {
		const verifier = await makeVerifier('mật khẩu đúng', 1_000);
		expect(verifier).toMatchObject({ algorithm: 'PBKDF2-SHA-256', iterations: 1_000 });
		expect(JSON.stringify(verifier)).not.toContain('mật khẩu');
		expect(await checkVerifier(verifier, 'mật khẩu đúng')).toBe(true);
		expect(await checkVerifier(verifier, 'mật khẩu sai')).toBe(false);
		expect(await checkVerifier(verifier, '')).toBe(false);
	});

	it('treats the same Vietnamese text typed as composed or decomposed characters alike', async () => {
		const verifier = await makeVerifier('Đúng'.normalize('NFD'), 1_000);
		expect(await checkVerifier(verifier, 'Đúng'.normalize('NFC'))).toBe(true);
	});

	it('salts each verifier, and refuses one of an unknown algorithm', async () => {
		const [a, b] = [await makeVerifier('x', 1_000), await makeVerifier('x', 1_000)];
		expect(a.salt).not.toBe(b.salt);
		expect(a.hash).not.toBe(b.hash);
		const other = { ...a, algorithm: 'MD5' } as unknown as typeof a;
		expect(await checkVerifier(other, 'x')).toBe(false);
	});

	it('uses the recommended cost by default', async () => {
		expect((await makeVerifier('x')).iterations).toBe(600_000);
	});
});
