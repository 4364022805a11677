import type { DossierRow, LookupApi } from '$lib/app/desk-api';
import { maskedInitials } from '$lib/domain/applicant/initials';
import type { LifecycleState } from '$lib/domain/lifecycle';
import type { LocalDateTime } from '$lib/domain/time';

/** What a citizen may see of a dossier at the lookup kiosk: no personal data but initials. */
export interface CitizenView {
	readonly code: string;
	readonly initials: string;
	readonly procedureName: string;
	readonly status: LifecycleState;
	readonly receivedAt: LocalDateTime;
	/** The due time in force, or the new date promised in an apology letter; null when none. */
	readonly dueAt: LocalDateTime | null;
	readonly promised: boolean;
	readonly deliveredAt: LocalDateTime | null;
}

export type LookupResult =
	| { readonly found: true; readonly view: CitizenView }
	| {
			readonly found: false;
			readonly code: string;
			/** Not on this laptop, and the server (which keeps older dossiers) could not be asked. */
			readonly needsConnection: boolean;
	  };

export function citizenView(row: DossierRow): CitizenView {
	const promised = row.promisedDueAt !== null && row.open === 1;
	return {
		code: row.code,
		initials: maskedInitials(row.applicantName),
		procedureName: row.procedureName,
		status: row.status,
		receivedAt: row.receivedAt as LocalDateTime,
		dueAt: (promised ? row.promisedDueAt : row.dueAt || null) as LocalDateTime | null,
		promised,
		deliveredAt: row.deliveredAt as LocalDateTime | null
	};
}

/** Forget the answer after this long, so the next citizen at the kiosk does not see it. */
export const LOOKUP_CLEAR_MS = 90_000;

/** The citizens' lookup (issue 4): a code typed or scanned, answered from the local read model. */
export class DossierLookupState {
	readonly #api: LookupApi;
	#result = $state.raw<LookupResult | null>(null);
	#stopWatching: (() => void) | null = null;
	#clearTimer: ReturnType<typeof setTimeout> | undefined;
	/** Which lookup an answer from the server belongs to (a later one or a clear wins). */
	#asked = 0;

	constructor(api: LookupApi) {
		this.#api = api;
	}

	/** Null before a lookup and after it was cleared. */
	get result(): LookupResult | null {
		return this.#result;
	}

	/** Looks a code up, then follows that dossier while its answer is shown. */
	lookUp(code: string): void {
		this.#stop();
		const typed = code.trim();
		if (typed === '') return;
		const asked = ++this.#asked;
		this.#stopWatching = this.#api.watchLookup(typed, {
			next: (row) => {
				if (row) this.#result = { found: true, view: citizenView(row) };
				else void this.#fromServer(typed, asked);
			},
			error: () => (this.#result = { found: false, code: typed, needsConnection: false })
		});
		this.#clearTimer = setTimeout(() => this.clear(), LOOKUP_CLEAR_MS);
	}

	/** A dossier this laptop does not hold (closed before the office's window, ADR 18). */
	async #fromServer(typed: string, asked: number): Promise<void> {
		const code = typed.toUpperCase();
		const answer = await this.#api.lookUpOnServer(code);
		if (asked !== this.#asked) return;
		const row = answer.ok ? answer.row : null;
		this.#result = row
			? { found: true, view: citizenView(row) }
			: { found: false, code: typed, needsConnection: !answer.ok && answer.error === 'offline' };
	}

	clear(): void {
		this.#asked += 1;
		this.#stop();
		this.#result = null;
	}

	#stop(): void {
		clearTimeout(this.#clearTimer);
		this.#stopWatching?.();
		this.#stopWatching = null;
	}
}
