/**
 * A laptop for the login tests: its own device and catalogue databases (fake-indexeddb, as in
 * the browser) and its own session cookie, which Node's fetch does not keep by itself.
 */
import type { DeskSession } from '../../../src/lib/app/desk-session';
import { openCatalogue } from '../../../src/lib/app/workspace';
import type { Fetch } from '../../../src/lib/sync/couch-http';
import { DeviceDb } from '../../../src/lib/storage/device-db';

export interface Laptop {
	readonly session: DeskSession;
	/** Fetch with this laptop's cookie. */
	readonly fetch: Fetch;
	/** A fetch that never reaches the server. */
	readonly offline: Fetch;
}

export function laptop(serverUrl: string): Laptop {
	const id = `${Date.now()}_${Math.random().toString(36).slice(2)}`;
	let cookie = '';
	const fetch: Fetch = async (input, init) => {
		const headers = {
			...(init?.headers as Record<string, string>),
			...(cookie ? { Cookie: cookie } : {})
		};
		const response = await globalThis.fetch(input, { ...init, headers });
		const set = response.headers.get('set-cookie');
		if (set) cookie = set.split(';')[0] ?? '';
		return response;
	};
	const offline: Fetch = () => Promise.reject(new TypeError('Failed to fetch'));
	const session: DeskSession = {
		device: new DeviceDb(`device_${id}`),
		catalogue: openCatalogue(`catalogue_${id}`),
		offices: [],
		serverUrl,
		registration: null,
		officer: null,
		active: null,
		workspace: null
	};
	return { session, fetch, offline };
}

/** The login form's input for a test user. */
export const as = (user: { name: string; password: string }) => ({
	userName: user.name,
	password: user.password
});
