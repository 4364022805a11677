import { liveQuery, type Subscription } from 'dexie';
import { nowLocal } from '$lib/app/clock';
import type { Workspace } from '$lib/app/workspace';
import { dueWindows } from '$lib/domain/classification/urgency';
import { workQueue, type WorkQueueEntry } from '$lib/storage/dossier-queries';

export {
	WORK_QUEUE_FILTERS,
	type WorkQueueEntry,
	type WorkQueueKind
} from '$lib/storage/dossier-queries';

const CLOCK_TICK_MS = 60_000;

/**
 * The desk's work queue on the home screen (issue 4): overdue, due today or on the next working
 * day, results waiting to be returned, dossiers flagged for the supervisor; counts and the first
 * few of each, live from the read model (Dexie `liveQuery`) and re-counted as the clock moves.
 */
export class WorkQueueState {
	readonly #ws: Workspace;
	readonly #size: number;
	#entries = $state.raw<readonly WorkQueueEntry[] | null>(null);
	#error = $state<string | null>(null);

	constructor(ws: Workspace, size = 4) {
		this.#ws = ws;
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
		let subscription = this.#subscribe();
		const tick = setInterval(() => {
			subscription.unsubscribe();
			subscription = this.#subscribe();
		}, CLOCK_TICK_MS);
		return () => {
			clearInterval(tick);
			subscription.unsubscribe();
		};
	}

	#subscribe(): Subscription {
		const windows = dueWindows(nowLocal(), this.#ws.deadlines.calendar);
		const db = this.#ws.readModel;
		return liveQuery(() => workQueue(db, windows, this.#size)).subscribe({
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
