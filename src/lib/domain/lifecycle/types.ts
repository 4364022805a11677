/** The folded view of a dossier (domain.md §4), built by `foldDossier` from its events. */
import type { ResolutionTiming } from '../classification';
import type { EventKind, EventPayloads, FollowUpStep, Outcome, Rating } from '../model';
import type { LocalDateTime } from '../time';
import { TRANSITION_ERRORS, type LifecycleState } from './states';

/** An action about to be written: the event without its identity (distributive over kinds). */
export type EventDraft = {
	[K in EventKind]: { readonly kind: K; readonly payload: Readonly<EventPayloads[K]> };
}[EventKind];

/** A clock pause, domain.md §6.3; `to` is null while it lasts. */
export interface Pause {
	readonly kind: 'supplement' | 'payment';
	readonly eventId: string;
	readonly from: LocalDateTime;
	readonly to: LocalDateTime | null;
	readonly reason: string;
}

/** The due time in force from `from` on (receipt, then after each pause ends). */
export interface DueChange {
	readonly from: LocalDateTime;
	readonly dueAt: LocalDateTime;
}

export interface TransferRecord {
	readonly eventId: string;
	readonly toUnit: string;
	readonly at: LocalDateTime;
	readonly by: string;
	readonly deskId: string;
}

/** One Form 05 row: a transfer to a unit, its step due time and how the step ended (§5.5, §6.5). */
export interface Handover extends TransferRecord {
	readonly step: number;
	readonly dueAt: LocalDateTime | null;
	readonly endedAt: LocalDateTime | null;
	readonly timing: ResolutionTiming | null;
}

export interface ApologyRecord {
	readonly eventId: string;
	readonly at: LocalDateTime;
	readonly reason: string;
	readonly newDueAt: LocalDateTime;
}

/** The latest rating of one channel (desk, portal, …), domain.md §10. */
export interface RatingRecord {
	readonly eventId: string;
	readonly at: LocalDateTime;
	/** The desk that recorded it (two desks may each record one offline). */
	readonly deskId: string;
	readonly channel: string;
	readonly rating: Rating;
	readonly reason?: string;
}

export const GUARD_ERRORS = [
	'before-receipt',
	'reason-required',
	'unit-required',
	'supplement-limit-reached',
	'apology-already-given',
	'already-rated',
	'note-required',
	'apology-too-late',
	'apology-without-due-date',
	'apology-date-not-later',
	'calendar-year-missing',
	'rating-unknown',
	'follow-up-closed',
	'assignee-required'
] as const;
export type GuardError = (typeof GUARD_ERRORS)[number];

/** Why an event was kept but not applied, domain.md §4 / architecture.md §3. */
export const ANOMALY_CODES = [...TRANSITION_ERRORS, ...GUARD_ERRORS, 'concurrent-action'] as const;
export type AnomalyCode = (typeof ANOMALY_CODES)[number];

export interface Anomaly {
	readonly eventId: string;
	readonly kind: EventKind;
	readonly at: LocalDateTime;
	readonly deskId: string;
	readonly code: AnomalyCode;
	/** The state the event landed in. */
	readonly state: LifecycleState;
	/** For `concurrent-action`: the other desk's event that got there first. */
	readonly conflictsWith?: string;
}

export type SupervisorFlag = 'unsatisfied-rating' | 'anomaly';

/** A supervisor's review (domain.md §10): what it covered and the note. */
export interface ReviewRecord {
	readonly eventId: string;
	readonly at: LocalDateTime;
	readonly by: string;
	readonly note: string;
	/** Ids of the anomalies' and ratings' events it covered. */
	readonly covers: readonly string[];
}

/** Where the follow-up of an unsatisfied rating stands (domain.md §10). */
export const FOLLOW_UP_STATES = ['open', 'answered', 'closed'] as const;
export type FollowUpState = (typeof FOLLOW_UP_STATES)[number];

/** One step of a follow-up as recorded: who did it, when, and what was said. */
export interface FollowUpStepRecord {
	readonly eventId: string;
	readonly step: FollowUpStep;
	readonly at: LocalDateTime;
	readonly by: string;
	readonly assignee?: string;
	readonly note?: string;
}

/** The follow-up of one unsatisfied rating, from its steps in order. */
export interface FollowUpRecord {
	/** The event id of the rating it follows up. */
	readonly rating: string;
	readonly state: FollowUpState;
	/** Who follows it up (the latest `assign`), null until someone is named. */
	readonly assignee: string | null;
	/** What the citizen was told (the latest `answer`), and when. */
	readonly answer: string | null;
	readonly answeredAt: LocalDateTime | null;
	readonly steps: readonly FollowUpStepRecord[];
}

/** Everything the guards and `validateAction` need; the fold's running value. */
export interface FoldCore {
	readonly code: string;
	readonly state: LifecycleState;
	readonly outcome: Outcome | null;
	readonly receivedAt: LocalDateTime;
	/** Due time computed at receipt (Form 01). */
	readonly receiptDueAt: LocalDateTime | null;
	/** Due time after pause shifts, before any apology: the basis of §7. */
	readonly dueAt: LocalDateTime | null;
	readonly dueTimeline: readonly DueChange[];
	/** The new date promised in the apology letter (§6.4); never the basis of §7. */
	readonly promisedDueAt: LocalDateTime | null;
	readonly pauses: readonly Pause[];
	readonly supplementRequests: number;
	readonly apology: ApologyRecord | null;
	readonly decidedAt: LocalDateTime | null;
	readonly deliveredAt: LocalDateTime | null;
	readonly withdrawnAt: LocalDateTime | null;
	readonly stoppedAt: LocalDateTime | null;
	readonly returnedUnresolved: boolean;
	/** Accepted transfers in order (Form 05 rows before their due times are worked out). */
	readonly transfers: readonly TransferRecord[];
	readonly ratings: readonly RatingRecord[];
	readonly unsatisfiedRating: boolean;
	readonly anomalies: readonly Anomaly[];
	readonly reviews: readonly ReviewRecord[];
	/** The follow-ups of unsatisfied ratings, one per rating that has had a step. */
	readonly followUps: readonly FollowUpRecord[];
	/**
	 * Event ids of the anomalies and the unsatisfied rating no review has covered yet: what the
	 * supervisor still has to look at (the dossier is flagged while there is any).
	 */
	readonly toReview: readonly string[];
	/** Years the calendar lacked while shifting the due time (the due time was left unshifted). */
	readonly calendarYearsMissing: readonly number[];
	readonly lastEventAt: LocalDateTime;
	/** The last applied event and the state before it (to recognise concurrent desks). */
	readonly lastApplied: {
		readonly eventId: string;
		readonly deskId: string;
		readonly from: LifecycleState;
	} | null;
}

export interface FoldedDossier extends FoldCore {
	readonly handovers: readonly Handover[];
	readonly withdrawn: boolean;
	readonly stopped: boolean;
	readonly supervisorFlags: readonly SupervisorFlag[];
	readonly flaggedForSupervisor: boolean;
}
