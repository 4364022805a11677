/**
 * A dossier that is no longer on the laptop (closed before the office's window, ADR 18), read
 * from the server on demand: its intake record and its events, nothing written locally. The
 * dossier page and the citizens' lookup use it when the local store does not have the code.
 */
import { assemble } from '$lib/storage/load-dossiers';
import type { StoredDossier } from '$lib/storage/office-store';
import { EVENT_PREFIX, HIGH, dossierDocId } from '$lib/storage/documents';
import { CouchHttp, SyncFailure, type FailureCode, type Fetch } from './couch-http';

export type ServerDossier =
	| { readonly ok: true; readonly stored: StoredDossier | null }
	| { readonly ok: false; readonly error: FailureCode };

/** `officeUrl`: `<origin>/db/motcua_office_<officeId>`; `fetch` defaults to the session cookie's. */
export async function dossierFromServer(
	officeUrl: string,
	code: string,
	fetch?: Fetch
): Promise<ServerDossier> {
	const http = new CouchHttp(officeUrl, fetch ? { fetch } : {});
	try {
		const id = encodeURIComponent(dossierDocId(code));
		const intake = await http.request<unknown>('GET', `/${id}`);
		if (intake.status === 404) return { ok: true, stored: null };
		if (intake.status !== 200) throw await http.failure(intake.status, intake.body);
		const range = `startkey=${key(`${EVENT_PREFIX}${code}:`)}&endkey=${key(`${EVENT_PREFIX}${code}:${HIGH}`)}`;
		const events = await http.json<{ rows: { id: string; doc?: unknown }[] }>(
			'GET',
			`/_all_docs?include_docs=true&${range}`
		);
		const rows = events.rows.map((row) => ({ id: row.id, doc: row.doc }));
		const stored = assemble(intake.body, rows);
		// The server's winning revisions only: a collision is found where a desk holds both.
		return { ok: true, stored: stored === null ? null : { ...stored, collisions: [] } };
	} catch (error) {
		if (error instanceof SyncFailure) return { ok: false, error: error.code };
		throw error;
	}
}

function key(id: string): string {
	return encodeURIComponent(JSON.stringify(id));
}
