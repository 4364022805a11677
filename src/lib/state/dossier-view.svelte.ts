import { nowLocal } from '$lib/app/clock';
import type { DossierApi, FailureCode } from '$lib/app/desk-api';
import type { ActError, DossierView } from '$lib/app/dossier-actions';
import type { EventDraft } from '$lib/domain/lifecycle';

/** One dossier's page: its folded history, kept current as the projector sees new events. */
export class DossierViewState {
	#view = $state.raw<DossierView | null>(null);
	#loaded = $state(false);
	#busy = $state(false);
	#error = $state<ActError | null>(null);
	#serverError = $state<FailureCode | null>(null);
	#stop: (() => void) | null = null;

	constructor(
		private readonly api: Pick<
			DossierApi,
			'viewDossier' | 'viewFromServer' | 'watchDossier' | 'act'
		>,
		readonly code: string
	) {}

	get view(): DossierView | null {
		return this.#view;
	}
	get loaded(): boolean {
		return this.#loaded;
	}
	get busy(): boolean {
		return this.#busy;
	}
	/** The code of the last refused action, for the message next to the action form. */
	get error(): ActError | null {
		return this.#error;
	}

	/**
	 * Why a dossier this laptop does not hold could not be read from the server (`offline`: the
	 * page says a connection is needed); null when it was read or is not on the server either.
	 */
	get serverError(): FailureCode | null {
		return this.#serverError;
	}

	/** From this laptop; a dossier it does not hold (closed before its window) from the server. */
	async load(): Promise<void> {
		const local = await this.api.viewDossier(this.code);
		if (local !== null || this.#view?.archived !== true) {
			this.#view = local ?? (await this.#fromServer());
		}
		this.#loaded = true;
	}

	async #fromServer(): Promise<DossierView | null> {
		const answer = await this.api.viewFromServer(this.code);
		this.#serverError = answer.ok ? null : answer.error;
		return answer.ok ? answer.view : null;
	}

	/** Reloads whenever the read model's row of this dossier changes (a local or replicated event). */
	follow(): () => void {
		this.#stop = this.api.watchDossier(this.code, () => void this.load());
		return () => this.#stop?.();
	}

	async act(draft: EventDraft): Promise<boolean> {
		this.#busy = true;
		this.#error = null;
		try {
			const result = await this.api.act(this.code, draft, nowLocal());
			if (!result.ok) {
				this.#error = result.error;
				return false;
			}
			await this.load();
			return true;
		} finally {
			this.#busy = false;
		}
	}

	clearError(): void {
		this.#error = null;
	}
}
