import type { DataCheckApi } from '$lib/app/desk-api';
import { SETTLING_CHANGES } from '$lib/app/data-check';

/** How often the desk looks how far the read model trails the documents. */
export const LAG_POLL_MS = 2_000;
/** Fewer are caught up within a moment: an ordinary receipt or sync never flashes a notice. */
export const LAG_SHOWN_FROM = SETTLING_CHANGES;

/**
 * How far the lists, the work queue and the report trail what the laptop holds: after a first
 * sync the documents are all here while the projector still folds them (ADR 36), and a
 * supervisor must not read a half-built report as the office's.
 */
export class ReadModelLagState {
	#behind = $state(0);
	#api: Pick<DataCheckApi, 'readModelBehind'> | null = null;
	#timer: ReturnType<typeof setInterval> | null = null;

	/** Changes not folded yet, when enough to say so; otherwise 0. */
	get behind(): number {
		return this.#behind >= LAG_SHOWN_FROM ? this.#behind : 0;
	}

	/** Follows the desk's API (null: nobody at a desk). */
	follow(api: Pick<DataCheckApi, 'readModelBehind'> | null): void {
		if (api === this.#api) return;
		if (this.#timer !== null) clearInterval(this.#timer);
		this.#timer = null;
		this.#api = api;
		this.#behind = 0;
		if (api === null) return;
		const look = async () => {
			const behind = await api.readModelBehind().catch(() => 0);
			if (this.#api === api) this.#behind = behind;
		};
		void look();
		this.#timer = setInterval(() => void look(), LAG_POLL_MS);
	}
}

export const readModelLag = new ReadModelLagState();
