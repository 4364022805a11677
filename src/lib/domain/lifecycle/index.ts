export {
	availableActions,
	openFollowUps,
	validateAction,
	VALIDATION_ERRORS,
	type ValidationError
} from './actions';
export { compareEvents, foldDossier } from './fold';
export { DEFAULT_LIFECYCLE_SETTINGS, type LifecycleSettings } from './settings';
export {
	isOpen,
	LIFECYCLE_ACTIONS,
	LIFECYCLE_STATES,
	nextState,
	roleMay,
	ROLES,
	TERMINAL_STATES,
	TRANSITION_ERRORS,
	transitionOf,
	TRANSITIONS,
	type IntakeAction,
	type LifecycleAction,
	type LifecycleState,
	type Role,
	type Transition,
	type TransitionError
} from './states';
export { ANOMALY_CODES, FOLLOW_UP_STATES, GUARD_ERRORS } from './types';
export type * from './types';
