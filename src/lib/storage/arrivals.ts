/**
 * The projector's fast path for dossiers that have just arrived (ADR 22). Folding a dossier needs
 * all its documents; a batch of changes holds those it brought, and the rest would have to be read
 * back from PouchDB, one key range per dossier. On a first sync that reading cost more than the
 * folding. It is not needed for:
 * - a dossier whose intake record arrives in this batch (first revision, no second dossier under
 *   its code), that has no row and was never seen without one: it has no document before;
 * - a dossier folded that way in the previous batch (its documents are carried over in memory):
 *   one write of the pull can be cut by the batch boundary between its intake records and their
 *   events.
 * A dossier seen without a row (an event before its intake record, a fold the rules refused) is
 * an orphan, kept in the read model's meta, and always read back.
 */
import { dossierCodeOf } from './documents';
import type { DossierRow, ReadModelDb } from './read-model';

export const ORPHANS = 'orphans';

/** What a batch of changes says of the dossiers it touches. */
export interface BatchDocs {
	/** The codes touched. */
	readonly codes: ReadonlySet<string>;
	/** The readable documents of the batch, by id (the fast path adds the carried ones). */
	readonly known: Map<string, unknown>;
	/** Codes whose intake record arrives in this batch in its first revision, alone. */
	readonly arrived: ReadonlySet<string>;
	/** Codes with a deleted or unreadable document in the batch: never on the fast path. */
	readonly unsure: ReadonlySet<string>;
}

export interface ArrivalPlan {
	/** Codes whose every document is in `known`. */
	readonly whole: ReadonlySet<string>;
	/** Those of `whole` that have just arrived: no row, nothing derived from them yet. */
	readonly fresh: ReadonlySet<string>;
	readonly orphans: ReadonlySet<string>;
}

export class Arrivals {
	#carry = new Map<string, Map<string, unknown>>();

	constructor(private readonly readModel: ReadModelDb) {}

	/** Forgets what was carried (the read model was cleared). */
	reset(): void {
		this.#carry.clear();
	}

	async plan(batch: BatchDocs): Promise<ArrivalPlan> {
		const stored = (await this.readModel.meta.get(ORPHANS))?.value;
		const orphans = new Set(typeof stored === 'string' ? (JSON.parse(stored) as string[]) : []);
		const sure = (code: string) => !batch.unsure.has(code) && !orphans.has(code);
		const whole = new Set<string>();
		for (const code of batch.codes) {
			const carried = this.#carry.get(code);
			if (carried === undefined || batch.arrived.has(code) || !sure(code)) continue;
			for (const [id, doc] of carried) if (!batch.known.has(id)) batch.known.set(id, doc);
			whole.add(code);
		}
		const candidates = [...batch.arrived].filter(sure);
		const rows = candidates.length > 0 ? await this.readModel.dossiers.bulkGet(candidates) : [];
		const fresh = new Set(candidates.filter((_, i) => rows[i] === undefined));
		for (const code of fresh) whole.add(code);
		this.#carry.clear();
		return { whole, fresh, orphans };
	}

	/**
	 * After the batch's fold: the orphans to store (null when unchanged), and the documents of the
	 * dossiers folded on the fast path kept for the next batch. Call `keep` once the batch is written.
	 */
	settle(
		batch: BatchDocs,
		plan: ArrivalPlan,
		folded: { present: readonly DossierRow[]; absent: readonly string[] }
	): { orphans: string | null; keep: () => void } {
		const next = new Set(plan.orphans);
		for (const code of folded.absent) next.add(code);
		for (const row of folded.present) next.delete(row.code);
		const changed = next.size !== plan.orphans.size || [...next].some((c) => !plan.orphans.has(c));
		const carry = new Map<string, Map<string, unknown>>();
		for (const row of folded.present) {
			if (plan.whole.has(row.code)) carry.set(row.code, new Map());
		}
		for (const [id, doc] of batch.known) carry.get(dossierCodeOf(id) ?? '')?.set(id, doc);
		return {
			orphans: changed ? JSON.stringify([...next]) : null,
			keep: () => (this.#carry = carry)
		};
	}
}

/** An intake record in its first revision without a second one beside it (ADR 19). */
export function isFirstRevision(doc: unknown): boolean {
	const { _rev, _conflicts } = doc as { _rev?: unknown; _conflicts?: unknown[] };
	return typeof _rev === 'string' && _rev.startsWith('1-') && (_conflicts?.length ?? 0) === 0;
}
