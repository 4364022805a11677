import { afterEach, describe, expect, it } from 'vitest';
import { HOLD_MS, pageFirstPace, tellWorkersOfActions } from './page-first';

const closers: (() => void)[] = [];
afterEach(() => {
	for (const close of closers.splice(0)) close();
});

/** A worker's side on a manual clock: `sleep` moves the clock and records what was waited. */
function worker() {
	let clock = 1_000_000;
	const slept: number[] = [];
	const side = pageFirstPace(
		() => clock,
		(ms) => {
			slept.push(ms);
			clock += ms;
			return Promise.resolve();
		}
	);
	closers.push(() => side.close());
	return { side, slept, at: () => clock };
}

/** Lets the broadcast channel deliver what was posted. */
const delivered = () => new Promise((done) => setTimeout(done, 20));

describe('the page goes first (ADR 23)', () => {
	it('lets a worker write at once when the officer has not acted', async () => {
		const { side, slept } = worker();
		await side.pace();
		expect(slept).toEqual([]);
	});

	it('holds a worker until the hold the page asked for ends', async () => {
		const { side, slept, at } = worker();
		const page = new BroadcastChannel('motcua-page-first');
		closers.push(() => page.close());
		page.postMessage(at() + 400);
		await delivered();
		await side.pace();
		expect(slept).toEqual([400]);
		await side.pace();
		expect(slept).toEqual([400]);
	});

	it('never holds longer than one hold, whatever the page says', async () => {
		const { side, slept, at } = worker();
		const page = new BroadcastChannel('motcua-page-first');
		closers.push(() => page.close());
		page.postMessage(at() + 3_600_000);
		page.postMessage('not a time');
		await delivered();
		await side.pace();
		expect(slept).toEqual([HOLD_MS]);
	});

	it('tells of clicks, Enter and forms sent, not of typing, at most every 250 ms', async () => {
		const heard: number[] = [];
		const listener = new BroadcastChannel('motcua-page-first');
		listener.onmessage = (event: MessageEvent<number>) => heard.push(event.data);
		closers.push(() => listener.close());
		const target = new EventTarget();
		closers.push(tellWorkersOfActions(target));
		const key = (name: string) => Object.assign(new Event('keydown'), { key: name });

		target.dispatchEvent(key('a'));
		await delivered();
		expect(heard).toEqual([]);
		const before = Date.now();
		target.dispatchEvent(new Event('pointerdown'));
		target.dispatchEvent(key('Enter'));
		await delivered();
		expect(heard).toHaveLength(1);
		expect(heard[0]).toBeGreaterThanOrEqual(before + HOLD_MS);
		await new Promise((done) => setTimeout(done, 260));
		target.dispatchEvent(new Event('submit'));
		await delivered();
		expect(heard).toHaveLength(2);
	});
});
