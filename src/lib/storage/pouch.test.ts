import { describe, expect, it } from 'vitest';
import { openDb } from './pouch';

describe('a store opened after the clock was set back', () => {
	it('opens at the version it has instead of refusing the lower one', async () => {
		const name = `clock_${Date.now()}`;
		const first = openDb(name);
		await first.put({ _id: 'x', n: 1 });
		await first.close();
		const realNow = Date.now;
		// An hour back: the adapter asks for a version an hour lower than the one stored.
		Date.now = () => realNow() - 3_600_000;
		const RealDate = globalThis.Date;
		globalThis.Date = class extends RealDate {
			constructor(...args: unknown[]) {
				if (args.length === 0) super(realNow() - 3_600_000);
				else super(...(args as [string]));
			}
		} as DateConstructor;
		try {
			const again = openDb(name);
			expect((await again.get<{ n: number }>('x')).n).toBe(1);
			await again.put({ _id: 'y' });
			await again.close();
		} finally {
			globalThis.Date = RealDate;
			Date.now = realNow;
		}
	});
});
