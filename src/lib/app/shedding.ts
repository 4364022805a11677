/**
 * A desk that stays small (issue 11, ADRs 18 and 25): what closed before the office's window
 * leaves the laptop, a few times a day, in the office worker that runs the projector. Only what
 * the server is known to hold leaves; the dossier page and the lookup then reach those dossiers
 * on the server, as they do for a dossier a new laptop never brought.
 */
import { keptSinceDay } from '$lib/domain/catalogue';
import { KEPT_SINCE_KEY, type OfficeStore } from '$lib/storage/office-store';
import type { Projector } from '$lib/storage/projector';
import type { ReadModelDb } from '$lib/storage/read-model';
import { shedClosedBefore, type ShedResult } from '$lib/storage/shedding';
import { notYetOnServer } from '$lib/sync/push';
import { CheckpointStore } from '$lib/sync/sync-checkpoint';

export interface SheddingDesk {
	readonly store: OfficeStore;
	readonly readModel: ReadModelDb;
	readonly projector: Pick<Projector, 'between'>;
	/** The office's window (ADR 18); null keeps everything. */
	readonly keepClosedDays: number | null;
	readonly nowMs: number;
}

/**
 * Deletes here the dossiers closed, and untouched, before the window's first day; null when the desk
 * keeps everything or has never finished a pull (nothing on it is known to be on the server yet).
 */
export async function shedAged(desk: SheddingDesk): Promise<ShedResult | null> {
	if (desk.keepClosedDays === null) return null;
	const checkpoint = await new CheckpointStore(desk.store.db, 1).read();
	if (checkpoint.pulledSeq === 0) return null;
	const since = keptSinceDay(desk.keepClosedDays, desk.nowMs);
	const stay = await notYetOnServer(desk.store.db, checkpoint);
	const result = await shedClosedBefore(
		desk.store,
		desk.readModel,
		since,
		(id) => stay.has(id),
		(work) => desk.projector.between(work)
	);
	const kept = await desk.store.readLocal<string>(KEPT_SINCE_KEY);
	// The report of an earlier period then says what the laptop no longer holds.
	if (result.dossiers > 0 && (kept === null || kept < since)) {
		await desk.store.writeLocal(KEPT_SINCE_KEY, since);
	}
	return result;
}
