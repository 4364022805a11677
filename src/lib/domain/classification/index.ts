export {
	classifyPending,
	classifyResolution,
	DEFAULT_CLASSIFICATION_SETTINGS,
	type ClassificationMode,
	type ClassificationSettings,
	type PendingTiming,
	type ResolutionTiming
} from './classify';
export { classifyOpenAt, dueAtCutoff, pausedAt, type DossierTimes } from './at-cutoff';
