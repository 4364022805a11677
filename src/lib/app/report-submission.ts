/**
 * Submitting the office's period report to the province (nộp báo cáo, ADR 32): the report by
 * sector as this laptop counts it now, written as one immutable document that the next sync
 * sends. The province reads the latest submission of each office for the period.
 */
import {
	DEFAULT_REPORT_SETTINGS,
	feedbackSentence,
	latestSubmission,
	MAX_SUBMITTED_ROWS,
	REPORT_SUBMIT_ROLES,
	submissionOf,
	type ReportPeriod,
	type ReportSubmission
} from '$lib/domain/report';
import type { LocalDateTime } from '$lib/domain/time';
import { changesBehind, SETTLING_CHANGES } from '$lib/storage/projector';
import { officeFeedbackSummary } from './feedback';
import { officePeriodReport, reportCoverage } from './period-report';
import type { Workspace } from './workspace';

/** Why a report is not submitted (`report.submit.errors.*`). */
export const SUBMIT_ERRORS = [
	'role-not-allowed',
	'incomplete',
	'still-building',
	'too-many-rows',
	'already-exists'
] as const;
export type SubmitError = (typeof SUBMIT_ERRORS)[number];

export type SubmitResult =
	| { readonly ok: true; readonly submission: ReportSubmission }
	| { readonly ok: false; readonly error: SubmitError };

/** Whether the officer of this desk may submit the office's report (supervisor, leader). */
export function maySubmitReport(ws: Workspace): boolean {
	return (REPORT_SUBMIT_ROLES as readonly string[]).includes(ws.setup.officer.role);
}

/**
 * Submits the office's report for `period` as counted at `now`. Refused when this laptop lacks
 * dossiers of the period (it keeps a window, ADR 18), or its read model has not folded them yet
 * (ADR 36): the province would get figures too low.
 */
export async function submitPeriodReport(
	ws: Workspace,
	period: ReportPeriod,
	now: LocalDateTime
): Promise<SubmitResult> {
	if (!maySubmitReport(ws)) return { ok: false, error: 'role-not-allowed' };
	const keptSince = await reportCoverage(ws);
	if (keptSince !== null && period.from < keptSince) return { ok: false, error: 'incomplete' };
	// Counted from the read model: not while it still folds what a sync has just brought (ADR 36).
	if ((await changesBehind(ws.store, ws.readModel)) >= SETTLING_CHANGES) {
		return { ok: false, error: 'still-building' };
	}
	const [report, feedback] = await Promise.all([
		officePeriodReport(ws, period, 'sector'),
		officeFeedbackSummary(ws, period)
	]);
	if (report.rows.length > MAX_SUBMITTED_ROWS) return { ok: false, error: 'too-many-rows' };
	const { officer, desk, officeId } = ws.setup;
	const submission = submissionOf({
		report,
		office: { id: officeId, name: ws.office.name },
		deskId: desk.id,
		officer: { userName: officer.userName, fullName: officer.fullName },
		at: now,
		withdrawnReturnedAsOnTime: DEFAULT_REPORT_SETTINGS.withdrawnReturnedAsOnTime,
		feedbackSentence: feedback.received > 0 ? feedbackSentence(feedback) : null
	});
	const written = await ws.store.putReportSubmission(submission);
	return written.ok ? { ok: true, submission } : { ok: false, error: 'already-exists' };
}

/** The office's latest submission for exactly `period` on this laptop, or null. */
export async function lastSubmission(
	ws: Workspace,
	period: ReportPeriod
): Promise<ReportSubmission | null> {
	return latestSubmission(await ws.store.loadReportSubmissions(period.from, period.to));
}
