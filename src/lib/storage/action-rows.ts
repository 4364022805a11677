/**
 * The `actions` rows of one dossier (read model, day-end page): its applied events of the
 * recorded kinds. The fold decides what was applied: an event it kept as an anomaly (two desks
 * acted offline, architecture.md §3) did not happen as far as the figures go.
 */
import type { FoldedDossier } from '$lib/domain/lifecycle';
import type { DossierEvent } from '$lib/domain/model';
import { RECORDED_ACTION_KINDS, type ActionRow, type RecordedActionKind } from './read-model';

const RECORDED: ReadonlySet<string> = new Set(RECORDED_ACTION_KINDS);

function isRecorded(kind: string): kind is RecordedActionKind {
	return RECORDED.has(kind);
}

export function actionRows(events: readonly DossierEvent[], folded: FoldedDossier): ActionRow[] {
	const anomalous = new Set(folded.anomalies.map((a) => a.eventId));
	const rows: ActionRow[] = [];
	for (const e of events) {
		if (!isRecorded(e.kind) || anomalous.has(e.id)) continue;
		rows.push({
			eventId: e.id,
			code: e.dossierCode,
			kind: e.kind,
			at: e.at,
			by: e.by,
			deskId: e.deskId
		});
	}
	return rows;
}
