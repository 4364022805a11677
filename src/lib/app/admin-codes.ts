/**
 * The codes of the administration pages (ADR 34) that the messages word: failures, audit actions,
 * targets and fields. Apart from the administration code itself, so the message catalogue (in the
 * first screen's bundle) imports no server code with them.
 */
import { FAILURE_CODES } from '$lib/sync/couch-http';

/** Why a page could not read or write (`admin.failure.*`). */
export const ADMIN_FAILURES = [
	...FAILURE_CODES,
	'not-found',
	'conflict',
	'refused',
	'duplicate-code',
	'duplicate-user',
	'unchanged',
	'invalid',
	'invalid-account',
	'invalid-office',
	'unsent-unconfirmed'
] as const;
export const AUDIT_ACTIONS = ['create', 'update', 'retire', 'restore'] as const;
/** What an audit entry names: `<kind>:<id>`. */
export const AUDIT_TARGETS = ['procedure', 'office', 'calendar', 'user', 'desk'] as const;
/** Every field an audit entry may list (`admin.audit.field.*`). */
export const AUDIT_FIELDS = [
	'code',
	'name',
	'sector',
	'level',
	'time',
	'components',
	'feeVnd',
	'feeNote',
	'processingUnit',
	'steps',
	'legalBasis',
	'retired',
	'procedureCodes',
	'entries',
	'bases',
	'status',
	'userName',
	'fullName',
	'officeId',
	'functions',
	'password',
	'disabled',
	'parentName',
	'agencyCode',
	'adminUnitCode',
	'address',
	'place',
	'hours',
	'deskSlots',
	'keepClosedDays',
	'lockMinutes',
	'release-free',
	'release-never'
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
export type AdminFailure = (typeof ADMIN_FAILURES)[number];
