/**
 * What an accepted event changes besides the state (domain.md §4.2 "side effects", §6.3, §6.4,
 * §10). Works on the fold's private draft, which no caller ever sees half-done.
 */
import { shiftDueForPauses, type DeadlineContext, type PauseInterval } from '../calendar';
import type { DossierEvent, EventPayloads } from '../model';
import type { LocalDateTime } from '../time';
import type { FoldedDossier, FollowUpRecord, FollowUpStepRecord, Pause } from './types';

type Mutable<T> = {
	-readonly [K in keyof T]: T[K] extends readonly (infer U)[] ? U[] : T[K];
};
/** The fold's working copy: one object per dossier, filled in place for speed. */
export type FoldDraft = Mutable<FoldedDossier>;

/** A rating's channel; the payload may carry one (portal, SMS…), otherwise the desk's kiosk. */
function ratingChannel(payload: Readonly<EventPayloads['rate']>): string {
	return payload.channel ?? 'desk';
}

function closedPauses(pauses: readonly Pause[]): PauseInterval[] {
	const closed: PauseInterval[] = [];
	for (const p of pauses) if (p.to !== null) closed.push({ from: p.from, to: p.to });
	return closed;
}

/**
 * Ends the open pause at `at` and shifts the receipt due time by all closed pauses, §6.3. When
 * the calendar lacks a year the due time stays as it was and the year is recorded.
 */
function resume(d: FoldDraft, at: LocalDateTime, ctx: DeadlineContext): void {
	const open = d.pauses.findIndex((p) => p.to === null);
	const pause = d.pauses[open];
	if (pause === undefined) return;
	d.pauses[open] = { ...pause, to: at };
	if (d.receiptDueAt === null) return;
	const shifted = shiftDueForPauses(d.receiptDueAt, closedPauses(d.pauses), ctx);
	if (!shifted.ok) {
		d.calendarYearsMissing.push(shifted.year);
		return;
	}
	d.dueAt = shifted.value;
	d.dueTimeline.push({ from: at, dueAt: shifted.value });
}

function rate(d: FoldDraft, e: Extract<DossierEvent, { kind: 'rate' }>): void {
	const { rating, reason } = e.payload;
	const channel = ratingChannel(e.payload);
	const record = {
		eventId: e.id,
		at: e.at,
		deskId: e.deskId,
		channel,
		rating,
		...(reason === undefined ? {} : { reason })
	};
	d.ratings = d.ratings.filter((r) => r.channel !== channel);
	d.ratings.push(record);
	if (rating === 'unsatisfied') d.unsatisfiedRating = true;
}

/** Adds a step to the follow-up of its rating (started at its first step), domain.md §10. */
function followUp(d: FoldDraft, e: Extract<DossierEvent, { kind: 'follow-up' }>): void {
	const p = e.payload;
	const step: FollowUpStepRecord = {
		eventId: e.id,
		step: p.step,
		at: e.at,
		by: e.by,
		...(p.step === 'assign' ? { assignee: p.assignee } : {}),
		...(p.note === undefined ? {} : { note: p.note })
	};
	const index = d.followUps.findIndex((f) => f.rating === p.rating);
	const before: FollowUpRecord = d.followUps[index] ?? {
		rating: p.rating,
		state: 'open',
		assignee: null,
		answer: null,
		answeredAt: null,
		steps: []
	};
	const after: FollowUpRecord = {
		...before,
		steps: [...before.steps, step],
		...(p.step === 'assign' ? { assignee: p.assignee } : {}),
		...(p.step === 'answer' ? { state: 'answered', answer: p.note, answeredAt: e.at } : {}),
		...(p.step === 'close' ? { state: 'closed' } : {})
	};
	if (index === -1) d.followUps.push(after);
	else d.followUps[index] = after;
}

/** Side effects of an accepted event (the state itself comes from the table). */
export function applyEffects(d: FoldDraft, e: DossierEvent, ctx: DeadlineContext): void {
	switch (e.kind) {
		case 'transfer':
			d.transfers.push({
				eventId: e.id,
				toUnit: e.payload.toUnit,
				at: e.at,
				by: e.by,
				deskId: e.deskId
			});
			return;
		case 'request-supplement':
			d.supplementRequests++;
			d.pauses.push({
				kind: 'supplement',
				eventId: e.id,
				from: e.at,
				to: null,
				reason: e.payload.reason
			});
			return;
		case 'request-payment':
			if (!e.payload.pausesClock) return;
			d.pauses.push({
				kind: 'payment',
				eventId: e.id,
				from: e.at,
				to: null,
				reason: e.payload.note ?? ''
			});
			return;
		case 'supplement-received':
		case 'payment-received':
			return resume(d, e.at, ctx);
		case 'apology': {
			const { reason, newDueAt } = e.payload;
			d.apology = { eventId: e.id, at: e.at, reason, newDueAt };
			d.promisedDueAt = newDueAt;
			return;
		}
		case 'result-ready':
			d.outcome = e.payload.outcome;
			d.decidedAt = e.at;
			return;
		case 'deliver':
			d.deliveredAt = e.at;
			return;
		case 'withdraw':
			d.withdrawnAt = e.at;
			return;
		case 'stop':
			d.stoppedAt = e.at;
			d.returnedUnresolved = e.payload.returnedUnresolved;
			return;
		case 'review':
			d.reviews.push({
				eventId: e.id,
				at: e.at,
				by: e.by,
				note: e.payload.note,
				covers: [...e.payload.covers]
			});
			return;
		case 'rate':
			return rate(d, e);
		case 'follow-up':
			return followUp(d, e);
	}
}
