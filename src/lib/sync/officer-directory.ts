/**
 * The office's officer names (ADR 13): `_users` documents are readable only by their owner, yet
 * the day-end page and reprinted forms name other officers. Each officer's desk adds their name to
 * `_local/motcua-officers` of the office database at login (not replicated, not validated: a
 * convenience of display, never an authority); every desk reads it when it syncs.
 */
import type { CouchHttp } from './couch-http';

const PATH = `/_local/${encodeURIComponent('motcua-officers')}`;

type Directory = { _rev?: string; names?: Record<string, string> };

/** The office's names by user name (empty when the server has none or cannot be reached). */
export async function readOfficerNames(http: CouchHttp): Promise<Record<string, string>> {
	try {
		const { status, body } = await http.request<Directory>('GET', PATH);
		return status === 200 && body?.names ? body.names : {};
	} catch {
		return {};
	}
}

/** Adds or corrects one officer's name; best effort, retried on a concurrent write. */
export async function publishOfficerName(
	http: CouchHttp,
	userName: string,
	fullName: string
): Promise<boolean> {
	try {
		for (let attempt = 0; attempt < 3; attempt += 1) {
			const current = await http.request<Directory>('GET', PATH);
			const doc = current.status === 200 ? current.body : {};
			const names = doc.names ?? {};
			if (names[userName] === fullName) return true;
			const put = await http.request('PUT', PATH, {
				...(doc._rev ? { _rev: doc._rev } : {}),
				names: { ...names, [userName]: fullName }
			});
			if (put.status >= 200 && put.status < 300) return true;
			if (put.status !== 409) return false;
		}
		return false;
	} catch {
		return false;
	}
}
