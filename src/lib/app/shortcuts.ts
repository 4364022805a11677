/**
 * Keyboard shortcuts of the desk's daily path (issue 15 item 5), one table for the handler, the
 * help overlay (`?`) and the README. Alt + a letter, read from the physical key (`code`), so that
 * a keyboard layout or an input method (Telex, VNI) does not change them and typing never
 * triggers them; `?` and the list keys only outside a text field.
 */

export const SHORTCUT_IDS = [
	'new-receipt',
	'procedure',
	'scan',
	'tick-all',
	'submit',
	'search',
	'help'
] as const;
export type ShortcutId = (typeof SHORTCUT_IDS)[number];

/** The keys as the help overlay prints them, by shortcut. */
export const SHORTCUT_KEYS: Readonly<Record<ShortcutId, string>> = {
	'new-receipt': 'Alt + N',
	procedure: 'Alt + T',
	scan: 'Alt + Q',
	'tick-all': 'Alt + A',
	submit: 'Alt + S',
	search: 'Alt + K',
	help: '?'
};

const ALT_CODES: Readonly<Record<string, ShortcutId>> = {
	KeyN: 'new-receipt',
	KeyT: 'procedure',
	KeyQ: 'scan',
	KeyA: 'tick-all',
	KeyS: 'submit',
	KeyK: 'search'
};

export interface KeyPress {
	readonly key: string;
	readonly code: string;
	readonly altKey: boolean;
	readonly ctrlKey: boolean;
	readonly metaKey: boolean;
	readonly shiftKey: boolean;
}

/** The shortcut a key press asks for, or null; `typing`: the focus is in a text field. */
export function shortcutOf(press: KeyPress, typing: boolean): ShortcutId | null {
	if (press.ctrlKey || press.metaKey) return null;
	if (press.altKey) return press.shiftKey ? null : (ALT_CODES[press.code] ?? null);
	if (press.key === '?' && !typing) return 'help';
	return null;
}

/** Whether `element` takes text (where `?` is a character, not the help). */
export function isTextField(element: Element | null): boolean {
	if (element === null) return false;
	if (element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) return true;
	if (element instanceof HTMLInputElement) {
		return !['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'range', 'color'].includes(
			element.type
		);
	}
	return element instanceof HTMLElement && element.isContentEditable;
}
