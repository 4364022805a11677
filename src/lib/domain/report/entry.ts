/**
 * What the period report needs of one dossier (domain.md §8.2), taken from its intake record and
 * its fold. Kept small so a read model can store it and rebuild reports without re-folding.
 */
import type { DossierTimes } from '../classification';
import type { FoldedDossier, FollowUpState } from '../lifecycle';
import type { Channel, Dossier, Outcome, Rating } from '../model';
import type { LocalDateTime } from '../time';

/** How a dossier left the desk's hands: decided, withdrawn, or handed back unresolved. */
export type Finish =
	| { readonly kind: 'resolved'; readonly at: LocalDateTime; readonly outcome: Outcome }
	| { readonly kind: 'withdrawn'; readonly at: LocalDateTime }
	/** Stopped (T10/T13): returned unresolved, domain.md §8.2 "Hồ sơ trả lại". */
	| { readonly kind: 'returned'; readonly at: LocalDateTime };

/** The fields a report groups by (office, sector, procedure, or anything derived from them). */
export interface GroupFields {
	readonly officeId: string;
	readonly sector: string;
	/** National code of the procedure the dossier was received under (domain.md §2). */
	readonly procedureCode: string;
	readonly procedureName: string;
}

/**
 * A rating as the report counts it; an unsatisfied one carries the citizen's reason and where its
 * follow-up stands (§10).
 */
export interface EntryRating {
	readonly rating: Rating;
	readonly at: LocalDateTime;
	readonly reason?: string;
	readonly followUp?: { readonly state: FollowUpState; readonly assignee: string | null };
}

export interface ReportEntry extends GroupFields, DossierTimes {
	readonly code: string;
	readonly channel: Channel;
	readonly receivedAt: LocalDateTime;
	readonly finish: Finish | null;
	/** The latest rating per channel, domain.md §10. */
	readonly ratings: readonly EntryRating[];
}

/** A dossier refused at intake (Form 03): informational, outside the balance (§8.2). */
export interface IntakeRejection extends GroupFields {
	readonly at: LocalDateTime;
}

function finishOf(folded: FoldedDossier): Finish | null {
	if (folded.decidedAt !== null && folded.outcome !== null) {
		return { kind: 'resolved', at: folded.decidedAt, outcome: folded.outcome };
	}
	if (folded.withdrawnAt !== null) return { kind: 'withdrawn', at: folded.withdrawnAt };
	if (folded.stoppedAt !== null) return { kind: 'returned', at: folded.stoppedAt };
	return null;
}

/** The report's view of a folded dossier, domain.md §8.2. */
export function toReportEntry(dossier: Dossier, folded: FoldedDossier): ReportEntry {
	if (dossier.code !== folded.code)
		throw new Error(`Fold of ${folded.code} is not ${dossier.code}`);
	return {
		code: dossier.code,
		officeId: dossier.officeId,
		sector: dossier.procedure.sector,
		procedureCode: dossier.procedure.code,
		procedureName: dossier.procedure.name,
		channel: dossier.channel,
		receivedAt: dossier.receivedAt,
		dueTimeline: folded.dueTimeline,
		pauses: folded.pauses,
		finish: finishOf(folded),
		ratings: folded.ratings.map(({ eventId, rating, at, reason }): EntryRating => {
			if (rating !== 'unsatisfied') return { rating, at };
			const f = folded.followUps.find((x) => x.rating === eventId);
			const followUp = { state: f?.state ?? 'open', assignee: f?.assignee ?? null };
			return { rating, at, ...(reason === undefined ? {} : { reason }), followUp };
		})
	};
}
