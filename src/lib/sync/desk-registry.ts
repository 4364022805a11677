/**
 * Desk registrations on the server (issue 5): `desk:<deskId>` documents of the office database,
 * written with a plain PUT so that two laptops claiming the same slot at once cannot both win
 * (the second gets 409 and takes the next slot). Immutable like every office document.
 */
import type { Desk } from '$lib/domain/model';
import type { CouchHttp } from './couch-http';

export interface DeskDoc {
	readonly _id: string;
	readonly type: 'desk';
	readonly id: string;
	readonly officeId: string;
	readonly name: string;
	readonly sequenceRange: Desk['sequenceRange'];
	readonly registeredBy: string;
	readonly registeredAt: string;
	readonly schemaVersion: 1;
}

/** The desks the server knows for the office. */
export async function registeredDesks(http: CouchHttp): Promise<DeskDoc[]> {
	const range = `startkey=${encodeURIComponent('"desk:"')}&endkey=${encodeURIComponent('"desk:\ufff0"')}`;
	const answer = await http.json<{ rows: { doc?: DeskDoc }[] }>(
		'GET',
		`/_all_docs?include_docs=true&${range}`
	);
	return answer.rows.flatMap((r) => (r.doc && r.doc.type === 'desk' ? [r.doc] : []));
}

/** Claims a desk; false when another laptop holds that id already. */
export async function claimDesk(
	http: CouchHttp,
	desk: Desk,
	registeredBy: string,
	registeredAt: string
): Promise<boolean> {
	const doc: DeskDoc = {
		_id: `desk:${desk.id}`,
		type: 'desk',
		id: desk.id,
		officeId: desk.officeId,
		name: desk.name,
		sequenceRange: desk.sequenceRange,
		registeredBy,
		registeredAt,
		schemaVersion: 1
	};
	const { status, body } = await http.request('PUT', `/${encodeURIComponent(doc._id)}`, doc);
	if (status === 201 || status === 202) return true;
	// The validation refuses an update of an existing desk as `immutable`: taken all the same.
	const reason = (body as { reason?: unknown } | null)?.reason;
	if (status === 409 || (status === 403 && String(reason).startsWith('immutable'))) return false;
	throw await http.failure(status, body);
}
