/**
 * Focus that never falls to the page body (issue 15 item 1). When the focused element leaves the
 * page (a form that closes after its action, the login card once the desk opens, a list that
 * redraws), or a navigation leaves focus on the body, focus goes to the screen's primary action
 * (`[data-autofocus]`) or else to its heading. A click on empty space is left alone: the element
 * that had focus is still there.
 */
import { tick } from 'svelte';

/** The place focus goes to in `main`: its marked primary action, or its first heading. */
export function focusTarget(main: HTMLElement): HTMLElement | null {
	const marked = main.querySelector<HTMLElement>('[data-autofocus]');
	if (marked) return marked;
	const heading = main.querySelector<HTMLElement>('h1');
	if (heading && !heading.hasAttribute('tabindex')) heading.tabIndex = -1;
	return heading;
}

function lost(): boolean {
	const active = document.activeElement;
	return active === null || active === document.body || active === document.documentElement;
}

/** How long a screen that loads its content may take to show its heading or primary action. */
const WAIT_MS = 3_000;

/**
 * Focuses the screen's target in `main` when nothing else holds focus; a screen still loading
 * (no heading yet) is watched until its target appears, while focus stays lost.
 */
export async function refocus(main: HTMLElement): Promise<void> {
	await tick();
	if (!lost()) return;
	const now = focusTarget(main);
	if (now) {
		now.focus({ preventScroll: true });
		return;
	}
	const observer = new MutationObserver(() => {
		if (!lost()) return observer.disconnect();
		const target = focusTarget(main);
		if (!target) return;
		observer.disconnect();
		target.focus({ preventScroll: true });
	});
	observer.observe(main, { childList: true, subtree: true });
	setTimeout(() => observer.disconnect(), WAIT_MS);
}

/**
 * Watches `main` for focus lost with its element; returns the function that stops it. Browsers
 * fire no event when the focused element is removed, so the element last focused is remembered
 * and checked after each change of the page.
 */
export function keepFocus(main: HTMLElement): () => void {
	let last: Element | null = null;
	const onFocusIn = (event: FocusEvent): void => {
		if (event.target instanceof Element) last = event.target;
	};
	const observer = new MutationObserver(() => {
		if (last === null || last.isConnected || !lost()) return;
		last = null;
		void refocus(main);
	});
	document.addEventListener('focusin', onFocusIn);
	observer.observe(main, { childList: true, subtree: true });
	return () => {
		document.removeEventListener('focusin', onFocusIn);
		observer.disconnect();
	};
}
