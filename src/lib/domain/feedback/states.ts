/**
 * The states of a feedback (PAKN, domain.md §4.3) and ONE table of the steps open in each, with
 * the roles that may take them; the fold, the desk's action list and the server's validation
 * (server/couch/validate-office.js, kept equal by a test) all read it.
 */
import type { Role } from '../lifecycle/states';
import type { FeedbackStepKind } from './schemas';

export const FEEDBACK_STATES = ['received', 'assigned', 'answered'] as const;
export type FeedbackState = (typeof FEEDBACK_STATES)[number];

/** Who takes feedback in: the desk. */
export const FEEDBACK_INTAKE_ROLES = ['desk-officer'] as const satisfies readonly Role[];

/** Handing it to a unit: the desk, or the leader and supervisor who decide who answers. */
const ASSIGN = ['desk-officer', 'leader', 'supervisor'] as const satisfies readonly Role[];
/** Recording the answer: the desk hands it over, the unit or the leader writes it. */
const ANSWER = ['desk-officer', 'processing-officer', 'leader'] as const satisfies readonly Role[];
/** Publishing an answer is the leader's or the supervisor's decision. */
const PUBLISH = ['leader', 'supervisor'] as const satisfies readonly Role[];

export interface FeedbackTransition {
	readonly to: FeedbackState;
	readonly roles: readonly Role[];
}

/** State × step → next state and the roles that may take it. */
export const FEEDBACK_TRANSITIONS = {
	received: {
		assign: { to: 'assigned', roles: ASSIGN },
		answer: { to: 'answered', roles: ANSWER }
	},
	assigned: {
		assign: { to: 'assigned', roles: ASSIGN },
		answer: { to: 'answered', roles: ANSWER }
	},
	answered: {
		publish: { to: 'answered', roles: PUBLISH }
	}
} as const satisfies Record<FeedbackState, Partial<Record<FeedbackStepKind, FeedbackTransition>>>;

export function feedbackTransition(
	state: FeedbackState,
	kind: FeedbackStepKind
): FeedbackTransition | null {
	const row: Partial<Record<FeedbackStepKind, FeedbackTransition>> = FEEDBACK_TRANSITIONS[state];
	return row[kind] ?? null;
}

/** Every role that may take a step in some state (the server's rule for that step). */
export function feedbackStepRoles(kind: FeedbackStepKind): Role[] {
	const roles = new Set<Role>();
	for (const state of FEEDBACK_STATES) {
		for (const role of feedbackTransition(state, kind)?.roles ?? []) roles.add(role);
	}
	return [...roles];
}

export const isFeedbackOpen = (state: FeedbackState): boolean => state !== 'answered';
