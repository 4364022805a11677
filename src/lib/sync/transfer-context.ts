/**
 * What one run of a desk's sync carries between its two halves (architecture.md §5): the local
 * database, the server, the checkpoint and what the run moved. The push (`push.ts`) sends what the
 * desk wrote; the pull (`pull.ts`, and `first-pull.ts` for an empty desk) brings what the server
 * holds. Neither uses stock `PouchDB.replicate`: ADR 21 says why.
 */
import type { ClosedArchive } from '$lib/storage/closed-archive';
import type { Db } from '$lib/storage/pouch';
import type { CouchHttp } from './couch-http';
import type { CheckpointStore, Seq, SyncCheckpoint } from './sync-checkpoint';
import type { Rejection } from './sync-status';

export type Doc = { _id: string; _rev: string } & Record<string, unknown>;
export type BulkResult = { id?: string; ok?: boolean; error?: string; reason?: string };
export type Change = { id: string; seq: Seq; changes: { rev: string }[] };

export interface RunTotals {
	sent: number;
	received: number;
	pending: number | null;
	readonly rejected: Rejection[];
}

export interface TransferContext {
	readonly db: Db;
	/** Where a first pull puts the closed dossiers of the window (ADR 37); unset: into `db`. */
	readonly closed?: ClosedArchive;
	readonly http: CouchHttp;
	checkpoint: SyncCheckpoint;
	save(next: Partial<SyncCheckpoint>): Promise<void>;
	/** What this run moved so far, across attempts (a cut loses none of it). */
	readonly totals: RunTotals;
	progress(phase: 'push' | 'pull'): void;
	now(): string;
	/**
	 * The user the server session belongs to: documents written by another officer wait in
	 * `checkpoint.deferred` (the server would refuse them). Null sends everything.
	 */
	readonly author: string | null;
	/** Which server documents a pull brings; default: the office's replicated documents. */
	readonly accepts?: (id: string) => boolean;
	/**
	 * `id@rev` of what this run wrote from the server and the push checkpoint has not passed yet
	 * (push steps over them without asking the server).
	 */
	readonly pulled: Set<string>;
	/** Runs after each pulled part is written (the office sync pushes, to keep pace). */
	readonly afterPulled?: (written: readonly Doc[]) => Promise<void>;
	/** Awaited before each write of pulled documents: the page may ask to go first (ADR 23). */
	readonly pace?: () => Promise<void>;
	/**
	 * A first pull has written the open dossiers and goes on with the rest (`rest`), or has
	 * ended, whichever way (`done`): the office worker lets its projector wait meanwhile (ADR 36).
	 */
	readonly firstPullPhase?: (phase: 'rest' | 'done') => Promise<void>;
}

/** A context whose `save` writes the checkpoint through `store` (read first). */
export async function transferContext(
	store: CheckpointStore,
	fields: Omit<TransferContext, 'checkpoint' | 'save'>
): Promise<TransferContext> {
	const ctx: TransferContext = {
		...fields,
		checkpoint: await store.read(),
		async save(next: Partial<SyncCheckpoint>) {
			ctx.checkpoint = { ...ctx.checkpoint, ...next };
			await store.write(ctx.checkpoint);
		}
	};
	return ctx;
}

/** Who wrote a replicated document: the user the server's validation compares with. */
export function authorOf(doc: Record<string, unknown>): string | null {
	for (const field of ['by', 'registeredBy', 'receivedBy']) {
		const value = doc[field];
		if (typeof value === 'string') return value;
	}
	return null;
}
