import { nowLocal, todayLocal } from '$lib/app/clock';
import type { DayEndSummary, DeskSyncReport } from '$lib/app/day-end';
import type { ReportApi } from '$lib/app/desk-api';
import { isIsoDate } from '$lib/domain/time';

export type { DayEndSummary, DeskSyncReport } from '$lib/app/day-end';

/** Today's figures move with the clock (the overdue cut-off is "now"). */
const CLOCK_TICK_MS = 60_000;

/**
 * The Cuối ngày page: which day, the summary built for it, and the sync part the sync service
 * fills in: `desks` (what the server knows of each desk) and `syncNow` ("Đồng bộ ngay", shown only
 * when set). Both are plain fields so the page that owns the sync state can set them.
 */
export class DayEndState {
	/** `YYYY-MM-DD` from the date picker; today (Vietnam time) by default. */
	date = $state<string>(todayLocal());
	desks = $state.raw<readonly DeskSyncReport[]>([]);
	syncNow = $state.raw<(() => Promise<unknown>) | null>(null);
	#summary = $state.raw<DayEndSummary | null>(null);
	#busy = $state(false);
	#syncing = $state(false);
	#error = $state<string | null>(null);
	#run = 0;

	constructor(private readonly api: Pick<ReportApi, 'dayEndSummary' | 'onDeskRowsChange'>) {}

	get summary(): DayEndSummary | null {
		return this.#summary;
	}
	get busy(): boolean {
		return this.#busy;
	}
	get syncing(): boolean {
		return this.#syncing;
	}
	get error(): string | null {
		return this.#error;
	}
	get today(): string {
		return todayLocal();
	}

	/** Builds the summary again when the projector writes rows and, for today, as time passes. */
	follow(): () => void {
		const stop = this.api.onDeskRowsChange(() => void this.refresh());
		const tick = setInterval(() => {
			if (this.date === todayLocal()) void this.refresh();
		}, CLOCK_TICK_MS);
		return () => {
			clearInterval(tick);
			stop();
		};
	}

	async refresh(): Promise<void> {
		const date = this.date;
		if (!isIsoDate(date)) return;
		const run = ++this.#run;
		this.#busy = true;
		try {
			const summary = await this.api.dayEndSummary({ date, now: nowLocal(), desks: this.desks });
			// A later request (another date, a newer write) wins over a slower earlier one.
			if (run !== this.#run) return;
			this.#summary = summary;
			this.#error = null;
		} catch (error) {
			if (run === this.#run) this.#error = error instanceof Error ? error.message : String(error);
		} finally {
			if (run === this.#run) this.#busy = false;
		}
	}

	/** "Đồng bộ ngay": runs the sync the page was given, then counts again. */
	async sync(): Promise<void> {
		const syncNow = this.syncNow;
		if (syncNow === null || this.#syncing) return;
		this.#syncing = true;
		try {
			await syncNow();
		} finally {
			this.#syncing = false;
		}
		await this.refresh();
	}
}
