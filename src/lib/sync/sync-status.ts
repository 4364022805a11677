/**
 * What the desk shows about replication (architecture.md §5): an explicit state, the result of a
 * run, and the laptop clock's distance from the server's. Pure values; the service fills them.
 */
import { FAILURE_CODES } from './couch-http';

export const SYNC_STATES = [
	'idle',
	'offline',
	'syncing',
	'up-to-date',
	'error',
	'access-denied',
	'needs-login'
] as const;
export type SyncState = (typeof SYNC_STATES)[number];

/** Why the last run failed: the server's answer, or `local-error` (this laptop's storage). */
export const SYNC_ERROR_CODES = [...FAILURE_CODES, 'local-error'] as const;
export type SyncErrorCode = (typeof SYNC_ERROR_CODES)[number];

/**
 * Why the server refused a document: the codes of its validation (server/couch/validate-office.js,
 * ADR 6), `too-large` (this desk could not send it), `code-taken` (another dossier holds its code,
 * ADR 19) and `unknown` (no code the desk knows). Reports of other desks, read from the server,
 * may carry a code of a newer version: the message funnel words those as unknown.
 */
export const REJECTION_REASONS = [
	'immutable',
	'wrong-database',
	'not-office-member',
	'unknown-type',
	'bad-id',
	'no-attachments',
	'too-large',
	'missing-field',
	'wrong-office',
	'id-mismatch',
	'not-author',
	'role-not-allowed',
	'unknown-kind',
	'bad-field',
	'code-taken',
	'unknown'
] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

/** A document the server's validation refused, kept for the supervisor (never dropped). */
export interface Rejection {
	readonly id: string;
	readonly rev: string;
	/** The short code of the refusal (`not-author`, `immutable`, … ADR 6), or `too-large`. */
	readonly reason: RejectionReason;
	readonly message: string;
	/** Local time the server refused it (ISO). */
	readonly at: string;
}

export interface SyncProgress {
	readonly phase: 'push' | 'pull';
	readonly sent: number;
	readonly received: number;
	/** Server changes still to read, when the server says (CouchDB does; the embedded one not). */
	readonly pending: number | null;
	/** About how long the rest takes at this run's pace so far; null until it can tell. */
	readonly remainingMs?: number | null;
}

/** The pace is measured over this long at least before any estimate is shown. */
const PACE_AFTER_MS = 5_000;

/**
 * Time left for `pending` documents at the pace of `received` documents in `elapsedMs`; null when
 * too early to tell or nothing is left.
 */
export function remainingMs(received: number, pending: number | null, elapsedMs: number) {
	if (pending === null || pending <= 0 || received <= 0 || elapsedMs < PACE_AFTER_MS) return null;
	return Math.round((pending * elapsedMs) / received);
}

export interface SyncStatus {
	readonly state: SyncState;
	readonly progress: SyncProgress | null;
	/** Local replicated documents not yet confirmed on the server. */
	readonly unsent: number;
	/** ISO time of the last run that finished up to date. */
	readonly lastSyncAt: string | null;
	/** Server time minus laptop time at the last answer, in ms. */
	readonly clockSkewMs: number | null;
	/** Short code of the last failure (`offline`, `server-error`, …) or null. */
	readonly error: SyncErrorCode | null;
}

/** Before any run: nothing known yet, nothing counted. */
export const IDLE_STATUS: SyncStatus = {
	state: 'idle',
	progress: null,
	unsent: 0,
	lastSyncAt: null,
	clockSkewMs: null,
	error: null
};

export interface SyncResult {
	readonly status: SyncState;
	readonly sent: number;
	readonly received: number;
	/** Refused in this run. */
	readonly rejected: readonly Rejection[];
	/** The server's `Date` header of the last answer (ISO), or null when it never answered. */
	readonly serverTime: string | null;
	readonly clockSkewMs: number | null;
	readonly clockOff: boolean;
	readonly unsent: number;
	readonly attempts: number;
	readonly error: SyncErrorCode | null;
}

/** Deadlines are computed from the laptop clock: warn beyond this (architecture.md §5). */
export const CLOCK_TOLERANCE_MS = 5 * 60 * 1000;

/** Server time minus local time, from an HTTP `Date` header; null when absent or unreadable. */
export function clockSkewMs(dateHeader: string | null, localNow: number): number | null {
	if (dateHeader === null) return null;
	const server = Date.parse(dateHeader);
	return Number.isNaN(server) ? null : server - localNow;
}

/** Whether the laptop clock is off by more than the tolerance (the `Date` header has 1 s steps). */
export function isClockOff(skewMs: number | null, toleranceMs = CLOCK_TOLERANCE_MS): boolean {
	return skewMs !== null && Math.abs(skewMs) > toleranceMs;
}

export function isRejectionReason(code: unknown): code is RejectionReason {
	return typeof code === 'string' && (REJECTION_REASONS as readonly string[]).includes(code);
}

/**
 * The short code at the start of a CouchDB `forbidden` reason (`not-author: …` → `not-author`);
 * `unknown` when there is none or the desk does not know it (the whole reason stays in the
 * rejection's message).
 */
export function reasonCode(reason: unknown): RejectionReason {
	if (typeof reason !== 'string' || reason === '') return 'unknown';
	const code = reason.split(':')[0]?.trim() ?? '';
	return isRejectionReason(code) ? code : 'unknown';
}
