/**
 * The page's side of the office workers (ADR 16): a projector and a sync service that look like
 * the in-page ones (`Projection`, `OfficeSyncPort`) and each run in an instance of
 * `office.worker.ts`. One pair per office database, kept for the life of the page; the desk's own
 * writes stay on the page and wake the projector.
 */
import type { OfficeStore } from '$lib/storage/office-store';
import type { Projection } from '$lib/storage/projector';
import type { OfficeSyncPort, StatusListener } from '$lib/sync/office-sync';
import { IDLE_STATUS, isClockOff } from '$lib/sync/sync-status';
import type { Rejection, SyncResult, SyncStatus } from '$lib/sync/sync-status';
import type {
	OfficeWorkerAnswers,
	OfficeWorkerMessage,
	OfficeWorkerRequest,
	OfficeWorkerSetup
} from './office-worker-protocol';
import { tellWorkersOfActions } from './page-first';

interface Pending {
	readonly resolve: (value: unknown) => void;
	readonly reject: (error: Error) => void;
}

/** One instance of `office.worker.ts`: requests answered by id, statuses passed on. */
class WorkerPort {
	readonly #worker: Worker;
	#next = 1;
	/** The page's clock minus the worker's, from the last message (0 on one laptop clock). */
	clockGapMs = 0;
	readonly #pending = new Map<number, Pending>();
	#broken: Error | null = null;

	constructor(
		worker: Worker,
		private readonly onStatus: (remoteUrl: string, status: SyncStatus) => void
	) {
		this.#worker = worker;
		worker.onmessage = (event: MessageEvent<OfficeWorkerMessage>) => this.#receive(event.data);
		worker.onerror = (event) => this.#fail(new Error(event.message || 'office worker failed'));
	}

	ask<R extends OfficeWorkerRequest>(request: R): Promise<OfficeWorkerAnswers[R['op']]> {
		if (this.#broken !== null) return Promise.reject(this.#broken);
		const id = this.#next++;
		return new Promise((resolve, reject) => {
			this.#pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
			this.#worker.postMessage({ id, request });
		});
	}

	terminate(): void {
		this.#worker.terminate();
		this.#fail(new Error('office worker ended'));
	}

	#receive(message: OfficeWorkerMessage): void {
		this.clockGapMs = Date.now() - message.at;
		if (message.kind === 'status') {
			this.onStatus(message.remoteUrl, message.status);
			return;
		}
		const pending = this.#pending.get(message.id);
		if (pending === undefined) return;
		this.#pending.delete(message.id);
		if (message.kind === 'answer') pending.resolve(message.value);
		else pending.reject(new Error(message.message));
	}

	#fail(error: Error): void {
		this.#broken = error;
		for (const pending of this.#pending.values()) pending.reject(error);
		this.#pending.clear();
	}
}

const SYNC_OPS = new Set<OfficeWorkerRequest['op']>(['sync', 'refresh', 'rejected', 'note-write']);

/** The two office workers of one office database: its sync service and its projector. */
export class OfficeWorker {
	readonly dbName: string;
	readonly #sync: WorkerPort;
	readonly #projection: WorkerPort;
	readonly #statuses = new Map<string, SyncStatus>();
	readonly #listeners = new Map<string, Set<StatusListener>>();

	constructor(start: () => Worker, setup: OfficeWorkerSetup) {
		this.dbName = setup.dbName;
		const onStatus = (remoteUrl: string, reported: SyncStatus) => {
			const status = onPageClock(reported, this.#sync.clockGapMs);
			this.#statuses.set(remoteUrl, status);
			for (const listener of this.#listeners.get(remoteUrl) ?? []) listener(status);
		};
		this.#sync = new WorkerPort(start(), onStatus);
		this.#projection = new WorkerPort(start(), onStatus);
		void this.open(setup).catch(() => undefined);
	}

	/** Opens the office (first time) or gives the workers the catalogue's new rules. */
	async open(setup: OfficeWorkerSetup): Promise<null> {
		await Promise.all([
			this.#sync.ask({ op: 'open', setup }),
			this.#projection.ask({ op: 'open', setup })
		]);
		return null;
	}

	ask<R extends OfficeWorkerRequest>(request: R): Promise<OfficeWorkerAnswers[R['op']]> {
		return (SYNC_OPS.has(request.op) ? this.#sync : this.#projection).ask(request);
	}

	/** A sync run's result with its skew judged against the page's clock. */
	async sync(remoteUrl: string, user: string | null): Promise<SyncResult> {
		const result = await this.#sync.ask({ op: 'sync', remoteUrl, user });
		return onPageClock(result, this.#sync.clockGapMs);
	}

	statusOf(remoteUrl: string): SyncStatus {
		return this.#statuses.get(remoteUrl) ?? IDLE_STATUS;
	}

	onStatus(remoteUrl: string, listener: StatusListener): () => void {
		let set = this.#listeners.get(remoteUrl);
		if (set === undefined) this.#listeners.set(remoteUrl, (set = new Set()));
		set.add(listener);
		return () => set.delete(listener);
	}

	/** The worker's projector, woken by every document this page writes to `store`. */
	projection(store: OfficeStore): Projection {
		return new WorkerProjection(this, store);
	}

	officeSync(remoteUrl: string, user: () => string | null): OfficeSyncPort {
		return new WorkerOfficeSync(this, remoteUrl, user);
	}

	terminate(): void {
		this.#sync.terminate();
		this.#projection.terminate();
	}
}

class WorkerProjection implements Projection {
	#stopWrites: (() => void) | null = null;

	constructor(
		private readonly worker: OfficeWorker,
		private readonly store: OfficeStore
	) {}

	catchUp(): Promise<number> {
		return this.worker.ask({ op: 'catch-up' });
	}

	rebuild(): Promise<number> {
		return this.worker.ask({ op: 'rebuild' });
	}

	start(): void {
		if (this.#stopWrites !== null) return;
		// The worker follows what it writes itself; what the page writes, the page tells it.
		// The document's own dossier first (ADR 36: a first pull may be holding the projector back).
		this.#stopWrites = this.store.onWrite((id) => {
			if (id !== null) void this.worker.ask({ op: 'written', ids: [id] }).catch(() => undefined);
			void this.catchUp().catch(() => undefined);
		});
		void this.worker.ask({ op: 'follow', on: true }).catch(() => undefined);
	}

	stop(): void {
		this.#stopWrites?.();
		this.#stopWrites = null;
		void this.worker.ask({ op: 'follow', on: false }).catch(() => undefined);
	}
}

class WorkerOfficeSync implements OfficeSyncPort {
	constructor(
		private readonly worker: OfficeWorker,
		private readonly remoteUrl: string,
		private readonly user: () => string | null
	) {}

	get status(): SyncStatus {
		return this.worker.statusOf(this.remoteUrl);
	}

	subscribe(listener: StatusListener): () => void {
		const stop = this.worker.onStatus(this.remoteUrl, listener);
		listener(this.status);
		return stop;
	}

	refresh(): Promise<SyncStatus> {
		return this.worker.ask({ op: 'refresh', remoteUrl: this.remoteUrl });
	}

	noteLocalWrite(): void {
		void this.worker.ask({ op: 'note-write', remoteUrl: this.remoteUrl }).catch(() => undefined);
	}

	rejected(): Promise<readonly Rejection[]> {
		return this.worker.ask({ op: 'rejected', remoteUrl: this.remoteUrl });
	}

	sync(): Promise<SyncResult> {
		return this.worker.sync(this.remoteUrl, this.user());
	}
}

/**
 * The skew judged against the page's clock rather than the worker's: the page stamps receipts and
 * due dates. Both read the laptop's clock, so the gap is the message's delay, except under a test
 * that sets the page's clock alone.
 */
function onPageClock<T extends SyncStatus | SyncResult>(reported: T, gapMs: number): T {
	if (reported.clockSkewMs === null || gapMs === 0) return reported;
	const skew = reported.clockSkewMs - gapMs;
	return 'clockOff' in reported
		? { ...reported, clockSkewMs: skew, clockOff: isClockOff(skew) }
		: { ...reported, clockSkewMs: skew };
}

let shared: OfficeWorker | null = null;
/** Set once a page has started telling the workers of the officer's actions (ADR 23). */
let telling = false;

/**
 * The office worker for `setup`'s database, started on first use; null where the platform has no
 * workers (unit tests run everything on one thread).
 */
export function officeWorkerFor(setup: OfficeWorkerSetup): OfficeWorker | null {
	if (typeof Worker === 'undefined') return null;
	if (shared !== null && shared.dbName === setup.dbName) {
		void shared.open(setup).catch(() => undefined);
		return shared;
	}
	shared?.terminate();
	if (!telling && typeof document !== 'undefined') {
		tellWorkersOfActions();
		telling = true;
	}
	const start = () =>
		new Worker(new URL('./office.worker.ts', import.meta.url), {
			type: 'module',
			name: 'motcua-office'
		});
	shared = new OfficeWorker(start, setup);
	return shared;
}
