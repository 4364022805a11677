/**
 * Rules that guard a transition beyond the table (domain.md §4.2 "Rules that guard transitions",
 * §6.3, §6.4, §10). Shared by the fold (anomalies) and `validateAction` (errors).
 */
import { isApologyInTime, type DeadlineContext } from '../calendar';
import type { EventPayloads } from '../model';
import type { LocalDateTime } from '../time';
import type { LifecycleSettings } from './settings';
import { nextState, type LifecycleState } from './states';
import type { AnomalyCode, EventDraft, FoldCore, GuardError } from './types';

const blank = (text: string | undefined): boolean => (text ?? '').trim() === '';

/**
 * Apology: once, with a reason and a later date, at least `ctx.settings.apologyLeadWorkingDays`
 * working days before the due time in force (after pause shifts), domain.md §6.4.
 */
function apologyGuard(
	core: FoldCore,
	payload: { reason: string; newDueAt: LocalDateTime },
	at: LocalDateTime,
	ctx: DeadlineContext
): GuardError | null {
	if (blank(payload.reason)) return 'reason-required';
	if (core.apology !== null) return 'apology-already-given';
	if (core.dueAt === null) return 'apology-without-due-date';
	if (payload.newDueAt <= core.dueAt) return 'apology-date-not-later';
	const inTime = isApologyInTime(at, core.dueAt, ctx);
	if (!inTime.ok) return inTime.error;
	return inTime.value ? null : 'apology-too-late';
}

/**
 * A follow-up step must name an unsatisfied rating the dossier holds, whose follow-up is not
 * closed; naming who follows up needs a name, an answer needs its text (domain.md §10).
 */
function followUpGuard(core: FoldCore, payload: EventPayloads['follow-up']): GuardError | null {
	const rated = core.ratings.some(
		(r) => r.eventId === payload.rating && r.rating === 'unsatisfied'
	);
	if (!rated) return 'rating-unknown';
	if (core.followUps.some((f) => f.rating === payload.rating && f.state === 'closed')) {
		return 'follow-up-closed';
	}
	if (payload.step === 'assign' && blank(payload.assignee)) return 'assignee-required';
	if (payload.step === 'answer' && blank(payload.note)) return 'note-required';
	return null;
}

/** The guard of one action kind, domain.md §4.2, §6.3, §6.4, §10; null when it passes. */
export function guardError(
	core: FoldCore,
	draft: EventDraft,
	at: LocalDateTime,
	settings: LifecycleSettings,
	ctx: DeadlineContext
): GuardError | null {
	switch (draft.kind) {
		case 'transfer':
			return blank(draft.payload.toUnit) ? 'unit-required' : null;
		case 'request-supplement':
			if (blank(draft.payload.reason)) return 'reason-required';
			return core.supplementRequests >= settings.maxSupplementRequests
				? 'supplement-limit-reached'
				: null;
		case 'apology':
			return apologyGuard(core, draft.payload, at, ctx);
		case 'result-ready':
			return draft.payload.outcome === 'refused' && blank(draft.payload.reason)
				? 'reason-required'
				: null;
		case 'withdraw':
		case 'stop':
			return blank(draft.payload.reason) ? 'reason-required' : null;
		case 'rate':
			// A dossier is rated once, whatever the channel (domain.md §10).
			if (draft.payload.rating === 'unsatisfied' && blank(draft.payload.reason)) {
				return 'reason-required';
			}
			return core.ratings.length > 0 ? 'already-rated' : null;
		case 'review':
			return blank(draft.payload.note) ? 'note-required' : null;
		case 'follow-up':
			return followUpGuard(core, draft.payload);
		case 'supplement-received':
		case 'request-payment':
		case 'payment-received':
		case 'deliver':
			return null;
	}
}

/**
 * Whether `draft` may land on `core` at `at` (the table, then the guards); domain.md §4.2.
 * Role and write order are checked by `validateAction` only: stored events carry no role.
 */
export function checkEvent(
	core: FoldCore,
	draft: EventDraft,
	at: LocalDateTime,
	settings: LifecycleSettings,
	ctx: DeadlineContext
): { ok: true; state: LifecycleState } | { ok: false; error: AnomalyCode } {
	if (at < core.receivedAt) return { ok: false, error: 'before-receipt' };
	const next = nextState(core.state, draft.kind);
	if (!next.ok) return next;
	const error = guardError(core, draft, at, settings, ctx);
	return error === null ? next : { ok: false, error };
}
