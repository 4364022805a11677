import { describe, expect, it } from 'vitest';
import { SHORTCUT_IDS, SHORTCUT_KEYS, shortcutOf, type KeyPress } from './shortcuts';

const press = (over: Partial<KeyPress>): KeyPress => ({
	key: '',
	code: '',
	altKey: false,
	ctrlKey: false,
	metaKey: false,
	shiftKey: false,
	...over
});

describe('the desk’s shortcuts (issue 15)', () => {
	it('reads Alt + a physical key, whatever the layout or input method types', () => {
		expect(shortcutOf(press({ altKey: true, code: 'KeyN', key: 'n' }), false)).toBe('new-receipt');
		// Telex typing in a field: Alt still reaches the shortcut; the letter alone never does.
		expect(shortcutOf(press({ altKey: true, code: 'KeyS', key: 'ß' }), true)).toBe('submit');
		expect(shortcutOf(press({ code: 'KeyS', key: 's' }), false)).toBeNull();
	});

	it('leaves Ctrl, Meta and Alt + Shift combinations to the browser', () => {
		expect(shortcutOf(press({ altKey: true, ctrlKey: true, code: 'KeyN' }), false)).toBeNull();
		expect(shortcutOf(press({ metaKey: true, code: 'KeyK' }), false)).toBeNull();
		expect(shortcutOf(press({ altKey: true, shiftKey: true, code: 'KeyA' }), false)).toBeNull();
	});

	it('opens the help with ? only outside a text field', () => {
		expect(shortcutOf(press({ key: '?', shiftKey: true }), false)).toBe('help');
		expect(shortcutOf(press({ key: '?', shiftKey: true }), true)).toBeNull();
	});

	it('prints keys for every shortcut, each different', () => {
		const keys = SHORTCUT_IDS.map((id) => SHORTCUT_KEYS[id]);
		expect(new Set(keys).size).toBe(SHORTCUT_IDS.length);
	});
});
