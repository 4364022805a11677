import { afterEach, describe, expect, it, vi } from 'vitest';
import { LAG_POLL_MS, LAG_SHOWN_FROM, ReadModelLagState } from './read-model-lag.svelte';

describe('the read model lag the desk shows', () => {
	afterEach(() => vi.useRealTimers());

	it('says how far the lists trail only when it is more than a moment’s work, and follows it', async () => {
		vi.useFakeTimers();
		let behind = LAG_SHOWN_FROM - 1;
		const lag = new ReadModelLagState();
		lag.follow({ readModelBehind: () => Promise.resolve(behind) });
		await vi.advanceTimersByTimeAsync(0);
		expect(lag.behind).toBe(0);
		behind = 64_000;
		await vi.advanceTimersByTimeAsync(LAG_POLL_MS);
		expect(lag.behind).toBe(64_000);
		behind = 0;
		await vi.advanceTimersByTimeAsync(LAG_POLL_MS);
		expect(lag.behind).toBe(0);
	});

	it('stops looking when nobody works at the desk, and a failed look shows nothing', async () => {
		vi.useFakeTimers();
		let asked = 0;
		const lag = new ReadModelLagState();
		lag.follow({ readModelBehind: () => Promise.resolve(void asked++).then(() => 5_000) });
		await vi.advanceTimersByTimeAsync(0);
		expect(lag.behind).toBe(5_000);
		lag.follow(null);
		expect(lag.behind).toBe(0);
		await vi.advanceTimersByTimeAsync(LAG_POLL_MS * 3);
		expect(asked).toBe(1);
		lag.follow({ readModelBehind: () => Promise.reject(new Error('closed')) });
		await vi.advanceTimersByTimeAsync(0);
		expect(lag.behind).toBe(0);
		lag.follow(null);
	});
});
