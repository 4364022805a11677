import { nowLocal } from '$lib/app/clock';
import {
	actOnDossier,
	viewDossier,
	viewFromServer,
	type ActError,
	type DossierView
} from '$lib/app/dossier-actions';
import type { Workspace } from '$lib/app/workspace';
import type { EventDraft } from '$lib/domain/lifecycle';
import { serverUrlFor } from '$lib/sync/couch-session';
import type { FailureCode } from '$lib/sync/couch-http';
import { liveQuery, type Subscription } from 'dexie';

/** One dossier's page: its folded history, kept current as the projector sees new events. */
export class DossierViewState {
	#view = $state.raw<DossierView | null>(null);
	#loaded = $state(false);
	#busy = $state(false);
	#error = $state<ActError | null>(null);
	#serverError = $state<FailureCode | null>(null);
	#subscription: Subscription | null = null;

	constructor(
		private readonly ws: Workspace,
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
		const local = await viewDossier(this.ws, this.code);
		if (local !== null || this.#view?.archived !== true) {
			this.#view = local ?? (await this.#fromServer());
		}
		this.#loaded = true;
	}

	async #fromServer(): Promise<DossierView | null> {
		const answer = await viewFromServer(this.ws, this.code, serverUrlFor(location.origin));
		this.#serverError = answer.ok ? null : answer.error;
		return answer.ok ? answer.view : null;
	}

	/** Reloads whenever the read model's row of this dossier changes (a local or replicated event). */
	follow(): () => void {
		const rows = liveQuery(() => this.ws.readModel.dossiers.get(this.code));
		this.#subscription = rows.subscribe({ next: () => void this.load() });
		return () => this.#subscription?.unsubscribe();
	}

	async act(draft: EventDraft): Promise<boolean> {
		this.#busy = true;
		this.#error = null;
		try {
			const result = await actOnDossier(this.ws, this.code, draft, nowLocal());
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
