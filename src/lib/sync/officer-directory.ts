/**
 * The officers' names (ADR 34): each account's record in the catalogue (`officer:<userName>`),
 * written by province administrators and protected by the catalogue's validation, so no officer
 * can rename another. `_users` documents are not readable by other officers, yet forms reprinted
 * on another desk and the day-end page name them; desks bring the records with the catalogue.
 * At a first login the catalogue is not on the laptop yet: the officer's own record is read here.
 */
import type { CouchHttp } from './couch-http';

export interface OfficerRecordDoc {
	readonly userName: string;
	readonly fullName: string;
	readonly officeId: string | null;
	readonly disabled: boolean;
}

/** `http`: the catalogue database. The officer's name, or null (none, or no server). */
export async function readOfficerName(http: CouchHttp, userName: string): Promise<string | null> {
	try {
		const path = `/${encodeURIComponent(`officer:${userName}`)}`;
		const { status, body } = await http.request<Partial<OfficerRecordDoc>>('GET', path);
		return status === 200 && typeof body?.fullName === 'string' && body.fullName !== ''
			? body.fullName
			: null;
	} catch {
		return null;
	}
}
