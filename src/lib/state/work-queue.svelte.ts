import { nowLocal } from '$lib/app/clock';
import type { DeskFacts, DossierListApi, WorkQueueEntry } from '$lib/app/desk-api';
import { dueWindows } from '$lib/domain/classification/urgency';

export { WORK_QUEUE_FILTERS, type WorkQueueEntry, type WorkQueueKind } from '$lib/app/desk-api';

const CLOCK_TICK_MS = 60_000;

/** What the work queue needs of the desk: its calendar and the live queue. */
export type WorkQueueDesk = Pick<DeskFacts, 'deadlines'> & Pick<DossierListApi, 'watchWorkQueue'>;

/**
 * The desk's work queue on the home screen (issue 4): overdue, due today or on the next working
 * day, results waiting to be returned, dossiers flagged for the supervisor; counts and the first
 * few of each, live from the read model and re-counted as the clock moves.
 */
export class WorkQueueState {
	readonly #api: WorkQueueDesk;
	readonly #size: number;
	#entries = $state.raw<readonly WorkQueueEntry[] | null>(null);
	#error = $state<string | null>(null);

	constructor(api: WorkQueueDesk, size = 4) {
		this.#api = api;
		this.#size = size;
	}

	/** Null until the first answer. */
	get entries(): readonly WorkQueueEntry[] | null {
		return this.#entries;
	}

	get error(): string | null {
		return this.#error;
	}

	/** Follows the read model and the clock; returns the function that stops (for `$effect`). */
	connect(): () => void {
		let stop = this.#subscribe();
		const tick = setInterval(() => {
			stop();
			stop = this.#subscribe();
		}, CLOCK_TICK_MS);
		return () => {
			clearInterval(tick);
			stop();
		};
	}

	#subscribe(): () => void {
		const windows = dueWindows(nowLocal(), this.#api.deadlines.calendar);
		return this.#api.watchWorkQueue(windows, this.#size, {
			next: (entries) => {
				this.#entries = entries;
				this.#error = null;
			},
			error: (error: unknown) => {
				this.#error = error instanceof Error ? error.message : String(error);
			}
		});
	}
}
