/**
 * The dossier state machine of domain.md §4: states, actions, roles and ONE transition table.
 * Everything else in the lifecycle (fold, validation, the UI's action list) reads this table.
 */
import { EVENT_KINDS, type EventKind } from '../model';

/** domain.md §4.1 (app names in kebab-case; DRAFT is not modelled: drafts never leave a desk). */
export const LIFECYCLE_STATES = [
	'submitted',
	'received',
	'intake-guidance',
	'rejected-at-intake',
	'in-process',
	'awaiting-supplement',
	'awaiting-payment',
	'withdrawn',
	'stopped',
	'result-ready',
	'delivered'
] as const;
export type LifecycleState = (typeof LIFECYCLE_STATES)[number];

/** Intake decisions on a submitted dossier (T2–T5); after receipt every action is an event kind. */
export type IntakeAction = 'receive' | 'give-guidance' | 'reject-at-intake';
export type LifecycleAction = IntakeAction | EventKind;

export const LIFECYCLE_ACTIONS = [
	'receive',
	'give-guidance',
	'reject-at-intake',
	...EVENT_KINDS
] as const satisfies readonly LifecycleAction[];

/** domain.md §3 and architecture.md §4 (CouchDB roles). */
export type Role =
	'desk-officer' | 'processing-officer' | 'leader' | 'supervisor' | 'province-admin';
export const ROLES = [
	'desk-officer',
	'processing-officer',
	'leader',
	'supervisor',
	'province-admin'
] as const satisfies readonly Role[];

export interface Transition {
	readonly to: LifecycleState;
	readonly roles: readonly Role[];
}

const DESK = ['desk-officer'] as const satisfies readonly Role[];
const HANDLERS = ['desk-officer', 'processing-officer'] as const satisfies readonly Role[];
const TRANSFER = [
	'desk-officer',
	'processing-officer',
	'leader'
] as const satisfies readonly Role[];
/**
 * The desk records what the processing unit or the leader hands back to it (the result, a signed
 * apology letter): a desk laptop is where these events are written (domain.md §3, §4.2 T14/T15).
 */
const DECIDE = ['desk-officer', 'processing-officer', 'leader'] as const satisfies readonly Role[];
const APOLOGY = ['desk-officer', 'leader'] as const satisfies readonly Role[];
const STOP = ['desk-officer', 'leader', 'supervisor'] as const satisfies readonly Role[];

const closeOpen = {
	withdraw: { to: 'withdrawn', roles: DESK },
	stop: { to: 'stopped', roles: STOP }
} as const;

/** The supervisor's review of a flagged dossier changes no state, in any state after receipt. */
const REVIEW = ['supervisor'] as const satisfies readonly Role[];
const reviewIn = <S extends LifecycleState>(state: S) => ({ review: { to: state, roles: REVIEW } });

/** The follow-up of an unsatisfied rating (§10) changes no state either; leaders and supervisors. */
const FOLLOW_UP = ['leader', 'supervisor'] as const satisfies readonly Role[];

/** domain.md §4.2, T2–T16: state × action → next state and the roles that may act. */
export const TRANSITIONS = {
	submitted: {
		receive: { to: 'received', roles: DESK },
		'give-guidance': { to: 'intake-guidance', roles: DESK },
		'reject-at-intake': { to: 'rejected-at-intake', roles: DESK },
		withdraw: closeOpen.withdraw
	},
	'intake-guidance': {
		receive: { to: 'received', roles: DESK },
		'reject-at-intake': { to: 'rejected-at-intake', roles: DESK },
		withdraw: closeOpen.withdraw
	},
	received: {
		transfer: { to: 'in-process', roles: TRANSFER },
		'result-ready': { to: 'result-ready', roles: ['desk-officer', 'leader'] },
		...closeOpen,
		...reviewIn('received')
	},
	'in-process': {
		transfer: { to: 'in-process', roles: TRANSFER },
		'request-supplement': { to: 'awaiting-supplement', roles: HANDLERS },
		'request-payment': { to: 'awaiting-payment', roles: HANDLERS },
		apology: { to: 'in-process', roles: APOLOGY },
		'result-ready': { to: 'result-ready', roles: DECIDE },
		...closeOpen,
		...reviewIn('in-process')
	},
	'awaiting-supplement': {
		'supplement-received': { to: 'in-process', roles: HANDLERS },
		...closeOpen,
		...reviewIn('awaiting-supplement')
	},
	'awaiting-payment': {
		'payment-received': { to: 'in-process', roles: HANDLERS },
		...closeOpen,
		...reviewIn('awaiting-payment')
	},
	'result-ready': {
		deliver: { to: 'delivered', roles: DESK },
		rate: { to: 'result-ready', roles: DESK },
		'follow-up': { to: 'result-ready', roles: FOLLOW_UP },
		...reviewIn('result-ready')
	},
	delivered: {
		rate: { to: 'delivered', roles: DESK },
		'follow-up': { to: 'delivered', roles: FOLLOW_UP },
		...reviewIn('delivered')
	},
	'rejected-at-intake': {},
	withdrawn: reviewIn('withdrawn'),
	stopped: reviewIn('stopped')
} as const satisfies Record<LifecycleState, Partial<Record<LifecycleAction, Transition>>>;

const table: Readonly<Record<LifecycleState, Partial<Record<LifecycleAction, Transition>>>> =
	TRANSITIONS;

/**
 * States no transition leaves (a delivered dossier may still be rated, §10; a closed one may still
 * be reviewed by the supervisor).
 */
export const TERMINAL_STATES: ReadonlySet<LifecycleState> = new Set([
	'rejected-at-intake',
	'withdrawn',
	'stopped',
	'delivered'
]);

export const TRANSITION_ERRORS = ['after-terminal-state', 'not-allowed-in-state'] as const;
export type TransitionError = (typeof TRANSITION_ERRORS)[number];

/** The table entry for `action` in `state`, or undefined; domain.md §4.2. */
export function transitionOf(
	state: LifecycleState,
	action: LifecycleAction
): Transition | undefined {
	return table[state][action];
}

/** Next state after `action` in `state`, or why the table forbids it; domain.md §4.2. */
export function nextState(
	state: LifecycleState,
	action: LifecycleAction
): { ok: true; state: LifecycleState } | { ok: false; error: TransitionError } {
	const t = transitionOf(state, action);
	if (t !== undefined) return { ok: true, state: t.to };
	return {
		ok: false,
		error: TERMINAL_STATES.has(state) ? 'after-terminal-state' : 'not-allowed-in-state'
	};
}

/** Whether `role` may take `action` in `state`, domain.md §3/§4.2. */
export function roleMay(role: Role, state: LifecycleState, action: LifecycleAction): boolean {
	return transitionOf(state, action)?.roles.includes(role) ?? false;
}

/** Dossiers that still count as open (domain.md §4.2, T12/T13 "any open"). */
export function isOpen(state: LifecycleState): boolean {
	return transitionOf(state, 'withdraw') !== undefined;
}
