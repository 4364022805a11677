import { nowLocal } from '$lib/app/clock';
import {
	NO_FILTERS,
	type DeskFacts,
	type DossierFilters,
	type DossierListApi,
	type DossierListSource,
	type ListEntry,
	type SearchKind
} from '$lib/app/desk-api';
import { dueWindows, urgencyOf, type Urgency } from '$lib/domain/classification/urgency';
import type { LocalDateTime } from '$lib/domain/time';

export type { ListEntry } from '$lib/app/desk-api';

/** Typing pauses this long before the list is searched again (Enter searches at once). */
export const SEARCH_DEBOUNCE_MS = 150;
const CLOCK_TICK_MS = 30_000;

/** What the list needs of the desk: its calendar (for due windows) and its dossier list. */
export type DossierListDesk = Pick<DeskFacts, 'deadlines'> & Pick<DossierListApi, 'dossierList'>;

/** What was last searched, so coming back from a dossier finds the list as it was left. */
let lastText = '';

/**
 * The dossier list (issue 4): one search box (code, citizen ID or name without diacritics),
 * filters, and the matching dossiers in due order, following the projector's writes.
 */
export class DossierListState {
	readonly #index: DossierListSource;
	readonly #api: DossierListDesk;
	#text = $state(lastText);
	#query = $state(lastText);
	#filters = $state.raw<DossierFilters>(NO_FILTERS);
	#now = $state<LocalDateTime>(nowLocal());
	#version = $state(0);
	#loaded = $state(false);
	#timer: ReturnType<typeof setTimeout> | undefined;

	readonly #windows = $derived.by(() => dueWindows(this.#now, this.#api.deadlines.calendar));
	readonly #result = $derived.by(() => {
		void this.#version;
		return this.#index.search({
			text: this.#query,
			filters: this.#filters,
			windows: this.#windows
		});
	});

	constructor(api: DossierListDesk, filters: DossierFilters = NO_FILTERS) {
		this.#api = api;
		this.#index = api.dossierList();
		this.#filters = filters;
		this.#loaded = this.#index.loaded;
	}

	get text(): string {
		return this.#text;
	}

	/** The box's text; the search follows after a short pause in typing. */
	set text(value: string) {
		this.#text = value;
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => this.searchNow(), SEARCH_DEBOUNCE_MS);
	}

	/** Searches the box's text now (Enter, a scanner's final key). */
	searchNow(): void {
		clearTimeout(this.#timer);
		this.#query = this.#text;
		lastText = this.#text;
	}

	get filters(): DossierFilters {
		return this.#filters;
	}

	set filters(value: DossierFilters) {
		this.#filters = value;
	}

	get entries(): readonly ListEntry[] {
		return this.#result.entries;
	}

	get total(): number {
		return this.#result.entries.length;
	}

	/** How the text was understood: by code, by ID number or by name. */
	get kind(): SearchKind {
		return this.#result.kind;
	}

	/** False while the list is still being read for the first time (it grows as it loads). */
	get loaded(): boolean {
		return this.#loaded;
	}

	/** Overdue, due today or due soon at the current time (a function value, to pass as a prop). */
	readonly urgency = (entry: ListEntry): Urgency | null =>
		urgencyOf(
			{ open: entry.open === 1, paused: entry.paused === 1, dueAt: entry.dueAt },
			this.#windows
		);

	/** Follows the read model and the clock; returns the function that stops (for `$effect`). */
	connect(): () => void {
		const unsubscribe = this.#index.subscribe(() => {
			this.#version += 1;
			this.#loaded = this.#index.loaded;
		});
		void this.#index.whenLoaded().then(() => (this.#loaded = true));
		const tick = setInterval(() => (this.#now = nowLocal()), CLOCK_TICK_MS);
		return () => {
			unsubscribe();
			clearInterval(tick);
			clearTimeout(this.#timer);
		};
	}
}
