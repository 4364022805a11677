/**
 * A desk that stays small (ADR 18, ADR 25): the dossiers that closed before the office's window
 * leave the laptop. Each of their documents is deleted in the office database, on this laptop
 * only: the push never sends a deletion (documents are immutable on the server, which keeps them),
 * compaction drops the bodies, and the projector drops the rows. A dossier any of whose documents
 * the server may lack stays, whatever its age.
 */
import Dexie from 'dexie';
import type { Db } from './pouch';
import type { ReadModelDb } from './read-model';

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
 * Purges every closed dossier whose last event is before `before` (a Vietnam day, `YYYY-MM-DD`)
 * with all its documents, unless `mustStay` says one of its document ids has to stay. `between`
 * runs each step where the projector cannot write at the same time.
 */
export async function shedClosedBefore(
	db: Db,
	readModel: ReadModelDb,
	before: string,
	mustStay: (id: string) => boolean,
	between: <T>(work: () => Promise<T>) => Promise<T> = (work) => work()
): Promise<ShedResult> {
	const codes: string[] = await readModel.dossiers
		.where('[open+dueAt]')
		.between([0, Dexie.minKey], [0, Dexie.maxKey])
		.filter((row) => row.lastEventAt < before)
		.primaryKeys();
	let dossiers = 0;
	let documents = 0;
	let kept = 0;
	for (let i = 0; i < codes.length; i += STEP) {
		const part = codes.slice(i, i + STEP);
		const step = await between(() => shedStep(db, readModel, part, before, mustStay));
		dossiers += step.dossiers;
		documents += step.documents;
		kept += step.kept;
	}
	return { dossiers, documents, kept };
}

async function shedStep(
	db: Db,
	readModel: ReadModelDb,
	codes: readonly string[],
	before: string,
	mustStay: (id: string) => boolean
): Promise<ShedResult> {
	let dossiers = 0;
	let documents = 0;
	let kept = 0;
	for (const code of codes) {
		const events = await db.allDocs({
			startkey: `event:${code}:`,
			endkey: `event:${code}:\ufff0`,
			include_docs: true,
			conflicts: true
		});
		const record = await db.allDocs({
			keys: [`dossier:${code}`],
			include_docs: true,
			conflicts: true
		});
		const docs = [...record.rows, ...events.rows].flatMap((row) =>
			'doc' in row && row.doc ? [row.doc as PouchDB.Core.ExistingDocument<object>] : []
		);
		// The row may be stale (a change the projector has not read yet): the documents decide.
		const row = await readModel.dossiers.get(code);
		if (docs.length === 0 || row === undefined || row.open !== 0 || row.lastEventAt >= before) {
			continue;
		}
		if (docs.some((doc) => mustStay(doc._id))) {
			kept += 1;
			continue;
		}
		// Every leaf: a conflicting revision (ADR 19) would otherwise win and stay.
		const winners = docs.map((doc) => ({ _id: doc._id, _rev: doc._rev, _deleted: true }));
		const others = docs.flatMap((doc) =>
			((doc as { _conflicts?: string[] })._conflicts ?? []).map((rev) => ({
				_id: doc._id,
				_rev: rev,
				_deleted: true
			}))
		);
		await db.bulkDocs(winners);
		if (others.length > 0) await db.bulkDocs(others);
		await readModel.transaction(
			'rw',
			[readModel.dossiers, readModel.reportEntries, readModel.actions],
			async () => {
				await readModel.dossiers.delete(code);
				await readModel.reportEntries.delete(code);
				await readModel.actions.where('code').equals(code).delete();
			}
		);
		dossiers += 1;
		documents += docs.length;
	}
	return { dossiers, documents, kept };
}
