/**
 * The offline login (issue 5): after an officer's first login online, the laptop keeps a PBKDF2
 * verifier of the password (WebCrypto, SHA-256, random salt), never the password itself, so the
 * same officer can log in on this laptop without a connection. A stolen laptop yields only the
 * verifier, which costs an attacker `iterations` hashes per guess.
 */

export interface OfficerVerifier {
	readonly algorithm: 'PBKDF2-SHA-256';
	readonly iterations: number;
	/** Base64 salt, 16 random bytes. */
	readonly salt: string;
	/** Base64 of 32 derived bytes. */
	readonly hash: string;
}

/** OWASP's 2023 figure for PBKDF2-SHA-256 is 600,000; a desk laptop derives it in ~0.3 s. */
export const VERIFIER_ITERATIONS = 600_000;

function toBase64(bytes: Uint8Array): string {
	let text = '';
	for (const b of bytes) text += String.fromCharCode(b);
	return btoa(text);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
	const raw = atob(text);
	const bytes = new Uint8Array(raw.length);
	for (let i = 0; i < raw.length; i += 1) bytes[i] = raw.charCodeAt(i);
	return bytes;
}

async function derive(
	password: string,
	salt: Uint8Array<ArrayBuffer>,
	iterations: number
): Promise<Uint8Array> {
	const subtle = globalThis.crypto.subtle;
	const key = await subtle.importKey(
		'raw',
		new TextEncoder().encode(password.normalize('NFC')),
		'PBKDF2',
		false,
		['deriveBits']
	);
	const bits = await subtle.deriveBits(
		{ name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
		key,
		256
	);
	return new Uint8Array(bits);
}

export async function makeVerifier(
	password: string,
	iterations = VERIFIER_ITERATIONS
): Promise<OfficerVerifier> {
	const salt = globalThis.crypto.getRandomValues(new Uint8Array(16));
	const hash = await derive(password, salt, iterations);
	return { algorithm: 'PBKDF2-SHA-256', iterations, salt: toBase64(salt), hash: toBase64(hash) };
}

/** Compares in constant time over the derived bytes. */
export async function checkVerifier(verifier: OfficerVerifier, password: string): Promise<boolean> {
	if (verifier.algorithm !== 'PBKDF2-SHA-256') return false;
	const expected = fromBase64(verifier.hash);
	const actual = await derive(password, fromBase64(verifier.salt), verifier.iterations);
	if (actual.length !== expected.length) return false;
	let diff = 0;
	for (let i = 0; i < actual.length; i += 1) diff |= (actual[i] ?? 0) ^ (expected[i] ?? 0);
	return diff === 0;
}
