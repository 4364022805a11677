/**
 * Checks that the read model says what the replicated documents say: every dossier on the laptop is
 * folded again and compared with its row (architecture.md §2: Dexie is only a projection).
 * Supervisors run it from Settings; the end-to-end tests use it to prove nothing was lost.
 */
import { foldDossier } from '$lib/domain/lifecycle';
import { dossierRow } from '$lib/storage/dossier-row';
import type { Workspace } from './workspace';

/** Below this many changes not folded, the read model is as good as current (ADR 36). */
export { SETTLING_CHANGES } from '$lib/storage/projector';

export interface DataCheck {
	readonly dossiers: number;
	readonly events: number;
	/** Codes whose row is missing or differs from a fold of the documents. */
	readonly mismatches: readonly string[];
	/** Rows whose dossier document is not in the database. */
	readonly orphanRows: readonly string[];
	readonly unreadable: number;
}

export async function checkData(ws: Workspace): Promise<DataCheck> {
	await ws.projector.catchUp();
	// The dossiers of the database and the closed ones archived beside it (ADR 37).
	const codes = await ws.store.dossierCodes();
	const mismatches: string[] = [];
	let events = 0;
	for (const code of codes) {
		const stored = await ws.store.load(code);
		const row = await ws.readModel.dossiers.get(code);
		if (stored === null || row === undefined) {
			mismatches.push(code);
			continue;
		}
		events += stored.events.length;
		const folded = foldDossier(stored.dossier, stored.events, ws.lifecycle, ws.deadlines);
		if (JSON.stringify(dossierRow(stored.dossier, folded)) !== JSON.stringify(row))
			mismatches.push(code);
	}
	const known = new Set(codes);
	const orphanRows = (await ws.readModel.dossiers.toCollection().primaryKeys()).filter(
		(c) => !known.has(c)
	);
	const unreadable = await ws.readModel.unreadable.count();
	return { dossiers: codes.length, events, mismatches, orphanRows, unreadable };
}

/** Drops the read model and projects every document again. */
export async function rebuildReadModel(ws: Workspace): Promise<number> {
	return ws.projector.rebuild();
}
