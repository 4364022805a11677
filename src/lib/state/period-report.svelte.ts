import { todayLocal } from '$lib/app/clock';
import type { DeskFacts, ReportApi } from '$lib/app/desk-api';
import type { PeriodError, ReportGrouping } from '$lib/app/period-report';
import {
	buildReportSheet,
	customPeriod,
	periodContaining,
	presetPeriod,
	type PeriodConvention,
	type PeriodPreset,
	type PeriodReport,
	type ReportPeriod,
	type ReportSheet
} from '$lib/domain/report';
import type { FeedbackSummary } from '$lib/domain/feedback';
import type { ReportSubmission } from '$lib/domain/report';
import type { SubmitError } from '$lib/app/report-submission';
import { nowLocal } from '$lib/app/clock';
import { isIsoDate } from '$lib/domain/time';

/** A preset period of domain.md §8.3, or any range typed as dd/mm/yyyy. */
export type PeriodChoice = PeriodPreset | 'custom';

/** The Báo cáo page: which period, rows by what, the report and its printable sheet. */
export class PeriodReportState {
	choice = $state<PeriodChoice>('month');
	convention = $state<PeriodConvention>('decree-09-2019');
	year = $state(2020);
	index = $state(1);
	/** The custom range, ISO days ('' until a valid day is typed). */
	from = $state<string>('');
	to = $state<string>('');
	rows = $state<ReportGrouping>('sector');
	#report = $state.raw<PeriodReport | null>(null);
	#feedback = $state.raw<FeedbackSummary | null>(null);
	#busy = $state(false);
	#submission = $state.raw<ReportSubmission | null>(null);
	#submitting = $state(false);
	#submitError = $state<SubmitError | null>(null);
	#keptSince = $state<string | null>(null);
	/** Counts refreshes: only the latest one may show its report (the choice may change meanwhile). */
	#asked = 0;
	/** The refresh under way, and whether another was asked for meanwhile (coalesced into one). */
	#running: Promise<void> | null = null;
	#again = false;

	constructor(
		private readonly api: Pick<
			ReportApi,
			| 'periodReport'
			| 'reportCoverage'
			| 'onReportChange'
			| 'feedbackSummary'
			| 'maySubmitReport'
			| 'submitReport'
			| 'lastSubmission'
		> &
			Pick<DeskFacts, 'office' | 'officer'>
	) {
		const today = todayLocal();
		const current = periodContaining(today, 'month');
		this.year = current.year;
		this.index = current.index;
		// A custom range starts as the current reporting month up to today.
		this.from = current.from;
		this.to = today < current.to ? today : current.to;
	}

	get report(): PeriodReport | null {
		return this.#report;
	}
	get busy(): boolean {
		return this.#busy;
	}
	/** The period's feedback and petitions (ADR 29), for the page's section and the sheet. */
	get feedback(): FeedbackSummary | null {
		return this.#feedback;
	}
	/** The office's latest submission of the period shown (ADR 32), null when none. */
	get submission(): ReportSubmission | null {
		return this.#submission;
	}
	get submitting(): boolean {
		return this.#submitting;
	}
	get submitError(): SubmitError | null {
		return this.#submitError;
	}
	get maySubmit(): boolean {
		return this.api.maySubmitReport;
	}

	/** Submits the report of the period shown to the province (the next sync sends it). */
	async submit(): Promise<void> {
		const report = this.#report;
		if (report === null || this.#submitting) return;
		this.#submitting = true;
		this.#submitError = null;
		try {
			const result = await this.api.submitReport(report.period, nowLocal());
			if (result.ok) this.#submission = result.submission;
			else this.#submitError = result.error;
		} finally {
			this.#submitting = false;
		}
	}

	get maxIndex(): number {
		return this.choice === 'month' ? 12 : this.choice === 'quarter' ? 4 : 1;
	}

	/** The period chosen, or why there is none. */
	get period(): { ok: true; period: ReportPeriod } | { ok: false; error: PeriodError } {
		if (this.choice !== 'custom') {
			const index = Math.min(Math.max(1, this.index), this.maxIndex);
			const year = Math.min(Math.max(2000, Math.trunc(this.year) || 2000), 2100);
			return { ok: true, period: presetPeriod(this.choice, year, index, this.convention) };
		}
		if (!isIsoDate(this.from) || !isIsoDate(this.to))
			return { ok: false, error: 'period-incomplete' };
		return customPeriod(this.from, this.to);
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

	/** The report in the national layout, as printed and exported. */
	get sheet(): ReportSheet | null {
		const report = this.#report;
		if (report === null) return null;
		return buildReportSheet({
			report,
			rows: this.rows,
			office: this.api.office,
			preparer: this.api.officer.fullName,
			printedOn: todayLocal(),
			feedback: this.#feedback
		});
	}

	/**
	 * Builds the report again whenever the projector changes the report entries. While the
	 * projector folds a first sync or an imported book it writes every few hundred milliseconds:
	 * one build runs at a time and the changes meanwhile make one more, not one each.
	 */
	follow(): () => void {
		return this.api.onReportChange(() => void this.#coalesced());
	}

	async #coalesced(): Promise<void> {
		if (this.#running !== null) {
			this.#again = true;
			return;
		}
		do {
			this.#again = false;
			this.#running = this.refresh();
			try {
				await this.#running;
			} finally {
				this.#running = null;
			}
		} while (this.#again);
	}

	async refresh(): Promise<void> {
		const asked = ++this.#asked;
		const chosen = this.period;
		if (!chosen.ok) {
			this.#report = null;
			return;
		}
		this.#busy = true;
		try {
			const keptSince = await this.api.reportCoverage();
			const [report, feedback, submission] = await Promise.all([
				this.api.periodReport(chosen.period, this.rows),
				this.api.feedbackSummary(chosen.period),
				this.api.lastSubmission(chosen.period)
			]);
			if (asked !== this.#asked) return;
			const shown = this.#report?.period;
			if (shown?.from !== chosen.period.from || shown?.to !== chosen.period.to) {
				this.#submitError = null;
			}
			this.#submission = submission;
			this.#keptSince = keptSince;
			this.#feedback = feedback;
			this.#report = report;
		} finally {
			if (asked === this.#asked) this.#busy = false;
		}
	}
}
