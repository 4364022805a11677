/**
 * Calendar and deadlines of the domain core (domain.md §1, §6, §11). Pure: the calendar, office
 * hours and settings are parameters; no clock is read.
 *
 * API summary
 * - Year data: `BUILT_IN_YEARS` (2019–2026 verified, 2027 provisional), `parseCalendarYear(json)`
 *   for catalogue documents, `entryDays(entry)`.
 * - `buildWorkingCalendar(years)` → `WorkingCalendar` with `isWorkingDay`, `nextWorkingDay`,
 *   `previousWorkingDay`, `addWorkingDays`, `workingDaysBetween`, `entryOn`, `yearStatus`.
 *   Dates in a year not loaded give `{ ok: false, error: 'calendar-year-missing', year }`.
 * - Context `{ calendar, hours, settings }` (`DEFAULT_OFFICE_HOURS`, `DEFAULT_CALENDAR_SETTINGS`).
 * - `rollToOpening(at, ctx)`, `computeDueAt(receivedAt, procedureTime, ctx)` (null for `none`),
 *   `computeStepDueAts(startAt, steps, ctx)`, `shiftDueForPauses(dueAt, pauses, ctx)`,
 *   `pausedWorkingMinutes`, `workingMinutesBetween(a, b, ctx)`, `addWorkingMinutes`.
 * - Apology window: `apologyDeadline(dueAt, ctx)`, `isApologyInTime(at, dueAt, ctx)`,
 *   `workingDaysBefore(at, dueAt, ctx)`.
 * - Rules by effective date: `ruleVersionAt(receivedAt)` / `ruleSetAt` (nd61-2018, nd118-2025),
 *   `HOLIDAY_RULES`, `holidayRulesForYear`, `nationalDayLength`.
 * - Lunar (proposals only): `tetDate(year)`, `hungKingsDate(year)`, `lunarToSolar`,
 *   `proposeProvisionalYear(year)`.
 */
export * from './result';
export * from './calendar-year';
export { BUILT_IN_YEARS, BUILT_IN_YEAR_SOURCES } from './years';
export { BASES, HOLIDAY_NAMES } from './years/bases';
export * from './working-calendar';
export * from './settings';
export {
	rollToOpening,
	openingAt,
	closingAt,
	dailyWorkingSeconds,
	isValidOfficeHours
} from './office-hours';
export { addWorkingMinutes, workingMinutesBetween } from './working-time';
export * from './due-date';
export * from './pauses';
export * from './steps';
export * from './apology';
export * from './rule-versions';
export * from './holiday-rules';
export * from './lunar';
export * from './propose-year';
