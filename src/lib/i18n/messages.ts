/**
 * The one way from a code to a message. Failure codes, states and the other enumerations the
 * screens show become text here only, never through a key built by hand: a message area is a key
 * prefix (`syncPage.errors`) with the `as const` list of the codes it words, exported where the
 * codes are produced. The catalogue test walks every list, so a code without a message in
 * Vietnamese or English fails the tests. A code no list knows — from a newer server, another
 * desk's report or data kept by an older version — is worded by the area's fallback, with the
 * code, and never shown as a raw key.
 */
import { ACT_ERRORS } from '$lib/app/dossier-actions';
import { DAY_END_TOTALS } from '$lib/app/day-end';
import { MISSING_ACTION_FIELDS } from '$lib/app/action-draft';
import { INTAKE_FORM_ERRORS } from '$lib/app/intake-forms';
import { LOGIN_ERRORS, LOGIN_STEPS } from '$lib/app/login';
import { PERIOD_ERRORS } from '$lib/app/period-report';
import { SUBMIT_ERRORS } from '$lib/app/report-submission';
import { SHORTCUT_IDS } from '$lib/app/shortcuts';
import { DOSSIER_FORM_KINDS, PRINTABLE_ERRORS } from '$lib/app/printable-forms';
import { OVERVIEW_COLUMNS } from '$lib/app/province-columns';
import { RECEIVE_FAILURES, RECEIVE_FIELD_ERRORS } from '$lib/app/receive-dossier';
import { QR_SCAN_NOTES } from '$lib/app/receive-draft';
import { TRACKING_BOOK_RANGE_ERRORS } from '$lib/app/tracking-book';
import { DESCRIBED_AREAS, NAV_AREAS } from '$lib/components/app-areas';
import { URGENCIES } from '$lib/domain/classification/urgency';
import { FOLLOW_UP_STATES, LIFECYCLE_STATES } from '$lib/domain/lifecycle';
import {
	CHANNELS,
	COMPONENT_FORMS,
	EVENT_KINDS,
	FOLLOW_UP_STEPS,
	ID_TYPES,
	OUTCOMES,
	RATINGS,
	RETURN_KINDS
} from '$lib/domain/model';
import { PERIOD_PRESETS } from '$lib/domain/report';
import { IMPORT_PROBLEMS } from '$lib/domain/import/problems';
import { IMPORT_FAILURES } from '$lib/app/import-book';
import { WORK_QUEUE_KINDS } from '$lib/storage/dossier-queries';
import { DUE_FILTERS, STATUS_GROUP_OPTIONS } from '$lib/storage/dossier-filters';
import { SEARCH_KINDS } from '$lib/storage/dossier-search-text';
import { FAILURE_CODES } from '$lib/sync/couch-http';
import { REJECTION_REASONS, SYNC_ERROR_CODES, SYNC_STATES } from '$lib/sync/sync-status';
import {
	FEEDBACK_CHANNELS,
	FEEDBACK_INPUT_ERRORS,
	FEEDBACK_KINDS,
	FEEDBACK_STATES,
	FEEDBACK_STEP_ERRORS,
	FEEDBACK_STEP_KINDS
} from '$lib/domain/feedback';
import { FEEDBACK_ACT_ERRORS, TAKE_FEEDBACK_FAILURES } from '$lib/app/feedback';
import {
	FEEDBACK_DUE_FILTERS,
	FEEDBACK_PUBLISHED_FILTERS,
	FEEDBACK_STATE_FILTERS
} from '$lib/app/feedback-list';
import { ADMIN_FAILURES, AUDIT_ACTIONS, AUDIT_FIELDS, AUDIT_TARGETS } from '$lib/app/admin-codes';
import { ADMIN_PARTS } from '$lib/components/admin/admin-parts';
import { CALENDAR_EDIT_ERRORS, ENTRY_KINDS } from '$lib/domain/calendar/edit-codes';
import { OCCASIONS } from '$lib/domain/calendar/calendar-year';
import { PROCEDURE_LEVELS } from '$lib/domain/catalogue/schema';
import {
	DRAFT_ERRORS,
	OFFICE_ERRORS,
	OFFICE_FORM_FIELDS,
	TIME_UNITS
} from '$lib/domain/catalogue/form-codes';
import { ACCOUNT_ERRORS, OFFICER_FUNCTIONS } from '$lib/domain/officers/account';
import { LOCALES } from './index';

/** The generic messages for a code no list knows; both take the code as `{code}`. */
export const FALLBACK_KEYS = {
	/** "Đã xảy ra lỗi không xác định (mã: …)." */
	failure: 'unknownCode.failure',
	/** A state or kind the app does not know: "Không xác định (mã: …)". */
	value: 'unknownCode.value'
} as const;

interface Area {
	readonly codes: readonly string[];
	/** The key of the message for a code not in `codes`. */
	readonly fallback: string;
}

const failures = <const C extends readonly string[]>(codes: C) =>
	({ codes, fallback: FALLBACK_KEYS.failure }) as const;
const values = <const C extends readonly string[]>(codes: C) =>
	({ codes, fallback: FALLBACK_KEYS.value }) as const;

/** Every message area: its key prefix, the codes it words and what it says for any other code. */
export const MESSAGE_AREAS = {
	// Why something failed.
	'syncPage.errors': failures(SYNC_ERROR_CODES),
	'province.rowFailed': failures(FAILURE_CODES),
	'login.errors': failures(LOGIN_ERRORS),
	actionErrors: failures(ACT_ERRORS),
	'actionForm.missing': failures(MISSING_ACTION_FIELDS),
	errors: failures([...RECEIVE_FIELD_ERRORS, ...QR_SCAN_NOTES, ...RECEIVE_FAILURES]),
	'receive.slipErrors': failures(INTAKE_FORM_ERRORS),
	'forms.errors': failures(PRINTABLE_ERRORS),
	'trackingBook.errors': failures(TRACKING_BOOK_RANGE_ERRORS),
	'report.errors': failures(PERIOD_ERRORS),
	'report.submit.errors': failures(SUBMIT_ERRORS),
	'import.problems': failures(IMPORT_PROBLEMS),
	'import.failures': failures(IMPORT_FAILURES),
	'feedback.inputErrors': failures(FEEDBACK_INPUT_ERRORS),
	'feedback.failures': failures(TAKE_FEEDBACK_FAILURES),
	'feedback.stepErrors': failures([...FEEDBACK_STEP_ERRORS, ...FEEDBACK_ACT_ERRORS]),
	'admin.failure': failures(ADMIN_FAILURES),
	'admin.procedure.errors': failures(DRAFT_ERRORS),
	'admin.accounts.errors': failures(ACCOUNT_ERRORS),
	'admin.offices.errors': failures(OFFICE_ERRORS),
	'admin.calendar.errors': failures([...CALENDAR_EDIT_ERRORS, 'year-format', 'year-exists']),
	/** A refusal the desk cannot name says so, as it always has. */
	'syncPage.reasons': { codes: REJECTION_REASONS, fallback: 'syncPage.reasons.unknown' },
	// States, kinds and choices.
	syncStatus: values(SYNC_STATES),
	'login.steps': values(LOGIN_STEPS),
	dossierStatus: values(LIFECYCLE_STATES),
	citizenStatus: values(LIFECYCLE_STATES),
	outcome: values(OUTCOMES),
	channel: values(CHANNELS),
	rating: values(RATINGS),
	followUpStep: values(FOLLOW_UP_STEPS),
	followUpState: values(FOLLOW_UP_STATES),
	action: values(EVENT_KINDS),
	'forms.kinds': values(DOSSIER_FORM_KINDS),
	'province.columns': values(OVERVIEW_COLUMNS),
	'report.presets': values(PERIOD_PRESETS),
	'shortcuts.actions': values(SHORTCUT_IDS),
	nav: values(NAV_AREAS),
	areas: values(DESCRIBED_AREAS),
	'dossierList.kind': values(SEARCH_KINDS),
	statusGroup: values(STATUS_GROUP_OPTIONS),
	dueFilter: values(DUE_FILTERS),
	urgency: values(URGENCIES),
	'workQueue.queues': values(WORK_QUEUE_KINDS),
	componentForm: values(COMPONENT_FORMS),
	returnKind: values(RETURN_KINDS),
	idType: values(ID_TYPES),
	'dayEnd.totals': values(DAY_END_TOTALS),
	'feedback.kinds': values(FEEDBACK_KINDS),
	'feedback.channels': values(FEEDBACK_CHANNELS),
	'feedback.states': values(FEEDBACK_STATES),
	'feedback.steps': values(FEEDBACK_STEP_KINDS),
	'feedback.timing': values(['on-time', 'late']),
	'feedback.filters.stateOptions': values(FEEDBACK_STATE_FILTERS),
	'feedback.filters.dueOptions': values(FEEDBACK_DUE_FILTERS),
	'feedback.filters.publishedOptions': values(FEEDBACK_PUBLISHED_FILTERS),
	language: values(LOCALES),
	calendarWarning: values(['provisional', 'missing']),
	'admin.nav': values(ADMIN_PARTS),
	'admin.parts': values(ADMIN_PARTS),
	'admin.level': values(PROCEDURE_LEVELS),
	'admin.timeUnit': values(TIME_UNITS),
	'admin.timeText': values(['working-days', 'calendar-days', 'working-hours', 'same-day']),
	'admin.occasion': values(OCCASIONS),
	'admin.entryKind': values(ENTRY_KINDS),
	'admin.audit.target': values(AUDIT_TARGETS),
	'admin.audit.actions': values(AUDIT_ACTIONS),
	'admin.audit.field': values(AUDIT_FIELDS),
	'admin.function': values(OFFICER_FUNCTIONS),
	'admin.offices.fields': values(OFFICE_FORM_FIELDS),
	'admin.offices.hints': values(OFFICE_FORM_FIELDS)
} as const satisfies Record<string, Area>;

export type MessageArea = keyof typeof MESSAGE_AREAS;
/** The codes an area words: `AreaCode<'syncPage.errors'>` is `'offline' | … | 'local-error'`. */
export type AreaCode<A extends MessageArea> = (typeof MESSAGE_AREAS)[A]['codes'][number];

/** svelte-i18n's `$_` (or any formatter with its signature). */
export type Translate = (
	key: string,
	options?: { values?: Record<string, string | number>; locale?: string }
) => string;

export interface MessageOptions {
	/** Placeholders of the message (the fallback is given the code instead). */
	readonly values?: Record<string, string | number>;
	/** A language other than the screen's, e.g. `vi` on paper (ADR 7). */
	readonly locale?: string;
}

/** Whether `code` is one the area words; false for codes of other versions and for non-strings. */
export function isAreaCode<A extends MessageArea>(area: A, code: unknown): code is AreaCode<A> {
	return (
		typeof code === 'string' && (MESSAGE_AREAS[area].codes as readonly string[]).includes(code)
	);
}

/** The catalogue key of a code: `messageKey('syncPage.errors', 'offline')` → `syncPage.errors.offline`. */
export function messageKey<A extends MessageArea>(area: A, code: AreaCode<A>): string {
	return `${area}.${code}`;
}

/**
 * The message for `code` in `area`: `codeMessage($_, 'syncPage.errors', status.error)`. A code
 * the area does not know (the types say it cannot happen; data from the server or an older
 * version may still carry one) gets the area's fallback with the code.
 */
export function codeMessage<A extends MessageArea>(
	t: Translate,
	area: A,
	code: AreaCode<A>,
	options: MessageOptions = {}
): string {
	const { values: given, locale } = options;
	const localeOption = locale === undefined ? {} : { locale };
	if (isAreaCode(area, code)) {
		return t(messageKey(area, code), { ...localeOption, ...(given ? { values: given } : {}) });
	}
	return t(MESSAGE_AREAS[area].fallback, { ...localeOption, values: { code: String(code) } });
}
