import { todayLocal } from '$lib/app/clock';
import {
	periodFromText,
	provinceServerUrl,
	recentReportingMonths,
	type PeriodInputError
} from '$lib/app/province-overview';
import {
	provinceReportSheet,
	provinceSubmissions,
	type ProvinceSubmissions
} from '$lib/app/province-report';
import type {
	PresetPeriod,
	ProvinceReport,
	ProvinceRows,
	ReportPeriod,
	ReportSheet
} from '$lib/domain/report';
import { formatVnDate } from '$lib/domain/time';
import type { FailureCode } from '$lib/sync/couch-http';
import { connectivity } from './connectivity.svelte';

export type ProvinceReportStatus = 'idle' | 'loading' | 'ready' | FailureCode | PeriodInputError;

/**
 * The province's report page (ADR 32): a reporting month or typed dates, rows by office or by
 * sector, and the offices' submissions as they come. A new request aborts the one before.
 */
export class ProvinceReportState {
	fromText = $state('');
	toText = $state('');
	rowsBy = $state<ProvinceRows>('office');
	#status = $state<ProvinceReportStatus>('idle');
	#submissions = $state.raw<ProvinceSubmissions | null>(null);
	#request = 0;
	#running: AbortController | null = null;
	#month: PresetPeriod | null = null;
	readonly months: readonly PresetPeriod[];
	readonly #serverUrl: string;

	constructor(
		origin: string,
		private readonly preparer: () => string
	) {
		this.#serverUrl = provinceServerUrl(origin);
		// The last whole reporting month: the one a province compiles.
		this.months = recentReportingMonths(todayLocal());
		const last = this.months[1] ?? this.months[0];
		if (last !== undefined) this.choose(last);
	}

	get status(): ProvinceReportStatus {
		return this.#status;
	}
	get submissions(): ProvinceSubmissions | null {
		return this.#submissions;
	}
	get offline(): boolean {
		return !connectivity.online || this.#status === 'offline';
	}
	get online(): boolean {
		return connectivity.online;
	}

	/** The report and its sheet from what has come so far. */
	get built(): { readonly report: ProvinceReport; readonly sheet: ReportSheet } | null {
		const submissions = this.#submissions;
		if (submissions === null) return null;
		return provinceReportSheet(submissions, this.rowsBy, this.preparer(), todayLocal());
	}

	/** Fills the two dates with a reporting month (its sheet says "Tháng m năm y"). */
	choose(month: PresetPeriod): void {
		this.#month = month;
		this.fromText = formatVnDate(month.from);
		this.toText = formatVnDate(month.to);
	}

	/** The period typed, as the month chosen when the dates are still that month's. */
	#period(): { ok: true; period: ReportPeriod } | { ok: false; error: PeriodInputError } {
		const typed = periodFromText(this.fromText, this.toText);
		if (!typed.ok) return typed;
		const month = this.#month;
		const same = month && month.from === typed.period.from && month.to === typed.period.to;
		return same ? { ok: true, period: month } : typed;
	}

	async load(): Promise<void> {
		const request = ++this.#request;
		this.#running?.abort();
		this.#running = null;
		const typed = this.#period();
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
		const result = await provinceSubmissions(typed.period, {
			serverUrl: this.#serverUrl,
			signal: running.signal,
			onProgress: (submissions) => {
				if (request === this.#request) this.#submissions = submissions;
			}
		});
		if (request !== this.#request) return;
		this.#running = null;
		if (result.ok) this.#submissions = result.submissions;
		this.#status = result.ok ? 'ready' : result.error;
	}
}
