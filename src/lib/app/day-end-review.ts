/**
 * What the supervisor should look at (day-end page): dossiers flagged by the fold, each with the
 * events kept as anomalies (two desks acted offline, architecture.md §3) and the unsatisfied
 * ratings (domain.md §10). Flagged rows are few, so their dossiers are folded again here to give
 * the details the read-model row only counts.
 */
import { foldDossier, type Anomaly, type LifecycleState } from '$lib/domain/lifecycle';
import type { DossierEvent } from '$lib/domain/model';
import { compareText, datePart, type IsoDate, type LocalDateTime } from '$lib/domain/time';
import type { Workspace } from './workspace';

/** An unsatisfied rating that was applied (the kiosk or another channel). */
export interface UnsatisfiedRating {
	readonly eventId: string;
	readonly at: LocalDateTime;
	readonly by: string;
	readonly reason: string;
}

export interface DossierToReview {
	readonly code: string;
	readonly procedureName: string;
	readonly applicantName: string;
	readonly status: LifecycleState;
	/** Events kept but not applied, in fold order; message keys `action.*`, `actionErrors.*`. */
	readonly anomalies: readonly Anomaly[];
	readonly unsatisfiedRatings: readonly UnsatisfiedRating[];
	/** The latest of those times (the list is sorted on it, latest first). */
	readonly lastAt: LocalDateTime;
	/** Whether anything here happened on the day of the summary. */
	readonly onDate: boolean;
}

function unsatisfiedRatings(events: readonly DossierEvent[], anomalous: ReadonlySet<string>) {
	const found: UnsatisfiedRating[] = [];
	for (const e of events) {
		if (e.kind !== 'rate' || e.payload.rating !== 'unsatisfied' || anomalous.has(e.id)) continue;
		found.push({ eventId: e.id, at: e.at, by: e.by, reason: e.payload.reason ?? '' });
	}
	return found.sort((a, b) => compareText(a.at, b.at));
}

/**
 * Flagged dossiers with something that happened by the end of `date`, latest first. Nothing
 * records a supervisor's review yet, so a flagged dossier stays on the list; `onDate` tells what
 * is new that day.
 */
export async function dossiersToReview(ws: Workspace, date: IsoDate): Promise<DossierToReview[]> {
	const end = `${date}T23:59:59`;
	const rows = await ws.readModel.dossiers.where('flagged').equals(1).toArray();
	const found: DossierToReview[] = [];
	for (const row of rows) {
		const stored = await ws.store.load(row.code);
		if (stored === null) continue;
		const folded = foldDossier(stored.dossier, stored.events, ws.lifecycle, ws.deadlines);
		const anomalous = new Set(folded.anomalies.map((a) => a.eventId));
		const anomalies = folded.anomalies.filter((a) => a.at <= end);
		const ratings = unsatisfiedRatings(stored.events, anomalous).filter((r) => r.at <= end);
		const times = [...anomalies.map((a) => a.at), ...ratings.map((r) => r.at)].sort(compareText);
		const lastAt = times.at(-1);
		if (lastAt === undefined) continue;
		found.push({
			code: row.code,
			procedureName: row.procedureName,
			applicantName: row.applicantName,
			status: folded.state,
			anomalies,
			unsatisfiedRatings: ratings,
			lastAt,
			onDate: times.some((t) => datePart(t) === date)
		});
	}
	return found.sort((a, b) => compareText(b.lastAt, a.lastAt) || compareText(a.code, b.code));
}
