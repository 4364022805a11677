/**
 * The screens a citizen uses at the desk (issue 9 item 4): the rating kiosk and the lookup. They
 * are shown without the officer's navigation and session controls, and leaving them for any other
 * screen locks the desk, so only the officer's password brings the app back. The mark is kept for
 * the browser tab, so a reload or the back button does not get around it.
 */
const KEY = 'motcua-kiosk';
const RATING = /^\/ho-so\/([^/]+)\/danh-gia\/?$/;

/** Whether `path` is a screen for the citizen. */
export function isCitizenScreen(path: string): boolean {
	return path === '/tra-cuu' || path === '/tra-cuu/' || RATING.test(path);
}

/** The dossier code of a rating kiosk's path (the officer goes back to it), else null. */
export function ratedCodeOf(path: string): string | null {
	const code = RATING.exec(path)?.[1];
	return code === undefined ? null : decodeURIComponent(code);
}

function stored(): boolean {
	try {
		return sessionStorage.getItem(KEY) !== null;
	} catch {
		return false;
	}
}

class KioskState {
	#active = $state(stored());

	/** A citizen screen was shown in this tab and the officer has not come back yet. */
	get active(): boolean {
		return this.#active;
	}

	enter(): void {
		if (this.#active) return;
		this.#active = true;
		try {
			sessionStorage.setItem(KEY, '1');
		} catch {
			// Private mode without storage: the mark lasts until a reload.
		}
	}

	leave(): void {
		this.#active = false;
		try {
			sessionStorage.removeItem(KEY);
		} catch {
			// As above.
		}
	}
}

export const kiosk = new KioskState();
