import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mergeRejections, isReplicated } from './sync-checkpoint';
import {
	CLOCK_TOLERANCE_MS,
	clockSkewMs,
	isClockOff,
	isRejectionReason,
	reasonCode,
	type RejectionReason
} from './sync-status';

describe('clock skew', () => {
	const server = 'Wed, 25 Nov 2026 16:10:00 GMT';
	const serverMs = Date.parse(server);

	it('is server time minus laptop time', () => {
		expect(clockSkewMs(server, serverMs - 6 * 60_000)).toBe(6 * 60_000);
		expect(clockSkewMs(server, serverMs + 1_000)).toBe(-1_000);
	});

	it('is unknown without a readable Date header', () => {
		expect(clockSkewMs(null, serverMs)).toBeNull();
		expect(clockSkewMs('yesterday-ish', serverMs)).toBeNull();
	});

	it('warns beyond 5 minutes either way, not at or within', () => {
		expect(CLOCK_TOLERANCE_MS).toBe(300_000);
		expect(isClockOff(300_001)).toBe(true);
		expect(isClockOff(-300_001)).toBe(true);
		expect(isClockOff(300_000)).toBe(false);
		expect(isClockOff(-2_000)).toBe(false);
		expect(isClockOff(null)).toBe(false);
	});
});

describe('refusals', () => {
	it('keeps the short code of a forbidden reason', () => {
		expect(reasonCode('not-author: by must be the user')).toBe('not-author');
		expect(reasonCode('immutable')).toBe('immutable');
		expect(reasonCode('Document update conflict')).toBe('unknown');
		expect(reasonCode(undefined)).toBe('unknown');
		// A code this desk does not know (a newer server's): the whole reason stays in the message.
		expect(reasonCode('new-rule: something newer')).toBe('unknown');
	});

	it('knows every code the server validation refuses with', () => {
		const validation = readFileSync('server/couch/validate-office.js', 'utf8');
		const denied = [...validation.matchAll(/deny\(\s*'([a-z-]+)'/g)].map((m) => m[1]);
		expect(denied.length).toBeGreaterThan(10);
		expect(denied.filter((code) => !isRejectionReason(code))).toEqual([]);
	});

	it('lists a document once, with its latest refusal', () => {
		const r = (id: string, reason: RejectionReason) => ({
			id,
			rev: '1-a',
			reason,
			message: reason,
			at: ''
		});
		const merged = mergeRejections([r('a', 'immutable'), r('b', 'bad-id')], [r('a', 'not-author')]);
		expect(merged.map((m) => `${m.id}:${m.reason}`)).toEqual(['a:not-author', 'b:bad-id']);
	});

	it('replicates office documents only', () => {
		expect(
			[
				'dossier:X',
				'event:X:1',
				'desk:d1',
				'feedback:PA-1',
				'report:2026-10-15:2026-11-14:2026-11-16T09:00:00:d1',
				'_design/motcua',
				'other'
			].map(isReplicated)
		).toEqual([true, true, true, true, true, false, false]);
	});
});
