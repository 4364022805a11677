/**
 * Moving a laptop's local databases from PouchDB's `idb` adapter, which every laptop used until
 * ADR 24, to its `indexeddb` adapter (`openDb`). Done once per database at startup, before
 * anything opens it, with nothing asked of the server: every document is copied with its
 * revisions, in the order of the old database's changes, then its `_local` documents; the
 * positions kept as local sequence numbers (the push checkpoints, the projector's checkpoint) are
 * carried over to the new numbering, so nothing unsent is taken for sent, nothing sent is counted
 * as unsent, and the read model is not rebuilt. A move cut short resumes where it stopped; the old
 * database is destroyed only once the new one holds everything.
 */
import PouchDB from 'pouchdb-browser';
import { CHECKPOINT_KEY } from './projector';
import { openDb, type Db } from './pouch';
import { ReadModelDb } from './read-model';

/** What the move has done, for the starting screen. */
export interface MoveProgress {
	readonly database: string;
	readonly copied: number;
	readonly total: number;
}

/** The local databases PouchDB's `idb` adapter named `_pouch_<name>`; their views, `-mrview-`. */
const OLD_PREFIX = '_pouch_';
const APP_PREFIX = 'motcua_';
const OFFICE_PREFIX = 'motcua_office_';
const SYNC_CHECKPOINT = '_local/motcua-sync';
const MOVE_STATE = '_local/motcua-store-move';
/** Changes read from the old database per page, each written as one bulk write. */
const PAGE = 500;

interface MoveState {
	/** The old database's changes are copied up to here. */
	readonly since: number;
	/** Old sequence numbers to carry over, fixed when the move starts. */
	readonly marks: readonly number[];
	/** Each mark's place in the new database, once everything up to it is copied. */
	readonly mapped: Readonly<Record<string, number>>;
	readonly copied: number;
	readonly done: boolean;
}

/** Names of the app's databases still kept by the `idb` adapter on this laptop. */
export async function storesToMove(): Promise<string[]> {
	const names = await idbNames();
	return names
		.filter((n) => n.startsWith(OLD_PREFIX + APP_PREFIX) && !n.includes('-mrview-'))
		.map((n) => n.slice(OLD_PREFIX.length));
}

async function idbNames(): Promise<string[]> {
	if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return [];
	return (await indexedDB.databases()).map((d) => d.name ?? '').filter((n) => n !== '');
}

/**
 * Moves every database `storesToMove` lists, telling `onProgress` after each page. Resolves with
 * the number of documents copied; throws when a move fails (the old database is then untouched).
 */
export async function moveStores(
	onProgress: (p: MoveProgress) => void = () => {}
): Promise<number> {
	let copied = 0;
	for (const name of await storesToMove()) copied += await moveStore(name, onProgress);
	return copied;
}

/** Moves one database; its read model's checkpoint too when it is an office's. */
export async function moveStore(
	name: string,
	onProgress: (p: MoveProgress) => void = () => {}
): Promise<number> {
	const old = new PouchDB(name, { adapter: 'idb' });
	const target = openDb(name);
	const readModel = name.startsWith(OFFICE_PREFIX)
		? new ReadModelDb(name.slice(OFFICE_PREFIX.length))
		: null;
	try {
		let state = await readState(target);
		if (state === null) {
			state = {
				since: 0,
				marks: await marksOf(old, readModel),
				mapped: {},
				copied: 0,
				done: false
			};
		}
		if (!state.done) {
			const total = (await old.info()).doc_count;
			state = await copyChanges(old, target, state, (copied) =>
				onProgress({ database: name, copied, total })
			);
			await copyLocals(name, target, state.mapped);
			await moveProjectorCheckpoint(readModel, state.mapped);
			state = { ...state, done: true };
			await writeState(target, state);
		}
		await old.destroy();
		await removeViews(name);
		return state.copied;
	} finally {
		readModel?.close();
		await target.close();
	}
}

/** The old sequence numbers the app keeps: push checkpoints and the projector's checkpoint. */
async function marksOf(old: Db, readModel: ReadModelDb | null): Promise<number[]> {
	const marks: number[] = [];
	const sync = await old
		.get<{ value: { pushedSeq?: unknown; verifiedSeq?: unknown } }>(SYNC_CHECKPOINT)
		.catch(() => null);
	for (const seq of [sync?.value.pushedSeq, sync?.value.verifiedSeq]) {
		if (typeof seq === 'number') marks.push(seq);
	}
	const projected = readModel ? (await readModel.meta.get(CHECKPOINT_KEY))?.value : undefined;
	if (typeof projected === 'number') marks.push(projected);
	return [...new Set(marks)].sort((a, b) => a - b);
}

type Change = PouchDB.Core.ChangesResponseChange<object>;

async function copyChanges(
	old: Db,
	target: Db,
	start: MoveState,
	told: (copied: number) => void
): Promise<MoveState> {
	let state = start;
	const mapped = { ...state.mapped };
	const pending = () => state.marks.filter((m) => !(String(m) in mapped));
	for (;;) {
		const page = await old.changes({ since: state.since, limit: PAGE, style: 'all_docs' });
		// A part ends where a mark falls, so the mark's place is the new database's last number.
		let part: Change[] = [];
		for (const change of page.results) {
			for (const mark of pending()) {
				if (Number(change.seq) > mark) {
					await copyPart(old, target, part);
					part = [];
					mapped[String(mark)] = await lastSeq(target);
				}
			}
			part.push(change);
		}
		await copyPart(old, target, part);
		if (page.results.length === 0) {
			for (const mark of pending()) mapped[String(mark)] = await lastSeq(target);
			state = { ...state, mapped };
			await writeState(target, state);
			return state;
		}
		state = {
			...state,
			since: Number(page.last_seq),
			mapped: { ...mapped },
			copied: state.copied + page.results.length
		};
		await writeState(target, state);
		told(state.copied);
	}
}

/** Every leaf revision of the changed documents, with its history, written as it was. */
async function copyPart(old: Db, target: Db, part: readonly Change[]): Promise<void> {
	if (part.length === 0) return;
	const wanted = part.flatMap((c) => c.changes.map((r) => ({ id: c.id, rev: r.rev })));
	const found = await old.bulkGet({ docs: wanted, revs: true });
	const docs: PouchDB.Core.PutDocument<object>[] = [];
	for (const result of found.results) {
		for (const doc of result.docs) {
			// Only leaves are asked for, and compaction keeps every leaf: a missing one stops the move.
			if (!('ok' in doc)) throw new Error(`store move: ${result.id} ${JSON.stringify(doc.error)}`);
			docs.push(doc.ok);
		}
	}
	const written = await target.bulkDocs(docs, { new_edits: false });
	const failed = written.find((w) => 'error' in w && w.error);
	if (failed) throw new Error(`store move: ${JSON.stringify(failed)}`);
}

async function lastSeq(db: Db): Promise<number> {
	return Number((await db.info()).update_seq);
}

/**
 * The old database's `_local` documents (never listed by PouchDB), read from its IndexedDB store,
 * written into the new one with the push checkpoints carried over.
 */
async function copyLocals(
	name: string,
	target: Db,
	mapped: Readonly<Record<string, number>>
): Promise<void> {
	const locals = await readOldLocals(name);
	for (const local of locals) {
		if (local._id === MOVE_STATE || local._id.startsWith('_local/_pouch_')) continue;
		const { _rev: _ignored, ...body } = local;
		if (local._id === SYNC_CHECKPOINT) {
			const value = body.value as Record<string, unknown>;
			for (const key of ['pushedSeq', 'verifiedSeq']) {
				const seq = value[key];
				if (typeof seq === 'number') value[key] = mapped[String(seq)] ?? 0;
			}
		}
		const current = await target.get(local._id).catch(() => null);
		await target.put({ ...body, _id: local._id, ...(current ? { _rev: current._rev } : {}) });
	}
}

interface OldLocal {
	readonly _id: string;
	readonly _rev?: string;
	readonly [field: string]: unknown;
}

function readOldLocals(name: string): Promise<OldLocal[]> {
	return new Promise((resolve, reject) => {
		const open = indexedDB.open(OLD_PREFIX + name);
		open.onerror = () => reject(open.error ?? new Error(`open ${name}`));
		open.onsuccess = () => {
			const idb = open.result;
			if (!idb.objectStoreNames.contains('local-store')) {
				idb.close();
				resolve([]);
				return;
			}
			const request = idb
				.transaction('local-store', 'readonly')
				.objectStore('local-store')
				.getAll();
			request.onerror = () => {
				idb.close();
				reject(request.error ?? new Error(`read ${name}`));
			};
			request.onsuccess = () => {
				idb.close();
				resolve(request.result as OldLocal[]);
			};
		};
	});
}

async function moveProjectorCheckpoint(
	readModel: ReadModelDb | null,
	mapped: Readonly<Record<string, number>>
): Promise<void> {
	if (readModel === null) return;
	const stored = (await readModel.meta.get(CHECKPOINT_KEY))?.value;
	if (typeof stored !== 'number') return;
	// Unmapped (the read model moved on after the marks were fixed): project everything again.
	await readModel.meta.put({ key: CHECKPOINT_KEY, value: mapped[String(stored)] ?? 0 });
}

async function readState(db: Db): Promise<MoveState | null> {
	const doc = await db.get<{ value: MoveState }>(MOVE_STATE).catch(() => null);
	return doc?.value ?? null;
}

async function writeState(db: Db, value: MoveState): Promise<void> {
	const current = await db.get(MOVE_STATE).catch(() => null);
	await db.put({ _id: MOVE_STATE, ...(current ? { _rev: current._rev } : {}), value });
}

/** The old adapter's view databases of `name`, if any were ever built. */
async function removeViews(name: string): Promise<void> {
	const views = (await idbNames()).filter((n) => n.startsWith(`${OLD_PREFIX}${name}-mrview-`));
	await Promise.all(
		views.map(
			(n) =>
				new Promise<void>((resolve) => {
					const request = indexedDB.deleteDatabase(n);
					request.onsuccess = request.onerror = request.onblocked = () => resolve();
				})
		)
	);
}
