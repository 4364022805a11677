/**
 * The page goes first (ADR 23). A desk laptop has two cores; during a first sync the office
 * workers and IndexedDB keep both busy, and a receipt rendered then (Form 01, a navigation) took
 * over half a second of the page's main thread where it takes 80 ms on an idle laptop. When the
 * officer acts (a click, Enter, a form sent), the page says so on a broadcast channel, and the
 * workers hold their next write for a moment: the action has the cores to itself, and the sync
 * goes on as soon as the officer stops.
 */

const CHANNEL = 'motcua-page-first';
/** How long an action holds the workers' writes. */
export const HOLD_MS = 1_000;
/** The page says so at most this often while the officer keeps acting. */
const TELL_EVERY_MS = 250;

/** Page side: tells the workers of every action of the officer; returns the function that stops. */
export function tellWorkersOfActions(target: EventTarget = document): () => void {
	const channel = new BroadcastChannel(CHANNEL);
	let told = 0;
	const tell = (event: Event) => {
		const key = (event as Event & { key?: unknown }).key;
		if (event.type === 'keydown' && key !== 'Enter' && key !== ' ') return;
		const now = Date.now();
		if (now - told < TELL_EVERY_MS) return;
		told = now;
		channel.postMessage(now + HOLD_MS);
	};
	const events = ['pointerdown', 'keydown', 'submit'] as const;
	for (const name of events) target.addEventListener(name, tell, { capture: true, passive: true });
	return () => {
		for (const name of events) target.removeEventListener(name, tell, { capture: true });
		channel.close();
	};
}

/**
 * Worker side: a wait to call before each write, that returns at once unless the page has just
 * asked to go first, and otherwise when the hold ends (a later action extends it).
 */
export function pageFirstPace(
	now: () => number = Date.now,
	sleep: (ms: number) => Promise<void> = (ms) => new Promise((done) => setTimeout(done, ms))
): { readonly pace: () => Promise<void>; close(): void } {
	const channel = new BroadcastChannel(CHANNEL);
	let until = 0;
	channel.onmessage = (event: MessageEvent<unknown>) => {
		if (typeof event.data === 'number')
			until = Math.max(until, Math.min(event.data, now() + HOLD_MS));
	};
	return {
		async pace() {
			for (let left = until - now(); left > 0; left = until - now()) await sleep(left);
		},
		close: () => channel.close()
	};
}
