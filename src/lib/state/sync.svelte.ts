import type { DeskFacts, DeskSyncPort, SyncApi } from '$lib/app/desk-api';
import type {
	DeskSyncResult,
	KnownDesk,
	Rejection,
	SyncHost,
	SyncStatus
} from '$lib/app/desk-sync';
import type { DeskSyncReport } from '$lib/app/day-end';
import { isOnline, watchConnectivity } from '$lib/sync/connectivity';
import { IDLE_STATUS, isClockOff } from '$lib/sync/sync-status';

/** Every few minutes (architecture.md §5); a desk holds no continuous feed open. */
export const SYNC_EVERY_MS = 5 * 60 * 1000;
/** A local change goes up this soon after it is written, when online. */
const AFTER_WRITE_MS = 15 * 1000;

/** What the sync needs of the desk it serves. */
export type SyncDesk = SyncApi & Pick<DeskFacts, 'officerNames'>;

/**
 * Replication of the desk for the screens: the status indicator, "Đồng bộ ngay" with its result,
 * the documents the server refused, and the schedule (every few minutes, when the connection
 * returns, shortly after a local change).
 */
export class SyncState {
	#status = $state.raw<SyncStatus>(IDLE_STATUS);
	#online = $state(isOnline());
	#result = $state.raw<DeskSyncResult | null>(null);
	#lastMoved = $state.raw<{ readonly result: DeskSyncResult; readonly at: number } | null>(null);
	#rejected = $state.raw<readonly Rejection[]>([]);
	#deskReports = $state.raw<readonly DeskSyncReport[]>([]);
	#sync: DeskSyncPort | null = null;
	#desk: SyncDesk | null = null;
	/** The desk's side of the schedule; until it is given, nothing runs on a schedule. */
	#host: SyncHost | null = null;
	#stops: (() => void)[] = [];
	#afterWrite: ReturnType<typeof setTimeout> | null = null;
	/** After access denied or an expired session, the schedule waits for a person to act. */
	#held = false;

	/** Offline as soon as the browser says so, whatever the last run said. */
	get status(): SyncStatus {
		const status = this.#status;
		return this.#online || status.state === 'syncing' ? status : { ...status, state: 'offline' };
	}
	get result(): DeskSyncResult | null {
		return this.#result;
	}
	/**
	 * The last run that sent, received or had refused anything, with when it ended: a scheduled
	 * run that found nothing to do must not hide it ("gửi 7" stays readable after "gửi 0").
	 */
	get lastMoved(): { readonly result: DeskSyncResult; readonly at: number } | null {
		return this.#lastMoved;
	}
	get rejected(): readonly Rejection[] {
		return this.#rejected;
	}
	/** The office's desks the server knows, with what each last reported (day-end page). */
	get deskReports(): readonly DeskSyncReport[] {
		return this.#deskReports;
	}
	/**
	 * Minutes the laptop clock is off the server's when beyond the tolerance (deadlines come from
	 * this clock, ADR 13), otherwise null.
	 */
	get clockOffMinutes(): number | null {
		const skew = this.#status.clockSkewMs;
		return isClockOff(skew) ? Math.round(Math.abs(skew ?? 0) / 60000) : null;
	}
	get running(): boolean {
		return this.#status.state === 'syncing';
	}

	/**
	 * Follows the desk's API: call from an effect with the current one (or null), and the desk's
	 * host (who the officer is, whether a run may go, what to do when the catalogue changed).
	 */
	follow(api: SyncDesk | null, serverUrl: string | null, host: SyncHost): void {
		this.#host = host;
		if (api === this.#desk) return;
		this.#detach();
		this.#desk = api;
		if (api === null || serverUrl === null) return;
		const sync = api.openSync(serverUrl, () => host.user());
		this.#sync = sync;
		this.#stops.push(sync.office.subscribe((s) => (this.#status = s)));
		void sync.office.refresh();
		void sync.office.rejected().then((r) => (this.#rejected = r));
		const timer = setInterval(() => void this.#scheduled(), SYNC_EVERY_MS);
		this.#stops.push(() => clearInterval(timer));
		this.#online = isOnline();
		this.#stops.push(
			watchConnectivity((online) => {
				this.#online = online;
				if (online) void this.#scheduled();
			})
		);
		this.#stops.push(api.onLocalWrite(() => this.#localChange(sync)));
		// Start-up and the first login: bring what the server has.
		void this.#scheduled();
	}

	#detach(): void {
		for (const stop of this.#stops.splice(0)) stop();
		if (this.#afterWrite) clearTimeout(this.#afterWrite);
		this.#afterWrite = null;
		this.#sync = null;
		this.#held = false;
		this.#status = IDLE_STATUS;
		this.#result = null;
		this.#lastMoved = null;
	}

	#localChange(sync: DeskSyncPort): void {
		if (this.#sync !== sync) return;
		sync.office.noteLocalWrite();
		if (this.#afterWrite) clearTimeout(this.#afterWrite);
		this.#afterWrite = setTimeout(() => void this.#scheduled(), AFTER_WRITE_MS);
	}

	async #scheduled(): Promise<void> {
		// A locked desk does not sync as its officer; offline it would only fail.
		if (this.#host?.canRun() !== true || !isOnline() || this.#held) return;
		await this.#run();
	}

	/** Counts the unsent changes again (before a logout confirmation). */
	async refreshUnsent(): Promise<number> {
		return (await this.#sync?.office.refresh())?.unsent ?? 0;
	}

	/** "Đồng bộ ngay" (and a login): one run, its result kept for the page. */
	async syncNow(): Promise<DeskSyncResult | null> {
		this.#held = false;
		return this.#run();
	}

	async #run(): Promise<DeskSyncResult | null> {
		const sync = this.#sync;
		if (sync === null) return null;
		const result = await sync.run();
		if (this.#sync !== sync) return result;
		this.#result = result;
		if (result.sent + result.received + result.rejected.length > 0) {
			this.#lastMoved = { result, at: Date.now() };
		}
		this.#held = result.status === 'access-denied' || result.status === 'needs-login';
		this.#rejected = await sync.office.rejected();
		if (result.catalogueReceived > 0) await this.#host?.catalogueChanged();
		// A supervisor's desk keeps the other desks' reports fresh for the day-end page.
		if (result.status === 'up-to-date' && this.#host?.supervises() === true) {
			await this.loadDeskReports();
		}
		return result;
	}

	/** Reads the desks' reports from the server; keeps the last ones when it cannot be reached. */
	async loadDeskReports(): Promise<readonly DeskSyncReport[]> {
		let known: KnownDesk[] | null;
		try {
			known = (await this.#sync?.knownDesks()) ?? null;
		} catch {
			known = null;
		}
		const names = this.#desk?.officerNames;
		const nameOf = (user: string | null) => (user === null ? null : (names?.get(user) ?? user));
		if (known !== null) {
			this.#deskReports = known.map((d) => ({
				deskId: d.deskId,
				deskName: d.deskName,
				officer: nameOf(d.report?.officer ?? null),
				unsent: d.report?.unsent ?? null,
				lastSyncAt: d.report?.lastSyncAt ?? null,
				reportedAt: d.report?.reportedAt ?? null,
				rejected: d.report?.rejected ?? []
			}));
		}
		return this.#deskReports;
	}
}

export const sync = new SyncState();
