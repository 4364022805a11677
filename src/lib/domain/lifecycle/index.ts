export { availableActions, validateAction, type ValidationError } from './actions';
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
	transitionOf,
	TRANSITIONS,
	type IntakeAction,
	type LifecycleAction,
	type LifecycleState,
	type Role,
	type Transition,
	type TransitionError
} from './states';
export type * from './types';
