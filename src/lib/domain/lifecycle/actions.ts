/**
 * What a user may do next (for the UI) and the check a use case runs before writing an event,
 * domain.md §4.2.
 */
import type { DeadlineContext } from '../calendar';
import type { LocalDateTime } from '../time';
import { guardError } from './guards';
import type { LifecycleSettings } from './settings';
import {
	LIFECYCLE_ACTIONS,
	nextState,
	roleMay,
	type LifecycleAction,
	type LifecycleState,
	type Role
} from './states';
import { ANOMALY_CODES, type EventDraft, type FoldCore } from './types';

export const VALIDATION_ERRORS = [
	...ANOMALY_CODES,
	'role-not-allowed',
	'before-previous-event'
] as const;
export type ValidationError = (typeof VALIDATION_ERRORS)[number];

/**
 * Guards that need no payload: the supplement cap (§6.3), the single apology (§6.4) and the single
 * rating (§10).
 */
function exhausted(core: FoldCore, action: LifecycleAction, settings: LifecycleSettings): boolean {
	if (action === 'request-supplement')
		return core.supplementRequests >= settings.maxSupplementRequests;
	if (action === 'apology') return core.apology !== null;
	if (action === 'rate') return core.ratings.length > 0;
	if (action === 'review') return core.toReview.length === 0;
	if (action === 'follow-up') return openFollowUps(core).length === 0;
	return false;
}

/**
 * Actions `role` may take, domain.md §4.2, in table order. Given a folded dossier and settings,
 * also leaves out a supplement request beyond the cap, a second apology and a second rating.
 */
export function availableActions(
	subject: LifecycleState | FoldCore,
	role: Role,
	settings?: LifecycleSettings
): LifecycleAction[] {
	if (typeof subject === 'string') {
		return LIFECYCLE_ACTIONS.filter((action) => roleMay(role, subject, action));
	}
	return LIFECYCLE_ACTIONS.filter(
		(action) =>
			roleMay(role, subject.state, action) &&
			(settings === undefined || !exhausted(subject, action, settings))
	);
}

/**
 * Whether `role` may write `action` at `at` on the folded dossier, domain.md §4.2, §6.3, §6.4,
 * §10. A new event must not sort before the events already known (it would rewrite history).
 */
export function validateAction(
	folded: FoldCore,
	action: EventDraft,
	at: LocalDateTime,
	role: Role,
	settings: LifecycleSettings,
	ctx: DeadlineContext
): { ok: true; state: LifecycleState } | { ok: false; error: ValidationError } {
	// lastEventAt is never before receipt, so this also refuses actions dated before receipt.
	if (at < folded.lastEventAt) return { ok: false, error: 'before-previous-event' };
	const next = nextState(folded.state, action.kind);
	if (!next.ok) return next;
	if (!roleMay(role, folded.state, action.kind)) return { ok: false, error: 'role-not-allowed' };
	const error = guardError(folded, action, at, settings, ctx);
	return error === null ? next : { ok: false, error };
}

/**
 * The unsatisfied ratings whose follow-up is not closed (domain.md §10): what the follow-up action
 * is offered for, oldest first.
 */
export function openFollowUps(core: FoldCore): readonly string[] {
	const closed = new Set(core.followUps.filter((f) => f.state === 'closed').map((f) => f.rating));
	return core.ratings
		.filter((r) => r.rating === 'unsatisfied' && !closed.has(r.eventId))
		.map((r) => r.eventId);
}
