/**
 * The office workers (ADR 16): the office's sync service runs in one instance of this script and
 * its projector in another, off the page's main thread and beside each other, so a first sync of
 * a whole office (hundreds of thousands of documents written into PouchDB, then folded into the
 * read model) never freezes the screens and uses both cores of a desk laptop. The page keeps its
 * own handles on the same IndexedDB databases for reading and for the desk's own writes;
 * IndexedDB orders the writes of all three, the sync worker tells the projector through a
 * broadcast channel when it wrote, and Dexie tells the page's live queries about the rows.
 */
/// <reference lib="webworker" />
import { OfficeStore } from '$lib/storage/office-store';
import { openDb, type Db } from '$lib/storage/pouch';
import { Projector } from '$lib/storage/projector';
import { ReadModelDb } from '$lib/storage/read-model';
import { OfficeSync } from '$lib/sync/office-sync';
import type {
	OfficeWorkerMessage,
	OfficeWorkerReport,
	OfficeWorkerRequest,
	OfficeWorkerSetup
} from './office-worker-protocol';
import { foldContextOf, type FoldRules } from './fold-context';
import { pageFirstPace } from './page-first';
import { shedAged } from './shedding';

declare const self: DedicatedWorkerGlobalScope;

interface Opened {
	readonly dbName: string;
	readonly db: Db;
	readonly store: OfficeStore;
	readonly readModel: ReadModelDb;
	/** One projector for the office, whatever the page reopens: two would race on its rows. */
	readonly projector: Projector;
	/** The rules it folds with, replaced when the catalogue changes (calendars, office hours). */
	rules: FoldRules;
	/** Days the desk keeps a closed dossier (ADR 18), from the office's catalogue entry. */
	keepClosedDays: number | null;
	readonly syncs: Map<string, OfficeSync>;
	/** The officer the page says is working, for each run's session check. */
	user: string | null;
	/** Told after each part the sync service writes; the projector listens when it follows. */
	readonly pulled: BroadcastChannel;
	following: BroadcastChannel | null;
	/** The next shedding of what aged out of the window (ADR 25), while the projector follows. */
	shedding: ReturnType<typeof setTimeout> | null;
}

/**
 * What the sync worker tells the projector's: null, it wrote a part; `deferAfter`, a first pull
 * wrote the open dossiers up to that local sequence and brings the rest, or (null) it ended.
 */
type PulledMessage = null | { readonly deferAfter: number | null };

/** At most one wake-up of the projector per this many milliseconds while a pull writes. */
const WAKE_EVERY_MS = 100;

let opened: Opened | null = null;
/** The workers hold their writes for a moment when the officer acts (ADR 23). */
const pageFirst = pageFirstPace();

function post(report: OfficeWorkerReport): void {
	const message: OfficeWorkerMessage = { ...report, at: Date.now() };
	self.postMessage(message);
}

function open(setup: OfficeWorkerSetup): void {
	const rules = foldContextOf(setup.years, setup.hours);
	if (opened !== null && opened.dbName === setup.dbName) {
		opened.rules = rules;
		opened.keepClosedDays = setup.keepClosedDays;
		return;
	}
	// The page opens one office per worker; it ends the worker to change office.
	if (opened !== null) throw new Error(`the office worker already holds ${opened.dbName}`);
	const db = openDb(setup.dbName);
	const store = new OfficeStore(db, setup.officeId);
	const readModel = new ReadModelDb(setup.readModelName);
	const office: Opened = {
		dbName: setup.dbName,
		db,
		store,
		readModel,
		projector: new Projector(store, readModel, () => office.rules, undefined, pageFirst.pace),
		rules,
		keepClosedDays: setup.keepClosedDays,
		syncs: new Map(),
		user: null,
		pulled: new BroadcastChannel(channelOf(setup.dbName)),
		following: null,
		shedding: null
	};
	opened = office;
}

function channelOf(dbName: string): string {
	return `motcua-pulled:${dbName}`;
}

/** The first shedding waits for the desk to settle after opening; then a few times a day. */
const SHED_FIRST_MS = 30 * 1000;
const SHED_EVERY_MS = 6 * 60 * 60 * 1000;

function scheduleShedding(office: Opened, inMs: number): void {
	office.shedding = setTimeout(() => {
		void shedAged({ ...office, nowMs: Date.now() })
			.catch(() => null)
			.finally(() => {
				if (office.following !== null) scheduleShedding(office, SHED_EVERY_MS);
			});
	}, inMs);
}

/** The projector catches up now and whenever the sync worker says it wrote. */
function follow(office: Opened, on: boolean): void {
	office.following?.close();
	office.following = null;
	if (office.shedding !== null) clearTimeout(office.shedding);
	office.shedding = null;
	if (!on) return;
	scheduleShedding(office, SHED_FIRST_MS);
	const channel = new BroadcastChannel(channelOf(office.dbName));
	channel.onmessage = (event: MessageEvent<PulledMessage>) => {
		if (event.data !== null) office.projector.defer(event.data.deferAfter);
		else office.projector.pulled();
		void office.projector.catchUp().catch(() => undefined);
	};
	office.following = channel;
	void office.projector.catchUp().catch(() => undefined);
}

let wakeScheduled = false;

function wakeProjector(office: Opened): void {
	if (wakeScheduled) return;
	wakeScheduled = true;
	setTimeout(() => {
		wakeScheduled = false;
		office.pulled.postMessage(null);
	}, WAKE_EVERY_MS);
}

function current(): Opened {
	if (opened === null) throw new Error('the office worker has no office open');
	return opened;
}

/** One sync service per server database, its status told to the page as it changes. */
function syncOf(remoteUrl: string): OfficeSync {
	const office = current();
	let sync = office.syncs.get(remoteUrl);
	if (sync === undefined) {
		sync = new OfficeSync({
			db: office.db,
			closed: office.store.closed,
			remoteUrl,
			user: () => office.user,
			onPulled: () => wakeProjector(office),
			onFirstPullPhase: async (phase) => {
				const after = phase === 'rest' ? Number((await office.db.info()).update_seq) : null;
				office.pulled.postMessage({ deferAfter: after } satisfies PulledMessage);
			},
			pace: pageFirst.pace,
			keepClosedDays: () => office.keepClosedDays
		});
		sync.subscribe((status) => post({ kind: 'status', remoteUrl, status }));
		office.syncs.set(remoteUrl, sync);
	}
	return sync;
}

async function answer(request: OfficeWorkerRequest): Promise<unknown> {
	switch (request.op) {
		case 'open':
			open(request.setup);
			return null;
		case 'catch-up':
			return current().projector.catchUp();
		case 'written':
			await current().projector.projectNow(request.ids);
			return null;
		case 'rebuild':
			return current().projector.rebuild();
		case 'follow':
			follow(current(), request.on);
			return null;
		case 'sync':
			current().user = request.user;
			return syncOf(request.remoteUrl).sync();
		case 'refresh':
			return syncOf(request.remoteUrl).refresh();
		case 'rejected':
			return syncOf(request.remoteUrl).rejected();
		case 'note-write':
			syncOf(request.remoteUrl).noteLocalWrite();
			return null;
	}
}

self.onmessage = (event: MessageEvent<{ id: number; request: OfficeWorkerRequest }>) => {
	const { id, request } = event.data;
	answer(request).then(
		(value) => post({ kind: 'answer', id, value }),
		(error: unknown) =>
			post({
				kind: 'failure',
				id,
				message: error instanceof Error ? error.message : String(error)
			})
	);
};
