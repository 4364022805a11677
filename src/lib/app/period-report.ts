/**
 * The period report of this office (domain.md §8) from the report entries the projector keeps
 * beside each dossier's row, so no dossier is folded again to build it.
 */
import { buildPeriodReport, type PeriodReport, type ReportPeriod } from '$lib/domain/report';
import { isIsoDate, type IsoDate } from '$lib/domain/time';
import { KEPT_SINCE_KEY } from '$lib/storage/office-store';
import { nowLocal } from './clock';
import type { Workspace } from './workspace';

/** Why no report is built for the period chosen (`report.errors.*`). */
export const PERIOD_ERRORS = ['period-end-before-start', 'period-incomplete'] as const;
export type PeriodError = (typeof PERIOD_ERRORS)[number];

/** What the rows of the office's report are (the national form: sectors). */
export type ReportGrouping = 'sector' | 'procedure';

export async function officePeriodReport(
	ws: Workspace,
	period: ReportPeriod,
	groupBy: ReportGrouping = 'sector'
): Promise<PeriodReport> {
	// Dossiers received after the period cannot count in it; everything else may (carried over).
	const entries = await ws.readModel.reportEntries
		.where('receivedAt')
		.belowOrEqual(`${period.to}T23:59:59`)
		.toArray();
	// A period that has not ended is judged now: what is due later today is not overdue yet.
	return buildPeriodReport({ entries, asOf: nowLocal() }, period, groupBy);
}

/**
 * Since which day this laptop holds every closed dossier (ADR 18): a report of an earlier period
 * lacks the dossiers that closed before it, which only the server keeps. Null: it holds all.
 */
export async function reportCoverage(ws: Workspace): Promise<IsoDate | null> {
	const since = await ws.store.readLocal<string>(KEPT_SINCE_KEY);
	return since !== null && isIsoDate(since) ? since : null;
}
