/**
 * An administrator's unsaved form (a procedure, a calendar year), kept in the browser as it is
 * typed so a reload or a closed tab loses nothing (issue 12). Catalogue data only: no citizen's
 * data passes through these forms. Cleared once the change is saved or abandoned.
 */
const PREFIX = 'motcua-admin-draft:';

export function loadAdminDraft<T>(key: string): T | null {
	try {
		const text = globalThis.localStorage?.getItem(PREFIX + key);
		return text ? (JSON.parse(text) as T) : null;
	} catch {
		return null;
	}
}

export function saveAdminDraft(key: string, value: unknown): void {
	try {
		globalThis.localStorage?.setItem(PREFIX + key, JSON.stringify(value));
	} catch {
		// A full or disabled storage loses the draft, never the page.
	}
}

export function clearAdminDraft(key: string): void {
	try {
		globalThis.localStorage?.removeItem(PREFIX + key);
	} catch {
		// nothing to clear
	}
}
