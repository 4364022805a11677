/**
 * The period report of this office (domain.md §8) from the report entries the projector keeps
 * beside each dossier's row, so no dossier is folded again to build it.
 */
import {
	buildPeriodReport,
	type PeriodReport,
	type ReportColumns,
	type ReportPeriod
} from '$lib/domain/report';
import { isIsoDate, type IsoDate } from '$lib/domain/time';
import { KEPT_SINCE_KEY } from '$lib/storage/office-store';
import { nowLocal } from './clock';
import type { Workspace } from './workspace';

export type ReportGrouping = 'sector' | 'procedure-level';

/**
 * The columns the report table shows, in order (`report.columns.*`): five of the new dossiers,
 * four of the resolved, three of the pending, then the withdrawn and the returned.
 */
export const REPORT_TABLE_COLUMNS = [
	'newTotal',
	'newOnline',
	'newDirect',
	'newPostal',
	'carriedOver',
	'resolved',
	'resolvedEarly',
	'resolvedOnTime',
	'resolvedLate',
	'pending',
	'pendingInTime',
	'pendingOverdue',
	'withdrawn',
	'returned'
] as const satisfies readonly (keyof ReportColumns)[];

export async function officePeriodReport(
	ws: Workspace,
	period: ReportPeriod,
	groupBy: 'sector' | 'office' = 'sector'
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
