/**
 * The feedback screens' state (PAKN, ADR 29): the list with its search and filters, the intake
 * form with its draft kept on this laptop, and one feedback with its steps, each following the
 * read model as the projector writes it.
 */
import { nowLocal } from '$lib/app/clock';
import type { DeskFacts, FeedbackApi, FeedbackRow } from '$lib/app/desk-api';
import type { FeedbackActResult, FeedbackView, TakeFeedbackFailure } from '$lib/app/feedback';
import {
	filterFeedback,
	feedbackUrgency,
	NO_FEEDBACK_FILTERS,
	type FeedbackFilters
} from '$lib/app/feedback-list';
import { dueWindows, type Urgency } from '$lib/domain/classification/urgency';
import {
	emptyFeedbackInput,
	type Feedback,
	type FeedbackInput,
	type FeedbackInputErrors,
	type FeedbackStepDraft
} from '$lib/domain/feedback';
import type { LocalDateTime } from '$lib/domain/time';

const CLOCK_TICK_MS = 30_000;

/** The list: every row of the office, filtered in memory on each key press. */
export class FeedbackListState {
	text = $state('');
	filters = $state<Omit<FeedbackFilters, 'text'>>({ ...NO_FEEDBACK_FILTERS });
	#rows = $state.raw<FeedbackRow[]>([]);
	#loaded = $state(false);
	#now = $state<LocalDateTime>(nowLocal());
	readonly #windows = $derived.by(() => dueWindows(this.#now, this.api.deadlines.calendar));
	readonly #shown = $derived.by(() =>
		filterFeedback(this.#rows, { ...this.filters, text: this.text }, this.#windows)
	);

	constructor(
		private readonly api: Pick<FeedbackApi, 'watchFeedbackList'> & Pick<DeskFacts, 'deadlines'>
	) {}

	get loaded(): boolean {
		return this.#loaded;
	}
	get total(): number {
		return this.#rows.length;
	}
	get shown(): readonly FeedbackRow[] {
		return this.#shown;
	}
	urgency(row: FeedbackRow): Urgency | null {
		return feedbackUrgency(row, this.#windows);
	}

	/** Follows the rows and the clock (due states move with time); returns the stop. */
	connect(): () => void {
		const stop = this.api.watchFeedbackList({
			next: (rows) => {
				this.#rows = rows;
				this.#loaded = true;
			}
		});
		const tick = setInterval(() => (this.#now = nowLocal()), CLOCK_TICK_MS);
		return () => {
			stop();
			clearInterval(tick);
		};
	}
}

/** The form's fields as the inputs bind them. */
type EditableInput = { -readonly [K in keyof FeedbackInput]: FeedbackInput[K] };

/** The intake form: its fields, kept as a draft on this laptop until taken in or cleared. */
export class FeedbackIntakeState {
	input = $state<EditableInput>(emptyFeedbackInput());
	#errors = $state.raw<FeedbackInputErrors>({});
	#failure = $state<TakeFeedbackFailure | null>(null);
	#busy = $state(false);
	#restored = $state(false);
	#ready = false;

	constructor(
		private readonly api: Pick<
			FeedbackApi,
			'takeFeedback' | 'feedbackDrafts' | 'feedbackInputAbout'
		>
	) {}

	get errors(): FeedbackInputErrors {
		return this.#errors;
	}
	get failure(): TakeFeedbackFailure | null {
		return this.#failure;
	}
	get busy(): boolean {
		return this.#busy;
	}
	/** Whether a half-typed form was brought back from the draft. */
	get restored(): boolean {
		return this.#restored;
	}

	/**
	 * Brings back a half-typed form; opened from a dossier (`aboutDossier`), a form already typed
	 * about that dossier is kept, anything else is replaced by one filled in from the dossier.
	 */
	async restore(aboutDossier: string | null = null): Promise<void> {
		const draft = await this.api.feedbackDrafts?.load();
		const keep = draft && (aboutDossier === null || draft.dossierCode === aboutDossier);
		if (draft && keep) {
			this.input = draft;
			this.#restored = true;
		} else if (aboutDossier !== null) {
			const filled = await this.api.feedbackInputAbout(aboutDossier);
			if (filled) this.input = filled;
		}
		this.#ready = true;
		if (aboutDossier !== null && !keep) await this.save();
	}

	/** Keeps what is typed (after `restore`, so an empty form never overwrites the draft). */
	async save(): Promise<void> {
		if (!this.#ready) return;
		await this.api.feedbackDrafts?.save($state.snapshot(this.input));
	}

	async clear(): Promise<void> {
		this.input = emptyFeedbackInput();
		this.#errors = {};
		this.#failure = null;
		this.#restored = false;
		await this.api.feedbackDrafts?.clear();
	}

	/** Takes the feedback in; its record on success (the draft is then cleared). */
	async submit(): Promise<Feedback | null> {
		this.#busy = true;
		this.#failure = null;
		try {
			const result = await this.api.takeFeedback($state.snapshot(this.input), nowLocal());
			if (result.ok) {
				this.#errors = {};
				await this.api.feedbackDrafts?.clear();
				return result.feedback;
			}
			if ('errors' in result) this.#errors = result.errors;
			else this.#failure = result.failure;
			return null;
		} finally {
			this.#busy = false;
		}
	}
}

/** One feedback's page: its record, its steps folded, and the steps this officer may take. */
export class FeedbackViewState {
	#view = $state.raw<FeedbackView | null>(null);
	#loaded = $state(false);
	#busy = $state(false);
	#error = $state<Extract<FeedbackActResult, { ok: false }>['error'] | null>(null);

	constructor(
		private readonly api: Pick<FeedbackApi, 'viewFeedback' | 'watchFeedback' | 'actOnFeedback'>,
		readonly code: string
	) {}

	get view(): FeedbackView | null {
		return this.#view;
	}
	get loaded(): boolean {
		return this.#loaded;
	}
	get busy(): boolean {
		return this.#busy;
	}
	get error() {
		return this.#error;
	}

	async load(): Promise<void> {
		this.#view = await this.api.viewFeedback(this.code);
		this.#loaded = true;
	}

	/** Reloads whenever the feedback's row changes (a step here or one synced); returns the stop. */
	follow(): () => void {
		return this.api.watchFeedback(this.code, () => void this.load());
	}

	async act(draft: FeedbackStepDraft): Promise<boolean> {
		this.#busy = true;
		this.#error = null;
		try {
			const result = await this.api.actOnFeedback(this.code, draft, nowLocal());
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
