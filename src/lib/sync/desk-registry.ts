/**
 * Desk registrations on the server (issue 5, ADR 14): `desk:<deskId>` documents of the office
 * database, immutable like every office document. A claim is a PUT that every copy of the
 * database must accept (`w` = the database's `n`): on one node a plain PUT, on a cluster the only
 * answer that proves no other laptop holds the slot anywhere. `201` wins; `409` (or the
 * validation's `immutable`) means another laptop has it; `202` means some copies did not answer
 * (a node down or slow) and nobody can tell yet who holds the slot: the laptop does not take it.
 */
import type { Desk } from '$lib/domain/model';
import { RETIREMENT_PREFIX } from '$lib/storage/documents';
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

/** A laptop a province administrator retired (ADR 34): its slot freed, or never given again. */
export interface DeskRetirementDoc {
	readonly _id: string;
	readonly type: 'desk-retirement';
	readonly deskId: string;
	readonly officeId: string;
	readonly release: 'free' | 'never';
	/** What the laptop's last report said it had not sent (null: it never reported). */
	readonly unsentAtLastSync: number | null;
	readonly lastSyncAt: string | null;
	readonly by: string;
	readonly at: string;
	readonly schemaVersion: 1;
}

/** The retired laptops of the office, by desk id. */
export async function deskRetirements(http: CouchHttp): Promise<Map<string, DeskRetirementDoc>> {
	const range = `startkey=${encodeURIComponent(JSON.stringify(RETIREMENT_PREFIX))}&endkey=${encodeURIComponent(JSON.stringify(`${RETIREMENT_PREFIX}\ufff0`))}`;
	const answer = await http.json<{ rows: { doc?: DeskRetirementDoc }[] }>(
		'GET',
		`/_all_docs?include_docs=true&${range}`
	);
	return new Map(
		answer.rows.flatMap((r) =>
			r.doc && r.doc.type === 'desk-retirement' ? [[r.doc.deskId, r.doc] as const] : []
		)
	);
}

/**
 * - `won`: every copy took this laptop's claim first, so no other claim can exist;
 * - `taken`: another laptop holds the slot;
 * - `uncertain`: only some copies answered; the slot is left alone (never numbered from).
 */
export type ClaimResult = 'won' | 'taken' | 'uncertain';

/** How many copies the server keeps of each document of the database (1 on a single node). */
export async function copiesOf(http: CouchHttp): Promise<number> {
	const info = await http.json<{ cluster?: { n?: number } }>('GET', '');
	const n = info.cluster?.n;
	return typeof n === 'number' && n >= 1 ? n : 1;
}

/** Claims a desk for this laptop; `copies` is the database's `n` (see `copiesOf`). */
export async function claimDesk(
	http: CouchHttp,
	desk: Desk,
	registeredBy: string,
	registeredAt: string,
	copies = 1
): Promise<ClaimResult> {
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
	const path = `/${encodeURIComponent(doc._id)}?w=${copies}`;
	const { status, body } = await http.request('PUT', path, doc);
	if (status === 201) return 'won';
	if (status === 202) return 'uncertain';
	// The validation refuses an update of an existing desk as `immutable`: taken all the same.
	const reason = (body as { reason?: unknown } | null)?.reason;
	if (status === 409 || (status === 403 && String(reason).startsWith('immutable'))) return 'taken';
	throw await http.failure(status, body);
}
