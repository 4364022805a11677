/**
 * The sync service's device-local memory, in the desk's office database as `_local/motcua-sync`
 * (never replicated, architecture.md §3): how far pushes and pulls got, the marker that tells a
 * restored server apart, the last successful sync and the refused documents.
 */
import { isConflict, isNotFound, type Db } from '$lib/storage/pouch';
import type { Rejection } from './sync-status';

export type Seq = number | string;

export interface SyncCheckpoint {
	/** This local database's own id, naming its marker on the server. */
	readonly replicaId: string;
	/** Every local change up to here was acknowledged by the server (or refused and listed). */
	readonly pushedSeq: Seq;
	/** Up to here, and confirmed by `serverMarker` written after it: where every push resumes. */
	readonly verifiedSeq: Seq;
	/** Every server change up to here is in the local database. */
	readonly pulledSeq: Seq;
	/** The value last written to the server's `_local/motcua-push-<replicaId>`. */
	readonly serverMarker: string | null;
	readonly lastSyncAt: string | null;
	/** Upload batch size: halves on 413 and stays there for this laptop. */
	readonly uploadBatch: number;
	readonly rejected: readonly Rejection[];
	/**
	 * Documents written on this laptop by another officer than the one the server session
	 * belongs to: the server would refuse them (`by` must be the writer), so they wait here until
	 * their author logs in online again (officer switching, issue 5).
	 */
	readonly deferred: readonly Deferred[];
}

export interface Deferred {
	readonly id: string;
	readonly rev: string;
	readonly author: string;
}

const ID = '_local/motcua-sync';

/** Ids of the documents that replicate (architecture.md §3); `_design/` and others stay local. */
export function isReplicated(id: string): boolean {
	return /^(dossier|event|desk|feedback|report|retirement):/.test(id);
}

export class CheckpointStore {
	#rev: string | undefined;

	constructor(
		readonly db: Db,
		readonly defaultBatch: number
	) {}

	async read(): Promise<SyncCheckpoint> {
		try {
			const doc = await this.db.get<{ value: SyncCheckpoint }>(ID);
			this.#rev = doc._rev;
			return { ...doc.value, deferred: doc.value.deferred ?? [] };
		} catch (error) {
			if (!isNotFound(error)) throw error;
			return {
				replicaId: globalThis.crypto.randomUUID(),
				pushedSeq: 0,
				verifiedSeq: 0,
				pulledSeq: 0,
				serverMarker: null,
				lastSyncAt: null,
				uploadBatch: this.defaultBatch,
				rejected: [],
				deferred: []
			};
		}
	}

	async write(value: SyncCheckpoint): Promise<void> {
		for (;;) {
			try {
				const doc = { _id: ID, ...(this.#rev ? { _rev: this.#rev } : {}), value };
				this.#rev = (await this.db.put(doc)).rev;
				return;
			} catch (error) {
				if (!isConflict(error)) throw error;
				this.#rev = (await this.db.get(ID))._rev;
			}
		}
	}
}

/** Refusals by id, the latest winning: a document is listed once. */
export function mergeRejections(
	kept: readonly Rejection[],
	added: readonly Rejection[]
): Rejection[] {
	const byId = new Map(kept.map((r) => [r.id, r]));
	for (const r of added) byId.set(r.id, r);
	return [...byId.values()];
}
