/**
 * The period report of this office (domain.md §8) from the report entries the projector keeps
 * beside each dossier's row, so no dossier is folded again to build it. The entries are kept in
 * memory once the report is first asked for (ADR 30): a year of a provincial centre is some
 * 47,500 entries, which take seconds to read from IndexedDB and milliseconds to count in memory.
 */
import {
	buildPeriodReport,
	type PeriodReport,
	type ReportEntry,
	type ReportPeriod
} from '$lib/domain/report';
import { isIsoDate, type IsoDate } from '$lib/domain/time';
import { KEPT_SINCE_KEY } from '$lib/storage/office-store';
import type { ReadModelDb } from '$lib/storage/read-model';
import { TableMirror } from '$lib/storage/table-mirror';
import { nowLocal } from './clock';
import type { Workspace } from './workspace';

/** Why no report is built for the period chosen (`report.errors.*`). */
export const PERIOD_ERRORS = ['period-end-before-start', 'period-incomplete'] as const;
export type PeriodError = (typeof PERIOD_ERRORS)[number];

/** What the rows of the office's report are (the national form: sectors). */
export type ReportGrouping = 'sector' | 'procedure';

/** One in-memory copy of the report entries per read model, kept for the session. */
const mirrors = new WeakMap<ReadModelDb, TableMirror<ReportEntry, ReportEntry>>();

/** The report entries of this read model in memory (loading them the first time). */
export function reportEntriesMirror(readModel: ReadModelDb): TableMirror<ReportEntry, ReportEntry> {
	let mirror = mirrors.get(readModel);
	if (!mirror) {
		mirror = new TableMirror(readModel, readModel.reportEntries, {
			entryOf: (entry) => entry,
			keyOf: (entry) => entry.code
		});
		mirrors.set(readModel, mirror);
	}
	return mirror;
}

export async function officePeriodReport(
	ws: Workspace,
	period: ReportPeriod,
	groupBy: ReportGrouping = 'sector'
): Promise<PeriodReport> {
	const mirror = reportEntriesMirror(ws.readModel);
	await mirror.whenLoaded();
	await mirror.settled();
	// Dossiers received after the period cannot count in it; everything else may (carried over).
	const end = `${period.to}T23:59:59`;
	const entries: ReportEntry[] = [];
	for (const entry of mirror.entries.values()) if (entry.receivedAt <= end) entries.push(entry);
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
