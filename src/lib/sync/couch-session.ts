/**
 * The server's side of a login (issue 5): CouchDB `_session` cookies under `<origin>/db`, the
 * officer's own `_users` document for the name and office shown, and logging out. The browser
 * sends and keeps the `AuthSession` cookie itself; no credential is stored by the app.
 */
import { cookieFetch, type Fetch } from './couch-http';

export interface ServerUser {
	readonly name: string;
	readonly roles: readonly string[];
}

export type SessionOpenError = 'wrong-password' | 'offline' | 'server-error';

export type SessionOpened =
	| { readonly ok: true; readonly user: ServerUser }
	| { readonly ok: false; readonly error: SessionOpenError };

/** The URL of the server beside the app: `<origin>/db` (architecture.md §1, one origin). */
export function serverUrlFor(origin: string): string {
	return `${origin.replace(/\/$/, '')}/db`;
}

async function jsonOf(response: Response): Promise<unknown> {
	try {
		return await response.json();
	} catch {
		return null;
	}
}

export async function openSession(
	serverUrl: string,
	name: string,
	password: string,
	fetch: Fetch = cookieFetch
): Promise<SessionOpened> {
	let response: Response;
	try {
		response = await fetch(`${serverUrl}/_session`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
			body: JSON.stringify({ name, password })
		});
	} catch {
		return { ok: false, error: 'offline' };
	}
	const body = (await jsonOf(response)) as { name?: unknown; roles?: unknown } | null;
	if (response.status === 401) return { ok: false, error: 'wrong-password' };
	if (!response.ok || typeof body?.name !== 'string') return { ok: false, error: 'server-error' };
	const roles = Array.isArray(body.roles) ? body.roles.filter((r) => typeof r === 'string') : [];
	return { ok: true, user: { name: body.name, roles } };
}

/** Ends the server session; true when the server answered (offline, the cookie stays until it expires). */
export async function closeSession(
	serverUrl: string,
	fetch: Fetch = cookieFetch
): Promise<boolean> {
	try {
		await fetch(`${serverUrl}/_session`, {
			method: 'DELETE',
			headers: { Accept: 'application/json' }
		});
		return true;
	} catch {
		return false;
	}
}

export interface UserProfile {
	readonly fullName: string | null;
	readonly officeId: string | null;
}

/** The display name and office provisioning wrote on the user's own `_users` document (ADR 6). */
export async function readProfile(
	serverUrl: string,
	name: string,
	fetch: Fetch = cookieFetch
): Promise<UserProfile> {
	try {
		const id = encodeURIComponent(`org.couchdb.user:${name}`);
		const response = await fetch(`${serverUrl}/_users/${id}`, {
			headers: { Accept: 'application/json' }
		});
		if (!response.ok) return { fullName: null, officeId: null };
		const doc = (await jsonOf(response)) as { fullName?: unknown; officeId?: unknown } | null;
		return {
			fullName: typeof doc?.fullName === 'string' ? doc.fullName : null,
			officeId: typeof doc?.officeId === 'string' ? doc.officeId : null
		};
	} catch {
		return { fullName: null, officeId: null };
	}
}
