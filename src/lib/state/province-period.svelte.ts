import { todayLocal } from '$lib/app/clock';
import {
	periodFromText,
	provinceServerUrl,
	recentReportingMonths,
	type PeriodInputError
} from '$lib/app/province-overview';
import type { PresetPeriod, ReportPeriod } from '$lib/domain/report';
import { formatVnDate } from '$lib/domain/time';
import type { FailureCode } from '$lib/sync/couch-http';
import { connectivity } from './connectivity.svelte';

export type ProvinceStatus = 'idle' | 'loading' | 'ready' | FailureCode | PeriodInputError;

/** What one request to the server gives: the whole answer, or why there is none. */
export type ProvinceAnswer<T> =
	{ readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: FailureCode };

/** How a page asks the server for a period: partial answers through `onProgress`. */
export type ProvinceFetch<T> = (
	period: ReportPeriod,
	options: {
		readonly serverUrl: string;
		readonly signal: AbortSignal;
		readonly onProgress: (value: T) => void;
	}
) => Promise<ProvinceAnswer<T>>;

/**
 * The period a province page reads from the server (ADR 12, ADR 32): a reporting month or two
 * typed dates, and the answer office by office as it comes. A new request aborts the one before,
 * and only the latest request's answers are kept, so a slow answer never replaces a newer one.
 */
export class ProvincePeriodState<T> {
	fromText = $state('');
	toText = $state('');
	#status = $state<ProvinceStatus>('idle');
	#value = $state.raw<T | null>(null);
	#request = 0;
	#running: AbortController | null = null;
	#month: PresetPeriod | null = null;
	readonly months: readonly PresetPeriod[];
	readonly #serverUrl: string;

	/**
	 * `origin`: the app's own origin, the server beside it under `/db`; `monthsBack`: which
	 * reporting month is chosen at first (0: the current one, 1: the last whole one).
	 */
	constructor(
		origin: string,
		private readonly fetchPeriod: ProvinceFetch<T>,
		monthsBack = 0
	) {
		this.#serverUrl = provinceServerUrl(origin);
		this.months = recentReportingMonths(todayLocal());
		const first = this.months[monthsBack] ?? this.months[0];
		if (first !== undefined) this.choose(first);
	}

	get status(): ProvinceStatus {
		return this.#status;
	}
	/** The last answer (or part of one); kept while a new period loads or the network is gone. */
	get value(): T | null {
		return this.#value;
	}
	/** What the browser says of the network. */
	get online(): boolean {
		return connectivity.online;
	}
	/** The browser says there is no network, or the last request found none. */
	get offline(): boolean {
		return !connectivity.online || this.#status === 'offline';
	}
	/** The reporting month whose dates are in the fields, '' once a date is typed by hand. */
	get month(): string {
		return this.#month?.from ?? '';
	}

	/** Fills the two dates with a reporting month (a sheet then says "Tháng m năm y"). */
	choose(month: PresetPeriod): void {
		this.#month = month;
		this.fromText = formatVnDate(month.from);
		this.toText = formatVnDate(month.to);
	}

	/** The period typed, as the month chosen while the dates are still that month's. */
	period(): { ok: true; period: ReportPeriod } | { ok: false; error: PeriodInputError } {
		const typed = periodFromText(this.fromText, this.toText);
		if (!typed.ok) return typed;
		const month = this.#month;
		const same = month && month.from === typed.period.from && month.to === typed.period.to;
		return same ? { ok: true, period: month } : typed;
	}

	/**
	 * Stops the request under way (the page is left): its requests are aborted, so the browser's
	 * few connections to the server are free for the next page at once.
	 */
	stop(): void {
		this.#request += 1;
		this.#running?.abort();
		this.#running = null;
	}

	async load(): Promise<void> {
		const request = ++this.#request;
		this.#running?.abort();
		this.#running = null;
		const typed = this.period();
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
		const result = await this.fetchPeriod(typed.period, {
			serverUrl: this.#serverUrl,
			signal: running.signal,
			onProgress: (value) => {
				if (request === this.#request) this.#value = value;
			}
		});
		if (request !== this.#request) return;
		this.#running = null;
		if (result.ok) this.#value = result.value;
		this.#status = result.ok ? 'ready' : result.error;
	}
}
