/**
 * Messages between the page and the office worker (ADR 16): the page asks, the worker answers
 * each request by its id, and tells the page every change of the sync status. Everything here is
 * plain data (structured clone); functions and class instances stay on their side.
 */
import type { CalendarYear } from '$lib/domain/calendar';
import type { OfficeHours } from '$lib/domain/model';
import type { Rejection, SyncResult, SyncStatus } from '$lib/sync/sync-status';

/** What the worker needs to open the office's stores and fold its dossiers. */
export interface OfficeWorkerSetup {
	readonly officeId: string;
	/** The office's PouchDB database on this laptop. */
	readonly dbName: string;
	/** The name the read model is opened with (`ReadModelDb`). */
	readonly readModelName: string;
	readonly years: readonly CalendarYear[];
	readonly hours: OfficeHours;
	/** Days the desk keeps a closed dossier (ADR 18); null: the whole office. */
	readonly keepClosedDays: number | null;
}

export type OfficeWorkerRequest =
	| { readonly op: 'open'; readonly setup: OfficeWorkerSetup }
	| { readonly op: 'catch-up' }
	| { readonly op: 'written'; readonly ids: readonly string[] }
	| { readonly op: 'rebuild' }
	| { readonly op: 'follow'; readonly on: boolean }
	| { readonly op: 'sync'; readonly remoteUrl: string; readonly user: string | null }
	| { readonly op: 'refresh'; readonly remoteUrl: string }
	| { readonly op: 'rejected'; readonly remoteUrl: string }
	| { readonly op: 'note-write'; readonly remoteUrl: string };

/** What each request resolves with. */
export interface OfficeWorkerAnswers {
	readonly open: null;
	readonly 'catch-up': number;
	readonly written: null;
	readonly rebuild: number;
	readonly follow: null;
	readonly sync: SyncResult;
	readonly refresh: SyncStatus;
	readonly rejected: readonly Rejection[];
	readonly 'note-write': null;
}

/** What the worker says, stamped with its clock (`at`, ms) so the page can judge skew by its own. */
export type OfficeWorkerMessage = { readonly at: number } & (
	| { readonly kind: 'answer'; readonly id: number; readonly value: unknown }
	| { readonly kind: 'failure'; readonly id: number; readonly message: string }
	| { readonly kind: 'status'; readonly remoteUrl: string; readonly status: SyncStatus }
);

/** A message before the worker stamps it. */
export type OfficeWorkerReport = OfficeWorkerMessage extends infer M
	? M extends { readonly at: number }
		? Omit<M, 'at'>
		: never
	: never;
