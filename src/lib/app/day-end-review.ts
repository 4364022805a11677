/**
 * What the supervisor should look at (day-end page): dossiers flagged by the fold, each with the
 * events kept as anomalies (two desks acted offline, architecture.md §3) and the unsatisfied
 * ratings (domain.md §10). Flagged rows are few, so their dossiers are folded again here to give
 * the details the read-model row only counts.
 */
import { foldDossier, type Anomaly, type LifecycleState } from '$lib/domain/lifecycle';
import type { DossierEvent } from '$lib/domain/model';
import { compareText, datePart, type IsoDate, type LocalDateTime } from '$lib/domain/time';
import { deskLabel, officerLabel } from './officer-label';
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
	/**
	 * Events kept but not applied, in fold order, each with its author as people read it
	 * ("Nguyễn Thị Lan — Bàn 2"); message keys `action.*`, `actionErrors.*`.
	 */
	readonly anomalies: readonly (Anomaly & { readonly who: string })[];
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
 * Flagged dossiers with something no review has covered yet, that happened by the end of `date`,
 * latest first; `onDate` tells what is new that day. A supervisor's review (dossier page) covers
 * what it saw, and the dossier leaves the list.
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
		const open = new Set(folded.toReview);
		const authorOf = new Map(stored.events.map((e) => [e.id, officerLabel(ws, e.by, e.deskId)]));
		const anomalies = folded.anomalies
			.filter((a) => a.at <= end && open.has(a.eventId))
			.map((a) => ({ ...a, who: authorOf.get(a.eventId) ?? deskLabel(ws, a.deskId) }));
		const ratings = unsatisfiedRatings(stored.events, anomalous).filter(
			(r) => r.at <= end && open.has(r.eventId)
		);
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

/** A supervisor's review recorded on the day (day-end page, "Đã xem trong ngày"). */
export interface ReviewDone {
	readonly code: string;
	readonly procedureName: string;
	readonly applicantName: string;
	readonly eventId: string;
	readonly at: LocalDateTime;
	/** User name of the supervisor. */
	readonly by: string;
	readonly note: string;
	/** How many anomalies and ratings it covered. */
	readonly covered: number;
}

/** The reviews recorded on `date` (read model `actions` rows), in time order. */
export async function reviewsOn(ws: Workspace, date: IsoDate): Promise<ReviewDone[]> {
	const rows = await ws.readModel.actions
		.where('at')
		.between(`${date}T00:00:00`, `${date}T23:59:59`, true, true)
		.filter((row) => row.kind === 'review')
		.toArray();
	const found: ReviewDone[] = [];
	for (const code of new Set(rows.map((r) => r.code))) {
		const stored = await ws.store.load(code);
		if (stored === null) continue;
		const { dossier } = stored;
		const folded = foldDossier(dossier, stored.events, ws.lifecycle, ws.deadlines);
		for (const r of folded.reviews) {
			if (datePart(r.at) !== date) continue;
			found.push({
				code,
				procedureName: dossier.procedure.name,
				applicantName: dossier.applicant.fullName,
				eventId: r.eventId,
				at: r.at,
				by: r.by,
				note: r.note,
				covered: r.covers.length
			});
		}
	}
	return found.sort((a, b) => compareText(a.at, b.at) || compareText(a.code, b.code));
}
