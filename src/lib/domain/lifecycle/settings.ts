/**
 * The lifecycle's settings (rules marked [A]/[R] in domain.md). Working-time arithmetic comes
 * from `calendar/` through its `DeadlineContext` (calendar, office hours, calendar settings),
 * which also holds the apology lead time (`apologyLeadWorkingDays`, §6.4, default 1).
 */
import type { ClassificationMode } from '../classification';

export interface LifecycleSettings {
	/** domain.md §6.3: supplement requests per dossier ("only once", [A] configurable, default 1). */
	readonly maxSupplementRequests: number;
	/** domain.md §7: how hand-over steps are classified on Form 05 (default date-then-time). */
	readonly classificationMode: ClassificationMode;
}

export const DEFAULT_LIFECYCLE_SETTINGS: LifecycleSettings = {
	maxSupplementRequests: 1,
	classificationMode: 'date-then-time'
};
