import { todayLocal } from '$lib/app/clock';
import {
	periodFromText,
	provinceOverview,
	provinceServerUrl,
	recentReportingMonths,
	type OverviewError,
	type PeriodInputError,
	type ProvinceOverview
} from '$lib/app/province-overview';
import type { PresetPeriod } from '$lib/domain/report';
import { formatVnDate } from '$lib/domain/time';
import { connectivity } from './connectivity.svelte';

export type ProvinceOverviewStatus =
	'idle' | 'loading' | 'ready' | OverviewError | PeriodInputError;

/**
 * The Toàn tỉnh page (ADR 12): the period typed or chosen, and the counts the server gave for
 * it, office by office as they come. A new request stops the one before (its requests are
 * aborted), and only the latest request's answers are kept, so a slow answer never replaces a
 * newer one.
 */
export class ProvinceOverviewState {
	fromText = $state('');
	toText = $state('');
	#status = $state<ProvinceOverviewStatus>('idle');
	#overview = $state.raw<ProvinceOverview | null>(null);
	#request = 0;
	#running: AbortController | null = null;
	readonly months: readonly PresetPeriod[];
	readonly #serverUrl: string;

	/** `origin`: the app's own origin; the server is beside it under `/db`. */
	constructor(origin: string) {
		this.#serverUrl = provinceServerUrl(origin);
		this.months = recentReportingMonths(todayLocal());
		const current = this.months[0];
		if (current !== undefined) this.choose(current);
	}

	get status(): ProvinceOverviewStatus {
		return this.#status;
	}
	/** The last counts received; kept while a new period loads or the network is gone. */
	get overview(): ProvinceOverview | null {
		return this.#overview;
	}
	/** What the browser says of the network. */
	get online(): boolean {
		return connectivity.online;
	}
	/** The browser says there is no network, or the last request found none. */
	get offline(): boolean {
		return !connectivity.online || this.#status === 'offline';
	}

	/** Fills the two dates with a reporting month. */
	choose(month: PresetPeriod): void {
		this.fromText = formatVnDate(month.from);
		this.toText = formatVnDate(month.to);
	}

	async load(): Promise<void> {
		const request = ++this.#request;
		this.#running?.abort();
		this.#running = null;
		const typed = periodFromText(this.fromText, this.toText);
		if (!typed.ok) {
			this.#status = typed.error;
			return;
		}
		if (!connectivity.online) {
			this.#status = 'offline';
			return;
		}
		this.#status = 'loading';
		const running = new AbortController();
		this.#running = running;
		const result = await provinceOverview(typed.period, {
			serverUrl: this.#serverUrl,
			signal: running.signal,
			onProgress: (overview) => {
				if (request === this.#request) this.#overview = overview;
			}
		});
		if (request !== this.#request) return;
		this.#running = null;
		if (result.ok) this.#overview = result.overview;
		this.#status = result.ok ? 'ready' : result.error;
	}
}
