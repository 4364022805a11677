/**
 * The message catalogue (Vietnamese first, English second) through svelte-i18n.
 * The chosen language is a device preference kept in localStorage so the first screen renders in it.
 */
import { derived, type Readable } from 'svelte/store';
import { addMessages, init, locale, register, waitLocale } from 'svelte-i18n';
import { englishMessages, laterVietnameseMessages, vietnameseMessages } from './catalogue';

export const LOCALES = ['vi', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'vi';

const STORAGE_KEY = 'motcua.locale';

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The app's language for a svelte-i18n locale value: Vietnamese unless it is one the app speaks. */
export function localeOf(value: unknown): Locale {
	return isLocale(value) ? value : DEFAULT_LOCALE;
}

/** The language the screens are in, always one of `LOCALES` (Vietnamese until one is chosen). */
export const uiLocale: Readable<Locale> = derived(locale, localeOf);

function storedLocale(): Locale | null {
	try {
		const value = localStorage.getItem(STORAGE_KEY);
		return isLocale(value) ? value : null;
	} catch {
		return null;
	}
}

/** Vietnamese unless the officer chose English on this device before. */
export function initialLocale(): Locale {
	return storedLocale() ?? DEFAULT_LOCALE;
}

let initialised = false;

/** Loads the catalogue; resolves when the initial language's messages are ready. */
export async function setupI18n(): Promise<void> {
	if (!initialised) {
		addMessages('vi', vietnameseMessages());
		register('en', englishMessages);
		void init({ fallbackLocale: DEFAULT_LOCALE, initialLocale: initialLocale() });
		initialised = true;
	}
	await waitLocale();
	document.documentElement.lang = initialLocale();
}

let later: Promise<void> | null = null;

/** The messages of the screens loaded later (the administration): ready when this resolves. */
export function loadLaterMessages(): Promise<void> {
	later ??= laterVietnameseMessages().then((messages) => addMessages('vi', messages));
	return later;
}

/** Switches the language and remembers the choice on this device. */
export async function setLanguage(next: Locale): Promise<void> {
	try {
		localStorage.setItem(STORAGE_KEY, next);
	} catch {
		// Private mode without storage: the switch still applies to this visit.
	}
	await locale.set(next);
	document.documentElement.lang = next;
}
