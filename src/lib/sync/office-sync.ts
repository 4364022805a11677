/**
 * The sync service of one office database (architecture.md §5, issue 5): push then pull, one-shot
 * (no continuous `_changes` feed), retried with our own backoff on network and server failures,
 * never retried on 401/403. Holds a visible status for the UI; scheduling belongs to the caller.
 *
 * A server restored from a backup is handled in `server-marker.ts`.
 */
import type { ClosedArchive } from '$lib/storage/closed-archive';
import type { Db } from '$lib/storage/pouch';
import { CouchHttp, SyncFailure, type Fetch } from './couch-http';
import { pull } from './pull';
import { countUnsent, keepPace, push } from './push';
import { transferContext, type RunTotals, type TransferContext } from './transfer-context';
import { keptSinceDay } from '$lib/domain/catalogue';
import { completeDossiers, firstPull } from './first-pull';
import { confirmPush, resumeFromServerMarker } from './server-marker';
import { CheckpointStore, mergeRejections } from './sync-checkpoint';
import {
	IDLE_STATUS,
	clockSkewMs,
	isClockOff,
	remainingMs,
	type Rejection,
	type SyncErrorCode,
	type SyncResult,
	type SyncState,
	type SyncStatus
} from './sync-status';

export interface OfficeSyncOptions {
	/** Local office database (`motcua_office_<officeId>`). */
	readonly db: Db;
	/** The archive of closed dossiers beside it (ADR 37); unset: a first pull writes them to `db`. */
	readonly closed?: ClosedArchive;
	/** `<origin>/db/motcua_office_<officeId>`, without credentials. */
	readonly remoteUrl: string;
	/** Defaults to the browser's fetch with the session cookie. */
	readonly fetch?: Fetch;
	readonly headers?: Record<string, string>;
	/** Documents per upload (halves on 413) and per download page. */
	readonly batchSize?: number;
	/** Attempts per run before giving up as offline/error. */
	readonly maxAttempts?: number;
	/** First wait between attempts, doubled each time up to `maxBackoffMs`. */
	readonly backoffMs?: number;
	readonly maxBackoffMs?: number;
	readonly now?: () => number;
	readonly sleep?: (ms: number) => Promise<void>;
	/**
	 * The officer working at the desk: a server session of anyone else asks for a login
	 * (`needs-login`) instead of sending as them. Unset: whoever the session belongs to.
	 */
	readonly user?: () => string | null;
	/** Called after each part written from the server (the office worker wakes its projector). */
	readonly onPulled?: () => void;
	/** Awaited before each write of what the pull brought (the page first, ADR 23). */
	readonly pace?: () => Promise<void>;
	/** A first pull has written the open set and brings the rest, or has ended (ADR 36). */
	readonly onFirstPullPhase?: (phase: 'rest' | 'done') => Promise<void>;
	/**
	 * Days a desk keeps a closed dossier (the office's `keepClosedDays`, ADR 18): an empty desk
	 * brings the open dossiers and those closed since then. Unset or null: the whole office.
	 */
	readonly keepClosedDays?: () => number | null;
}

export type StatusListener = (status: SyncStatus) => void;

/** The sync service as the desk uses it, wherever it runs (the page or the office worker). */
export interface OfficeSyncPort {
	readonly status: SyncStatus;
	/** Calls `listener` now and on every change; returns the function that stops it. */
	subscribe(listener: StatusListener): () => void;
	refresh(): Promise<SyncStatus>;
	noteLocalWrite(): void;
	rejected(): Promise<readonly Rejection[]>;
	/** One run (push, then pull); a second call while one runs gets the same run. */
	sync(): Promise<SyncResult>;
}

type Failure = { readonly state: SyncState; readonly code: SyncErrorCode };

interface LiveCount {
	readonly startedAt: number;
	readonly base: number;
	writes: number;
	readonly totals: RunTotals;
}

const FINAL: Record<SyncFailure['code'], SyncState> = {
	offline: 'offline',
	'needs-login': 'needs-login',
	'access-denied': 'access-denied',
	'payload-too-large': 'error',
	'server-error': 'error'
};

export class OfficeSync implements OfficeSyncPort {
	#recounting = false;
	#recountAgain = false;
	readonly #options: Required<
		Omit<
			OfficeSyncOptions,
			'fetch' | 'headers' | 'user' | 'onPulled' | 'pace' | 'onFirstPullPhase' | 'closed'
		>
	> &
		Pick<OfficeSyncOptions, 'closed'>;
	readonly #user: () => string | null;
	readonly #onPulled: () => void;
	readonly #pace: (() => Promise<void>) | undefined;
	readonly #firstPullPhase: OfficeSyncOptions['onFirstPullPhase'];
	readonly #http: CouchHttp;
	readonly #checkpoints: CheckpointStore;
	readonly #listeners = new Set<StatusListener>();
	#status: SyncStatus = IDLE_STATUS;
	#serverDate: string | null = null;
	#running: Promise<SyncResult> | null = null;
	/** The unsent count of the run in progress: at its start, plus local writes, minus sent. */
	#live: LiveCount | null = null;

	constructor(options: OfficeSyncOptions) {
		this.#options = {
			batchSize: 100,
			maxAttempts: 5,
			backoffMs: 2_000,
			maxBackoffMs: 60_000,
			now: () => Date.now(),
			sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
			keepClosedDays: () => null,
			...options
		};
		this.#user = options.user ?? (() => null);
		this.#onPulled = options.onPulled ?? (() => undefined);
		this.#pace = options.pace;
		this.#firstPullPhase = options.onFirstPullPhase;
		this.#http = new CouchHttp(options.remoteUrl, {
			...(options.fetch ? { fetch: options.fetch } : {}),
			...(options.headers ? { headers: options.headers } : {}),
			onDate: (date) => (this.#serverDate = date)
		});
		this.#checkpoints = new CheckpointStore(options.db, this.#options.batchSize);
	}

	get status(): SyncStatus {
		return this.#status;
	}

	/** Calls `listener` now and on every change; returns the function that stops it. */
	subscribe(listener: StatusListener): () => void {
		this.#listeners.add(listener);
		listener(this.#status);
		return () => this.#listeners.delete(listener);
	}

	/**
	 * Counts the unsent changes and reads the last sync time from storage (start-up, before a
	 * logout). The push checkpoint keeps pace with every pull, so this reads only what was
	 * written here since the last push. During a run the run's own count stands.
	 */
	async refresh(): Promise<SyncStatus> {
		if (this.#live !== null) return this.#status;
		const checkpoint = await this.#checkpoints.read();
		const unsent = await countUnsent(this.#options.db, checkpoint);
		this.#set({ unsent, lastSyncAt: checkpoint.lastSyncAt });
		return this.#status;
	}

	/**
	 * A document was written on this laptop (a receipt, an action): one more to send. Nothing is
	 * recounted during a run, whatever arrives from the server meanwhile.
	 */
	noteLocalWrite(): void {
		const live = this.#live;
		if (live === null) {
			this.#recount();
			return;
		}
		live.writes += 1;
		this.#set({ unsent: this.#unsentDuring(live) });
	}

	/**
	 * Outside a run each write recounts what is unsent, a read of every change since the last
	 * push. Writes that come faster than a recount (an imported book: a write of 1,500 documents
	 * every second or two) share one: one recount at a time, one more after it for whatever was
	 * written meanwhile, never one per write (which made an import of 100,000 documents slow
	 * down with the square of its size).
	 */
	#recount(): void {
		if (this.#recounting) {
			this.#recountAgain = true;
			return;
		}
		this.#recounting = true;
		void this.refresh()
			.catch(() => undefined)
			.finally(() => {
				this.#recounting = false;
				if (this.#recountAgain) {
					this.#recountAgain = false;
					this.#recount();
				}
			});
	}

	#unsentDuring(live: LiveCount): number {
		const { sent, rejected } = live.totals;
		return Math.max(0, live.base + live.writes - sent - rejected.length);
	}

	/** Documents the server refused, kept until a supervisor deals with them. */
	async rejected(): Promise<readonly Rejection[]> {
		return (await this.#checkpoints.read()).rejected;
	}

	/** One run (push, then pull); a second call while one runs gets the same run. */
	sync(): Promise<SyncResult> {
		this.#running ??= this.#run().finally(() => (this.#running = null));
		return this.#running;
	}

	async #run(): Promise<SyncResult> {
		const totals: RunTotals = { sent: 0, received: 0, pending: null, rejected: [] };
		// What this run wrote from the server, across attempts: push steps over it.
		const pulled = new Set<string>();
		let attempts = 0;
		let failure: Failure | null;
		const base = await countUnsent(this.#options.db, await this.#checkpoints.read());
		this.#live = { startedAt: this.#options.now(), base, writes: 0, totals };
		this.#set({
			state: 'syncing',
			progress: { phase: 'push', sent: 0, received: 0, pending: null },
			unsent: base,
			error: null
		});
		for (;;) {
			attempts += 1;
			try {
				await this.#attempt(totals, pulled);
				failure = null;
				break;
			} catch (error) {
				failure = classify(error);
				const retry = failure.state === 'offline' || failure.state === 'error';
				if (!retry || attempts >= this.#options.maxAttempts) break;
				await this.#options.sleep(this.#backoff(attempts));
			}
		}
		return this.#finish(totals, attempts, failure);
	}

	/** The first Vietnam day whose closed dossiers the desk keeps; null: all of them. */
	#keepClosedSince(): string | null {
		const days = this.#options.keepClosedDays();
		if (days === null) return null;
		return keptSinceDay(days, this.#options.now());
	}

	#backoff(attempt: number): number {
		const { backoffMs, maxBackoffMs } = this.#options;
		return Math.min(maxBackoffMs, backoffMs * 2 ** (attempt - 1));
	}

	async #attempt(totals: RunTotals, pulled: Set<string>): Promise<void> {
		const author = await this.#http.sessionName();
		if (author === null) throw new SyncFailure('needs-login', 401, 'no server session');
		const expected = this.#user();
		if (expected !== null && expected !== author) {
			throw new SyncFailure('needs-login', 401, `the server session is ${author}'s`);
		}
		const ctx = await this.#context(totals, author, pulled);
		await resumeFromServerMarker(ctx);
		await push(ctx);
		await confirmPush(ctx);
		ctx.progress('pull');
		// An empty desk (first login): open dossiers first, then the rest in bulk.
		if (ctx.checkpoint.pulledSeq === 0) await firstPull(ctx, this.#keepClosedSince());
		await pull(ctx, this.#options.batchSize, (docs) => completeDossiers(ctx, docs));
		// What was written here meanwhile goes up now; then the server confirms it holds it all.
		await push(ctx);
		if (ctx.checkpoint.verifiedSeq !== ctx.checkpoint.pushedSeq) await confirmPush(ctx);
		await ctx.save({ lastSyncAt: new Date(this.#options.now()).toISOString() });
	}

	#context(totals: RunTotals, author: string, pulled: Set<string>): Promise<TransferContext> {
		const ctx = transferContext(this.#checkpoints, {
			db: this.#options.db,
			...(this.#options.closed ? { closed: this.#options.closed } : {}),
			http: this.#http,
			totals,
			progress: (phase) => {
				const { sent, received, pending } = totals;
				const live = this.#live;
				const elapsed = live ? this.#options.now() - live.startedAt : 0;
				this.#set({
					progress: {
						phase,
						sent,
						received,
						pending,
						remainingMs: phase === 'pull' ? remainingMs(received, pending, elapsed) : null
					},
					...(live ? { unsent: this.#unsentDuring(live) } : {})
				});
			},
			now: () => new Date(this.#options.now()).toISOString(),
			author,
			pulled,
			pace: this.#pace,
			...(this.#firstPullPhase ? { firstPullPhase: this.#firstPullPhase } : {}),
			// The push checkpoint keeps pace with a long pull (and the unsent count stays true).
			afterPulled: async (written) => {
				await keepPace(await ctx, written);
				this.#onPulled();
			}
		});
		return ctx;
	}

	async #finish(totals: RunTotals, attempts: number, failure: Failure | null): Promise<SyncResult> {
		const skew = clockSkewMs(this.#serverDate, this.#options.now());
		this.#live = null;
		const checkpoint = await this.#checkpoints.read();
		const unsent = await countUnsent(this.#options.db, checkpoint);
		const status = failure?.state ?? 'up-to-date';
		this.#set({
			state: status,
			progress: null,
			unsent,
			lastSyncAt: checkpoint.lastSyncAt,
			clockSkewMs: skew,
			error: failure?.code ?? null
		});
		return {
			status,
			sent: totals.sent,
			received: totals.received,
			rejected: mergeRejections([], totals.rejected),
			serverTime: this.#serverDate === null ? null : new Date(this.#serverDate).toISOString(),
			clockSkewMs: skew,
			clockOff: isClockOff(skew),
			unsent,
			attempts,
			error: failure?.code ?? null
		};
	}

	#set(next: Partial<SyncStatus>): void {
		this.#status = { ...this.#status, ...next };
		for (const listener of this.#listeners) listener(this.#status);
	}
}

/** Expected failures become states; anything else (a local storage failure) is `error`. */
function classify(error: unknown): Failure {
	if (error instanceof SyncFailure) return { state: FINAL[error.code], code: error.code };
	return { state: 'error', code: 'local-error' };
}
