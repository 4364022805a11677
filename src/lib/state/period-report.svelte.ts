import { todayLocal } from '$lib/app/clock';
import type { ReportApi } from '$lib/app/desk-api';
import {
	periodContaining,
	presetPeriod,
	type PeriodConvention,
	type PeriodPreset,
	type PeriodReport
} from '$lib/domain/report';

/** The Báo cáo page: which period, grouped how, and the report built for it. */
export class PeriodReportState {
	preset = $state<PeriodPreset>('month');
	convention = $state<PeriodConvention>('decree-09-2019');
	year = $state(2020);
	index = $state(1);
	#report = $state.raw<PeriodReport | null>(null);
	#busy = $state(false);
	#keptSince = $state<string | null>(null);

	constructor(
		private readonly api: Pick<ReportApi, 'periodReport' | 'reportCoverage' | 'onReportChange'>
	) {
		const current = periodContaining(todayLocal(), 'month');
		this.year = current.year;
		this.index = current.index;
	}

	get report(): PeriodReport | null {
		return this.#report;
	}
	get busy(): boolean {
		return this.#busy;
	}
	/**
	 * The first day of the laptop's window (ADR 18) when the period starts before it: the report
	 * then lacks the dossiers that closed earlier. Null otherwise.
	 */
	get incompleteBefore(): string | null {
		const since = this.#keptSince;
		const report = this.#report;
		return since !== null && report !== null && report.period.from < since ? since : null;
	}
	get maxIndex(): number {
		return this.preset === 'month' ? 12 : this.preset === 'quarter' ? 4 : 1;
	}

	/** Builds the report again whenever the projector changes the report entries. */
	follow(): () => void {
		return this.api.onReportChange(() => void this.refresh());
	}

	async refresh(): Promise<void> {
		this.#busy = true;
		try {
			const index = Math.min(Math.max(1, this.index), this.maxIndex);
			const period = presetPeriod(this.preset, this.year, index, this.convention);
			this.#keptSince = await this.api.reportCoverage();
			this.#report = await this.api.periodReport(period, 'sector');
		} finally {
			this.#busy = false;
		}
	}
}
