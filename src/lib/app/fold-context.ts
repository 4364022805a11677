/** The rules a desk folds its dossiers with, built the same way on the page and in the worker. */
import {
	buildWorkingCalendar,
	DEFAULT_CALENDAR_SETTINGS,
	DEFAULT_OFFICE_HOURS,
	type CalendarYear,
	type DeadlineContext
} from '$lib/domain/calendar';
import type { OfficeHours } from '$lib/domain/model';
import { DEFAULT_LIFECYCLE_SETTINGS, type LifecycleSettings } from '$lib/domain/lifecycle';

export interface FoldRules {
	readonly settings: LifecycleSettings;
	readonly deadlines: DeadlineContext;
}

/** The office's calendar years (merged with the built-in ones) and its opening hours. */
export function foldContextOf(years: readonly CalendarYear[], hours: OfficeHours): FoldRules {
	return {
		settings: DEFAULT_LIFECYCLE_SETTINGS,
		deadlines: {
			calendar: buildWorkingCalendar(years),
			hours: hours.periods.length > 0 ? hours : DEFAULT_OFFICE_HOURS,
			settings: DEFAULT_CALENDAR_SETTINGS
		}
	};
}
