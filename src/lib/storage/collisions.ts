/**
 * Two different documents under one id (ADR 19): two laptops that shared a desk's number range
 * (a restored backup, a cloned disk) wrote two dossiers with the same code. Documents are never
 * updated, so a conflict on one is never an edit: replication keeps every revision, the store
 * shows the winning one, and this finds the others so that no citizen's dossier is hidden.
 */
import type { Dossier } from '$lib/domain/model';
import { dossierCodeOf, dossierFromDoc, parseOfficeDoc } from './documents';
import type { Db } from './pouch';
import type { UnreadableDocRow } from './read-model';

/** A revision that lost to the shown one and differs from it. */
export interface Collision {
	readonly id: string;
	readonly rev: string;
	/** The other intake record, when the colliding document is a dossier's. */
	readonly dossier: Dossier | null;
}

type WithConflicts = { _id: string; _rev?: string; _conflicts?: string[] } & Record<
	string,
	unknown
>;

/** The document as written: without the revision fields replication adds. */
function content(doc: Record<string, unknown>): string {
	const keys = Object.keys(doc)
		.filter((k) => !k.startsWith('_'))
		.sort();
	return JSON.stringify(keys.map((k) => [k, doc[k]]));
}

/**
 * The collisions among `docs` (read with `conflicts: true`): each losing revision is read and
 * compared with the winner; one that says the same (a document that travelled twice) is none.
 */
export async function collisionsAmong(db: Db, docs: readonly unknown[]): Promise<Collision[]> {
	const found: Collision[] = [];
	for (const doc of docs as (WithConflicts | null | undefined)[]) {
		if (!doc?._conflicts || doc._conflicts.length === 0) continue;
		const shown = content(doc);
		for (const rev of doc._conflicts) {
			const other = await db.get<Record<string, unknown>>(doc._id, { rev });
			if (content(other) === shown) continue;
			const parsed = parseOfficeDoc(other);
			const dossier =
				parsed.ok && parsed.doc.type === 'dossier' ? dossierFromDoc(parsed.doc) : null;
			found.push({ id: doc._id, rev, dossier });
		}
	}
	return found;
}

/** What the read model keeps of a collision, in its list of documents to look at. */
export interface CollisionNote {
	readonly code: string;
	readonly applicantName: string | null;
	readonly receivedAt: string | null;
	readonly deskId: string | null;
}

export const COLLISION = 'collision';

/** The read model's row of a collision: one per losing revision, never removed by a fold. */
export function collisionRow(collision: Collision): UnreadableDocRow {
	const note: CollisionNote = {
		code: dossierCodeOf(collision.id) ?? collision.id,
		applicantName: collision.dossier?.applicant.fullName ?? null,
		receivedAt: collision.dossier?.receivedAt ?? null,
		deskId: collision.dossier?.deskId ?? null
	};
	return { id: `${collision.id}@${collision.rev}`, error: COLLISION, detail: JSON.stringify(note) };
}

/** The note of a collision row; null for the other rows of the list. */
export function collisionNote(row: UnreadableDocRow): CollisionNote | null {
	if (row.error !== COLLISION) return null;
	try {
		return JSON.parse(row.detail) as CollisionNote;
	} catch {
		return null;
	}
}
