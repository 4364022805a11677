/**
 * The codes of the catalogue's administration forms (ADR 34) that the messages word, apart from
 * the forms' code so the first screen's message catalogue does not carry it.
 */
import type { ProcedureTime } from '../model';

export const TIME_UNITS = [
	'working-days',
	'calendar-days',
	'working-hours',
	'same-day',
	'none'
] as const satisfies readonly ProcedureTime['unit'][];
export type TimeUnit = (typeof TIME_UNITS)[number];

/** What is wrong with one field (`admin.procedure.errors.<code>`). */
export const DRAFT_ERRORS = [
	'required',
	'code-format',
	'whole-number',
	'at-least-one',
	'not-negative',
	'cutoff-format',
	'steps-too-long',
	'steps-not-splittable',
	'name-twice',
	'invalid'
] as const;
export type DraftError = (typeof DRAFT_ERRORS)[number];

/** The form's fields, in the order the page shows them. */
export const OFFICE_FORM_FIELDS = [
	'name',
	'parentName',
	'agencyCode',
	'adminUnitCode',
	'address',
	'place',
	'hours',
	'deskSlots',
	'keepClosedDays',
	'lockMinutes'
] as const;

export const OFFICE_ERRORS = [
	'required',
	'agency-code',
	'admin-unit-code',
	'hours-format',
	'whole-number',
	'out-of-range',
	'slots-overlap'
] as const;
export type OfficeError = (typeof OFFICE_ERRORS)[number];
