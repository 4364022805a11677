/**
 * A desk that stays small (ADR 18, ADR 25): the dossiers that closed before the office's window
 * leave the laptop. Each of their documents is deleted in the office database, on this laptop
 * only: the push never sends a deletion (documents are immutable on the server, which keeps them),
 * compaction drops the bodies, and the projector drops the rows. A dossier any of whose documents
 * the server may lack stays, whatever its age.
 */
import Dexie from 'dexie';
import { TERMINAL_STATES } from '$lib/domain/lifecycle';
import type { ArchivedDoc, ClosedArchive } from './closed-archive';
import { EVENT_PREFIX, HIGH, dossierCodeOf, dossierDocId } from './documents';
import type { Db } from './pouch';
import type { DossierRow, ReadModelDb } from './read-model';

export interface ShedResult {
	/** Dossiers that left the laptop, and their documents. */
	readonly dossiers: number;
	readonly documents: number;
	/** Dossiers old enough to leave that stay because the server may lack one of their documents. */
	readonly kept: number;
}

/** Dossiers looked at per step: the projector waits for a step, never for the whole shedding. */
const STEP = 50;

/**
 * Deletes here every closed dossier whose last event is before `before` (a Vietnam day, `YYYY-MM-DD`)
 * with all its documents, unless `mustStay` says one of its document ids has to stay. `between`
 * runs each step where the projector cannot write at the same time.
 */
export async function shedClosedBefore(
	{ db, closed }: { readonly db: Db; readonly closed?: ClosedArchive },
	readModel: ReadModelDb,
	before: string,
	mustStay: (id: string) => boolean,
	between: <T>(work: () => Promise<T>) => Promise<T> = (work) => work()
): Promise<ShedResult> {
	const codes: string[] = await readModel.dossiers
		.where('[open+dueAt]')
		.between([0, Dexie.minKey], [0, Dexie.maxKey])
		.filter((row) => ended(row) && row.lastEventAt < before)
		.primaryKeys();
	let dossiers = 0;
	let documents = 0;
	let kept = 0;
	for (let i = 0; i < codes.length; i += STEP) {
		const part = codes.slice(i, i + STEP);
		const step = await between(() => shedStep(db, closed, readModel, part, before, mustStay));
		dossiers += step.dossiers;
		documents += step.documents;
		kept += step.kept;
	}
	return { dossiers, documents, kept };
}

/**
 * Whether nothing more is to be done with the dossier: handed over, withdrawn, stopped or refused.
 * A result waiting for its citizen (`result-ready`) is not closed, however old: the desk hands it
 * over (and the server counts it open, so a new laptop brings it among the open ones, ADR 13).
 */
function ended(row: Pick<DossierRow, 'open' | 'status'>): boolean {
	return row.open === 0 && TERMINAL_STATES.has(row.status);
}

/** A document as `allDocs` gives it with `include_docs` and `conflicts`: its leaf revisions. */
export interface Leaves {
	readonly _id: string;
	readonly _rev: string;
	readonly _conflicts?: readonly string[];
}

/**
 * Deletes `docs` on this laptop only (the push never sends a deletion), every leaf revision: a
 * conflicting one (ADR 19) would otherwise win and stay.
 */
export async function deleteHere(db: Db, docs: readonly Leaves[]): Promise<void> {
	const deletion = (_id: string, _rev: string) => ({ _id, _rev, _deleted: true });
	if (docs.length === 0) return;
	await db.bulkDocs(docs.map((doc) => deletion(doc._id, doc._rev)));
	const others = docs.flatMap((doc) => (doc._conflicts ?? []).map((rev) => deletion(doc._id, rev)));
	if (others.length > 0) await db.bulkDocs(others);
}

async function shedStep(
	db: Db,
	closed: ClosedArchive | undefined,
	readModel: ReadModelDb,
	codes: readonly string[],
	before: string,
	mustStay: (id: string) => boolean
): Promise<ShedResult> {
	if (codes.length === 0) return { dossiers: 0, documents: 0, kept: 0 };
	// One read of the step's records, one of the events over its range of codes (sorted), one
	// write of the deletions and one of the rows: a step costs a few transactions, not a few per
	// dossier.
	const sorted = [...codes].sort();
	const wanted = new Set(sorted);
	const records = await db.allDocs({
		keys: sorted.map(dossierDocId),
		include_docs: true,
		conflicts: true
	});
	const events = await db.allDocs({
		startkey: `${EVENT_PREFIX}${sorted[0]}:`,
		endkey: `${EVENT_PREFIX}${sorted.at(-1)}:${HIGH}`,
		include_docs: true,
		conflicts: true
	});
	const docsOf = new Map<string, Leaves[]>();
	for (const row of [...records.rows, ...events.rows]) {
		if (!('doc' in row) || !row.doc) continue;
		const code = dossierCodeOf(row.id) ?? '';
		if (!wanted.has(code)) continue;
		const list = docsOf.get(code) ?? [];
		list.push(row.doc);
		docsOf.set(code, list);
	}
	// An archived dossier (ADR 37) came from the server whole: its record leaves with the rest.
	const archived = closed ? await closed.docsOf(sorted) : new Map<string, readonly ArchivedDoc[]>();
	const rows = await readModel.dossiers.bulkGet(sorted);
	const leaving: string[] = [];
	const gone: Leaves[] = [];
	let documents = 0;
	let kept = 0;
	sorted.forEach((code, i) => {
		const docs = docsOf.get(code) ?? [];
		const fromArchive = (archived.get(code) ?? []).filter(
			(doc) => !docs.some((d) => d._id === doc._id)
		);
		const row = rows[i];
		// The row may be stale (a change the projector has not read yet): the documents decide.
		if (
			docs.length + fromArchive.length === 0 ||
			row === undefined ||
			!ended(row) ||
			row.lastEventAt >= before
		) {
			return;
		}
		if (docs.some((doc) => mustStay(doc._id))) {
			kept += 1;
			return;
		}
		leaving.push(code);
		documents += docs.length + fromArchive.length;
		gone.push(...docs);
	});
	if (leaving.length === 0) return { dossiers: 0, documents: 0, kept };
	await deleteHere(db, gone);
	await closed?.remove(leaving.filter((code) => archived.has(code)));
	await readModel.transaction(
		'rw',
		[readModel.dossiers, readModel.reportEntries, readModel.actions],
		async () => {
			await readModel.dossiers.bulkDelete(leaving);
			await readModel.reportEntries.bulkDelete(leaving);
			await readModel.actions.where('code').anyOf(leaving).delete();
		}
	);
	return { dossiers: leaving.length, documents, kept };
}
