/**
 * Feeds the read model from the PouchDB changes feed (architecture.md §2). For every dossier
 * touched by a batch of changes it folds the dossier again from its documents, so running a batch
 * twice gives the same rows (idempotent); rows and the checkpoint are written in one Dexie
 * transaction, so it can stop anywhere and resume from the last checkpoint.
 */
import type { DeadlineContext } from '$lib/domain/calendar';
import { foldDossier, type LifecycleSettings } from '$lib/domain/lifecycle';
import { toReportEntry, type ReportEntry } from '$lib/domain/report';
import { actionRows } from './action-rows';
import { Arrivals, ORPHANS, isFirstRevision } from './arrivals';
import { collisionRow } from './collisions';
import { foldFeedback } from '$lib/domain/feedback';
import {
	dossierCodeOf,
	dossierDocId,
	feedbackCodeOf,
	REPORT_PREFIX,
	RETIREMENT_PREFIX,
	feedbackDocId,
	parseOfficeDoc
} from './documents';
import { feedbackRow } from './feedback-row';
import { loadDossiers } from './load-dossiers';
import { dossierRow } from './dossier-row';
import type { OfficeStore } from './office-store';
import {
	PROJECTION_VERSION,
	type ActionRow,
	type DossierRow,
	type FeedbackRow,
	type ReadModelDb,
	type UnreadableDocRow
} from './read-model';

export interface FoldContext {
	readonly settings: LifecycleSettings;
	readonly deadlines: DeadlineContext;
}

const CHECKPOINT = 'checkpoint';
/** The last archived closed dossier folded (ADR 37): the archive's own order of writing. */
const CLOSED_MARK = 'closedMark';
/** Archived dossiers folded per transaction (about five documents each). */
const CLOSED_BATCH = 200;
/** Rows per write of the dossier table: fewer than Dexie's 50 keep the keys observable. */
const OBSERVED_WRITE = 40;

function chunks<T>(rows: readonly T[]): T[][] {
	const parts: T[][] = [];
	for (let i = 0; i < rows.length; i += OBSERVED_WRITE)
		parts.push(rows.slice(i, i + OBSERVED_WRITE));
	return parts;
}
const VERSION = 'projectionVersion';
/**
 * A deferral (ADR 36) lapses when the pull has written nothing for this long: a stalled or
 * abandoned pull never keeps the read model behind.
 */
export const DEFER_IDLE_MS = 5_000;
/** How often a deferred projector looks whether it may go on. */
const DEFER_POLL_MS = 200;
/**
 * Changes per batch. On a first sync the pull and the projector share one IndexedDB backend; with
 * 2,000 the projector held it longer and the pull slowed by a third (ADR 16).
 */
const BATCH = 500;

/** Whether any action row may belong to one of `codes`: one count over their key range. */
async function hasActionsOf(actions: ReadModelDb['actions'], codes: readonly string[]) {
	if (codes.length === 0) return false;
	const sorted = [...codes].sort();
	const inRange = await actions.where('code').between(sorted[0], sorted.at(-1), true, true).count();
	return inRange > 0;
}

/**
 * Below this many changes not folded, the read model catches up within a second or two: the desk
 * says nothing of it, and a report may be submitted (ADR 36).
 */
export const SETTLING_CHANGES = 300;

/**
 * How many local changes the read model has not folded yet: what the lists, the work queue and
 * the report still lack (after a first pull, while the projector catches up, ADR 36).
 */
export async function changesBehind(store: OfficeStore, readModel: ReadModelDb): Promise<number> {
	const [info, checkpoint, mark] = await Promise.all([
		store.db.info(),
		readModel.meta.get(CHECKPOINT),
		readModel.meta.get(CLOSED_MARK)
	]);
	// An archived dossier not folded yet counts for its documents (about five).
	const archived = await store.closed.countAfter(Number(mark?.value ?? 0));
	return Math.max(0, Number(info.update_seq) - Number(checkpoint?.value ?? 0)) + archived * 5;
}

/** The read model's rows of some dossiers, folded again from all their documents. */
interface FoldedRows {
	readonly present: DossierRow[];
	readonly absent: string[];
	readonly unreadable: UnreadableDocRow[];
	readonly entries: ReportEntry[];
	readonly actions: ActionRow[];
}

/** The rows of some feedback, folded again. */
interface FoldedFeedback {
	readonly present: FeedbackRow[];
	readonly absent: string[];
	readonly unreadable: UnreadableDocRow[];
}

/** What the desk asks of a projector, wherever it runs (the page or the office worker). */
export interface Projection {
	/** Projects every change since the checkpoint; resolves with the number of changes read. */
	catchUp(): Promise<number>;
	/** Drops the read model and projects everything again. */
	rebuild(): Promise<number>;
	/** Follows new local writes and replicated documents as they arrive. */
	start(): void;
	stop(): void;
}

export class Projector implements Projection {
	#running: Promise<number> | null = null;
	/** Work run `between` batches (shedding): no batch starts while it holds the read model. */
	#holding: Promise<void> | null = null;
	#again = false;
	#live: PouchDB.Core.Changes<object> | null = null;
	readonly #arrivals: Arrivals;
	/** Past this local sequence the projector waits (ADR 36); null: it does not. */
	#deferAfter: number | null = null;
	#deferHeardAt = 0;

	constructor(
		private readonly store: OfficeStore,
		private readonly readModel: ReadModelDb,
		private readonly context: () => FoldContext,
		private readonly batchSize = BATCH,
		/** Awaited before each batch: the page may ask to go first (ADR 23). */
		private readonly pace: () => Promise<void> = () => Promise.resolve()
	) {
		this.#arrivals = new Arrivals(readModel);
	}

	/**
	 * A first pull has written the open dossiers up to local sequence `after` and now brings
	 * documents no screen needs at once (ADR 36): the projector folds everything up to `after`,
	 * then waits until `defer(null)`, or until the pull has written nothing for `DEFER_IDLE_MS`,
	 * so the pull has the laptop's two cores to itself. Each part written renews it (`pulled`).
	 */
	defer(after: number | null, now = Date.now()): void {
		this.#deferAfter = after;
		this.#deferHeardAt = now;
	}

	/** The pull wrote a part: a deferral in force lasts another `DEFER_IDLE_MS`. */
	pulled(now = Date.now()): void {
		this.#deferHeardAt = now;
	}

	async #deferred(since: number): Promise<void> {
		for (;;) {
			const after = this.#deferAfter;
			if (after === null || since < after) return;
			const left = this.#deferHeardAt + DEFER_IDLE_MS - Date.now();
			if (left <= 0) {
				this.#deferAfter = null;
				return;
			}
			await new Promise((done) => setTimeout(done, Math.min(left, DEFER_POLL_MS)));
		}
	}

	/** Projects every change since the checkpoint; resolves with the number of changes read. */
	catchUp(): Promise<number> {
		// Asked while other work holds the read model: it resolves once its own changes are in.
		if (this.#holding) return this.#holding.then(() => this.catchUp());
		if (this.#running) {
			this.#again = true;
			return this.#running;
		}
		this.#running = this.#drain().finally(() => (this.#running = null));
		return this.#running;
	}

	/**
	 * Runs `work` while no batch is written (shedding, ADR 25): after the batch in progress; a
	 * catch-up asked for meanwhile runs after it and resolves once it has.
	 */
	async between<T>(work: () => Promise<T>): Promise<T> {
		while (this.#holding || this.#running) {
			await (this.#holding ?? this.#running)?.catch(() => 0);
		}
		const done = work();
		this.#holding = done.then(
			() => undefined,
			() => undefined
		);
		try {
			return await done;
		} finally {
			this.#holding = null;
		}
	}

	async #drain(): Promise<number> {
		await this.#checkVersion();
		let total = 0;
		do {
			this.#again = false;
			for (;;) {
				const read = await this.#batch();
				total += read;
				if (read < this.batchSize) break;
			}
			// New local changes (a receipt) go first: the archive waits a batch for them.
			while (!this.#again) {
				const read = await this.#closedBatch();
				total += read;
				if (read < this.#closedBatchSize) break;
			}
		} while (this.#again);
		return total;
	}

	async #checkVersion(): Promise<void> {
		const stored = await this.readModel.meta.get(VERSION);
		if (stored?.value === PROJECTION_VERSION) return;
		await this.#clear();
	}

	async #clear(): Promise<void> {
		this.#arrivals.reset();
		const { dossiers, meta, unreadable, reportEntries, actions, feedback } = this.readModel;
		await this.readModel.transaction(
			'rw',
			[dossiers, meta, unreadable, reportEntries, actions, feedback],
			async () => {
				await Promise.all([
					feedback.clear(),
					dossiers.clear(),
					unreadable.clear(),
					meta.clear(),
					reportEntries.clear(),
					actions.clear()
				]);
				await meta.bulkPut([
					{ key: VERSION, value: PROJECTION_VERSION },
					{ key: CHECKPOINT, value: 0 }
				]);
			}
		);
	}

	async #batch(): Promise<number> {
		await this.pace();
		const since = (await this.readModel.meta.get(CHECKPOINT))?.value ?? 0;
		await this.#deferred(Number(since));
		const changes = await this.store.db.changes({
			since,
			limit: this.batchSize,
			include_docs: true,
			// Two different documents under one id (ADR 19) show as a conflict of the winner.
			conflicts: true
		});
		const codes = new Set<string>();
		const bad: UnreadableDocRow[] = [];
		const known = new Map<string, unknown>();
		const arrived = new Set<string>();
		const unsure = new Set<string>();
		const feedbackCodes = new Set<string>();
		for (const change of changes.results) {
			// Desk registrations and retirements (ADR 34) replicate too; they are no part of any dossier.
			if (
				change.id.startsWith('_design/') ||
				change.id.startsWith('desk:') ||
				change.id.startsWith(RETIREMENT_PREFIX)
			) {
				continue;
			}
			// Reports submitted to the province (ADR 32) are read where they are, never folded.
			if (change.id.startsWith(REPORT_PREFIX)) continue;
			// Feedback (ADR 29) is folded apart, a whole feedback at a time.
			const feedbackCode = feedbackCodeOf(change.id);
			if (feedbackCode !== null) {
				feedbackCodes.add(feedbackCode);
				continue;
			}
			const code = dossierCodeOf(change.id);
			if (change.deleted) {
				if (code) {
					codes.add(code);
					unsure.add(code);
				}
				continue;
			}
			const parsed = parseOfficeDoc(change.doc);
			if (!parsed.ok) {
				bad.push({ id: change.id, error: parsed.error, detail: parsed.detail });
				if (code) unsure.add(code);
			} else if (code) {
				codes.add(code);
				known.set(change.id, change.doc);
				if (change.id === dossierDocId(code) && isFirstRevision(change.doc)) arrived.add(code);
			}
		}
		const touched = [...codes];
		const batch = { codes, known, arrived, unsure };
		const plan = await this.#arrivals.plan(batch);
		const rows = await this.#rows(touched, known, plan.whole);
		const settled = this.#arrivals.settle(batch, plan, rows);
		const feedbackRows = await this.#feedbackRows([...feedbackCodes]);
		await this.#write({
			touched,
			fresh: plan.fresh,
			rows,
			feedbackCodes,
			feedbackRows,
			bad,
			orphans: settled.orphans,
			checkpoint: changes.last_seq
		});
		settled.keep();
		return changes.results.length;
	}

	/** Archived dossiers per batch: about as many documents as a batch of changes. */
	get #closedBatchSize(): number {
		return Math.min(CLOSED_BATCH, this.batchSize);
	}

	/**
	 * Folds the next closed dossiers a first pull archived (ADR 37), after the pull: they are no
	 * part of the changes feed, so the projector keeps its own mark in the archive's order.
	 */
	async #closedBatch(): Promise<number> {
		await this.pace();
		// Whatever the sequence, archived dossiers wait for the end of a first pull (ADR 36).
		await this.#deferred(Number.MAX_SAFE_INTEGER);
		const mark = Number((await this.readModel.meta.get(CLOSED_MARK))?.value ?? 0);
		const records = await this.store.closed.after(mark, this.#closedBatchSize);
		const last = records.at(-1);
		if (last === undefined) return 0;
		const touched = records.map((r) => r.code);
		const rows = await this.#rows(touched, new Map(), new Set());
		await this.#write({
			touched,
			fresh: new Set(),
			rows,
			feedbackCodes: new Set(),
			feedbackRows: { present: [], absent: [], unreadable: [] },
			bad: [],
			orphans: null,
			checkpoint: null,
			closedMark: last.n
		});
		return records.length;
	}

	/** One Dexie transaction: the rows of the dossiers and feedback folded, and the checkpoint. */
	async #write(w: {
		readonly touched: readonly string[];
		readonly fresh: ReadonlySet<string>;
		readonly rows: FoldedRows;
		readonly feedbackCodes: ReadonlySet<string>;
		readonly feedbackRows: FoldedFeedback;
		readonly bad: readonly UnreadableDocRow[];
		readonly orphans: string | null;
		/** Null: rows folded ahead of the changes feed (`projectNow`), the checkpoint stays. */
		readonly checkpoint: number | string | null;
		/** The last archived dossier folded (ADR 37). */
		readonly closedMark?: number;
	}): Promise<void> {
		const { touched, rows, feedbackRows } = w;
		const { dossiers, meta, unreadable, reportEntries, actions, feedback } = this.readModel;
		await this.readModel.transaction(
			'rw',
			[dossiers, meta, unreadable, reportEntries, actions, feedback],
			async () => {
				if (w.feedbackCodes.size > 0) {
					await feedback.bulkPut(feedbackRows.present);
					await feedback.bulkDelete(feedbackRows.absent);
					if ((await unreadable.count()) > 0) {
						await unreadable.bulkDelete(feedbackRows.present.map((r) => feedbackDocId(r.code)));
					}
					await unreadable.bulkPut(feedbackRows.unreadable);
				}
				// Under Dexie's 50, a write names its keys to observers (the list copy, live
				// queries), which then read those rows again instead of the whole table.
				for (const part of chunks(rows.present)) await dossiers.bulkPut(part);
				await dossiers.bulkDelete(rows.absent);
				await reportEntries.bulkPut(rows.entries);
				await reportEntries.bulkDelete(rows.absent);
				// A dossier's actions are replaced whole: a late event can turn an applied one into
				// an anomaly, so rows of the previous fold must not survive it. A first sync
				// brings dossiers the read model has never seen: one count over their codes' range
				// then spares a lookup per code. A dossier that has just arrived (ADR 22) has none.
				const replaced = touched.filter((c) => !w.fresh.has(c));
				if (await hasActionsOf(actions, replaced)) {
					await actions.where('code').anyOf(replaced).delete();
				}
				await actions.bulkPut(rows.actions);
				// A dossier that folds now is no longer listed as one that could not be folded.
				if ((await unreadable.count()) > 0) {
					await unreadable.bulkDelete(rows.present.map((r) => dossierDocId(r.code)));
				}
				await unreadable.bulkPut([...w.bad, ...rows.unreadable]);
				if (w.orphans !== null) await meta.put({ key: ORPHANS, value: w.orphans });
				if (w.checkpoint !== null) await meta.put({ key: CHECKPOINT, value: w.checkpoint });
				if (w.closedMark !== undefined) await meta.put({ key: CLOSED_MARK, value: w.closedMark });
			}
		);
	}

	/**
	 * Folds now the dossiers and feedback of documents the page has just written, while a first
	 * pull holds the projector back (ADR 36): a receipt made during the pull is listed at once, not
	 * after the office. The checkpoint stays; the changes feed folds them again in turn, from
	 * everything then on the laptop. Without a deferral the feed is about to, and this does nothing.
	 */
	async projectNow(ids: readonly string[]): Promise<void> {
		if (this.#deferAfter === null) return;
		const codes = new Set<string>();
		const feedbackCodes = new Set<string>();
		for (const id of ids) {
			const feedbackCode = feedbackCodeOf(id);
			const code = feedbackCode === null ? dossierCodeOf(id) : null;
			if (feedbackCode !== null) feedbackCodes.add(feedbackCode);
			else if (code) codes.add(code);
		}
		const touched = [...codes];
		const rows = await this.#rows(touched, new Map(), new Set());
		const feedbackRows = await this.#feedbackRows([...feedbackCodes]);
		await this.#write({
			touched,
			fresh: new Set(),
			rows,
			feedbackCodes,
			feedbackRows,
			bad: [],
			orphans: null,
			checkpoint: null
		});
	}

	async #rows(
		codes: string[],
		known: ReadonlyMap<string, unknown>,
		whole: ReadonlySet<string>
	): Promise<FoldedRows> {
		const present: DossierRow[] = [];
		const entries: ReportEntry[] = [];
		const actions: ActionRow[] = [];
		const absent: string[] = [];
		const unreadable: UnreadableDocRow[] = [];
		const { settings, deadlines } = this.context();
		const stored = await loadDossiers(this.store.db, codes, known, whole, this.store.closed);
		for (const code of codes) {
			const one = stored.get(code) ?? null;
			if (one === null) {
				absent.push(code);
				continue;
			}
			unreadable.push(
				...one.unreadable.map((u) => ({ id: u.id, error: 'malformed', detail: u.detail }))
			);
			let folded;
			try {
				folded = foldDossier(one.dossier, one.events, settings, deadlines);
			} catch (error) {
				// A document the rules cannot use must not stop the projection of every other one:
				// the dossier is listed for the supervisor (never dropped) and the rest goes on.
				absent.push(code);
				const detail = error instanceof Error ? error.message : String(error);
				unreadable.push({ id: dossierDocId(code), error: 'unfoldable', detail });
				continue;
			}
			const row = dossierRow(one.dossier, folded);
			if (one.collisions.length === 0) present.push(row);
			else {
				// Another dossier under this code: kept in the store, named for the supervisor and
				// the dossier flagged until the province gives one of them a new code (ADR 19).
				present.push({ ...row, flagged: 1, anomalies: row.anomalies + one.collisions.length });
				unreadable.push(...one.collisions.map(collisionRow));
			}
			entries.push(toReportEntry(one.dossier, folded));
			actions.push(...actionRows(one.events, folded));
		}
		return { present, absent, unreadable, entries, actions };
	}

	/** The rows of the feedback touched by a batch, folded from all their documents. */
	async #feedbackRows(codes: readonly string[]): Promise<FoldedFeedback> {
		const present: FeedbackRow[] = [];
		const absent: string[] = [];
		const unreadable: UnreadableDocRow[] = [];
		if (codes.length === 0) return { present, absent, unreadable };
		const stored = await this.store.loadFeedbacks(codes);
		for (const code of codes) {
			const one = stored.get(code);
			unreadable.push(
				...(one?.unreadable ?? []).map((u) => ({ id: u.id, error: 'malformed', detail: u.detail }))
			);
			if (!one?.feedback) absent.push(code);
			else present.push(feedbackRow(foldFeedback(one.feedback, one.steps)));
		}
		return { present, absent, unreadable };
	}

	/** Drops the read model and projects everything again (Settings button; version change). */
	async rebuild(): Promise<number> {
		await this.#running;
		await this.#clear();
		return this.catchUp();
	}

	/** Follows new local writes and replicated documents as they arrive. */
	start(): void {
		if (this.#live) return;
		const live = this.store.db.changes({ since: 'now', live: true });
		// The feed is also a promise that settles when it is cancelled or fails; a failure only
		// stops live updates: the next catchUp() still reads everything from the checkpoint.
		live.catch(() => undefined);
		void live.on('change', () => void this.catchUp());
		this.#live = live;
		void this.catchUp();
	}

	stop(): void {
		this.#live?.cancel();
		this.#live = null;
	}
}
