/**
 * Reads many dossiers at once with their events, for the projector (architecture.md §2): a batch
 * of changes already holds most of the documents it touches (a first sync brings each dossier
 * with its events), so only what the batch lacks is read, in a few bulk requests instead of two
 * per dossier.
 */
import {
	EVENT_PREFIX,
	HIGH,
	dossierCodeOf,
	dossierDocId,
	dossierFromDoc,
	eventFromDoc,
	parseOfficeDoc
} from './documents';
import type { ClosedArchive } from './closed-archive';
import { collisionsAmong } from './collisions';
import type { StoredDossier } from './office-store';
import type { Db } from './pouch';

/** Below this many dossiers, one range read per dossier is cheaper than one over all of them. */
const RANGE_FROM = 20;
/** A range read over the batch's codes gives up past this many ids per dossier asked for. */
const RANGE_SPREAD = 40;

type Row = { id: string; value?: { rev: string; deleted?: boolean } };

/** The event ids held for `codes`, by one read over their key range or one read per code. */
async function eventIds(db: Db, codes: readonly string[]): Promise<string[]> {
	const wanted = new Set(codes);
	const sorted = [...codes].sort();
	if (sorted.length >= RANGE_FROM) {
		const limit = sorted.length * RANGE_SPREAD;
		const range = await db.allDocs({
			startkey: `${EVENT_PREFIX}${sorted[0]}:`,
			endkey: `${EVENT_PREFIX}${sorted.at(-1)}:${HIGH}`,
			limit
		});
		// Codes spread over the whole office (a day's sync): read per code instead.
		if (range.rows.length < limit) {
			return range.rows.map((r) => r.id).filter((id) => wanted.has(dossierCodeOf(id) ?? ''));
		}
	}
	const perCode = await Promise.all(
		sorted.map((code) =>
			db.allDocs({ startkey: `${EVENT_PREFIX}${code}:`, endkey: `${EVENT_PREFIX}${code}:${HIGH}` })
		)
	);
	return perCode.flatMap((r) => r.rows.map((row) => row.id));
}

/**
 * The stored dossiers of `codes` (null where the intake record is not here), using the documents
 * of `known` (by id) and reading only the others. For the codes of `whole`, `known` holds every
 * document the database has (the caller knows: a dossier that has just arrived, ADR 22), so
 * nothing is read for them. With `closed`, the documents of the archived closed dossiers (ADR 37)
 * join those of the database, whose copy of an id wins.
 */
export async function loadDossiers(
	db: Db,
	codes: readonly string[],
	known: ReadonlyMap<string, unknown>,
	whole: ReadonlySet<string> = new Set(),
	closed?: ClosedArchive
): Promise<Map<string, StoredDossier | null>> {
	const held = [...known.keys()].filter(
		(id) => id.startsWith(EVENT_PREFIX) && whole.has(dossierCodeOf(id) ?? '')
	);
	const read = await eventIds(
		db,
		codes.filter((code) => !whole.has(code))
	);
	const events = [...read, ...held];
	const ids = [...codes.map(dossierDocId), ...events];
	const missing = ids.filter((id) => !known.has(id));
	const docs = new Map<string, unknown>(known);
	if (missing.length > 0) {
		const read = await db.allDocs({ keys: missing, include_docs: true, conflicts: true });
		for (const row of read.rows as (Row & { doc?: unknown })[]) {
			if (row.doc && !row.value?.deleted) docs.set(row.id, row.doc);
		}
	}
	if (closed !== undefined) {
		for (const archived of (await closed.docsOf(codes)).values()) {
			for (const doc of archived) {
				if (docs.has(doc._id)) continue;
				docs.set(doc._id, doc);
				if (doc._id.startsWith(EVENT_PREFIX)) events.push(doc._id);
			}
		}
	}
	const byCode = new Map<string, string[]>();
	for (const id of [...new Set(events)].sort()) {
		const code = dossierCodeOf(id);
		if (code !== null) byCode.set(code, [...(byCode.get(code) ?? []), id]);
	}
	const result = new Map<string, StoredDossier | null>();
	for (const code of codes) {
		const eventDocs = (byCode.get(code) ?? []).map((id) => ({ id, doc: docs.get(id) }));
		const dossierDoc = docs.get(dossierDocId(code));
		const stored = assemble(dossierDoc, eventDocs);
		const collisions =
			stored === null
				? []
				: await collisionsAmong(db, [dossierDoc, ...eventDocs.map((e) => e.doc)]);
		result.set(code, stored === null ? null : { ...stored, collisions });
	}
	return result;
}

/** A dossier from its intake document and its event documents (in id order). */
export function assemble(
	dossierDoc: unknown,
	eventDocs: readonly { id: string; doc: unknown }[]
): Omit<StoredDossier, 'collisions'> | null {
	if (dossierDoc === undefined || dossierDoc === null) return null;
	const parsedDossier = parseOfficeDoc(dossierDoc);
	if (!parsedDossier.ok || parsedDossier.doc.type !== 'dossier') return null;
	const events: StoredDossier['events'] = [];
	const unreadable: StoredDossier['unreadable'] = [];
	for (const { id, doc } of eventDocs) {
		if (doc === undefined) continue;
		const parsed = parseOfficeDoc(doc);
		if (parsed.ok && parsed.doc.type === 'event') events.push(eventFromDoc(parsed.doc));
		else unreadable.push({ id, detail: parsed.ok ? 'not an event' : parsed.detail });
	}
	return { dossier: dossierFromDoc(parsedDossier.doc), events, unreadable };
}
