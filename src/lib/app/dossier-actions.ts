/**
 * Acting on a received dossier (domain.md §4.2): the domain decides whether the action is
 * allowed now; the event is then written once, attributed to this desk's officer.
 */
import {
	availableActions,
	foldDossier,
	validateAction,
	VALIDATION_ERRORS,
	type EventDraft,
	type FoldedDossier,
	type LifecycleAction
} from '$lib/domain/lifecycle';
import { classifyResolution } from '$lib/domain/classification';
import type { Dossier, DossierEvent } from '$lib/domain/model';
import type { LocalDateTime } from '$lib/domain/time';
import { eventDocId } from '$lib/storage/documents';
import type { Collision } from '$lib/storage/collisions';
import type { StoredDossier } from '$lib/storage/office-store';
import { officeDbName } from '$lib/storage/pouch';
import { dossierFromServer } from '$lib/sync/archived-dossiers';
import type { FailureCode, Fetch } from '$lib/sync/couch-http';
import { handoverUnits } from './handover-units';
import { officerLabel } from './officer-label';
import type { Workspace } from './workspace';

export interface DossierView {
	readonly dossier: Dossier;
	readonly events: readonly DossierEvent[];
	readonly folded: FoldedDossier;
	readonly actions: readonly LifecycleAction[];
	/** Stored documents of this dossier that could not be read. */
	readonly unreadable: readonly { readonly id: string; readonly detail: string }[];
	/** Where a hand-over most likely goes, first the likeliest (the form offers and pre-fills them). */
	readonly handoverUnits: readonly string[];
	/** Who did something and at which desk, as people read it: "Nguyễn Thị Lan — Bàn 2". */
	readonly who: (userName: string, deskId: string) => string;
	/** Other dossiers under the same code (ADR 19): kept, shown beside this one. */
	readonly collisions: readonly Collision[];
	/** Read from the server: the dossier left this laptop (ADR 18); to read, not to act on. */
	readonly archived: boolean;
}

/** The dossier with its history folded, and what this officer may do now. */
export async function viewDossier(ws: Workspace, code: string): Promise<DossierView | null> {
	const stored = await ws.store.load(code);
	return stored === null ? null : viewOf(ws, stored, false);
}

function viewOf(ws: Workspace, stored: StoredDossier, archived: boolean): DossierView {
	const folded = foldDossier(stored.dossier, stored.events, ws.lifecycle, ws.deadlines);
	const actions = archived ? [] : availableActions(folded, ws.setup.officer.role, ws.lifecycle);
	const units = archived ? [] : handoverUnits(stored.dossier, stored.events, ws.procedures);
	const who = (userName: string, deskId: string) => officerLabel(ws, userName, deskId);
	return { ...stored, folded, actions, handoverUnits: units, who, archived };
}

export type ServerView =
	| { readonly ok: true; readonly view: DossierView | null }
	| { readonly ok: false; readonly error: FailureCode };

/**
 * A dossier this laptop does not hold, read from the office's database on the server
 * (`serverUrl`: `<origin>/db`): one closed before the office's window (ADR 18), or one another
 * desk received that has not arrived yet.
 */
export async function viewFromServer(
	ws: Workspace,
	code: string,
	serverUrl: string,
	fetch?: Fetch
): Promise<ServerView> {
	const url = `${serverUrl}/${officeDbName(ws.setup.officeId)}`;
	const answer = await dossierFromServer(url, code, fetch);
	if (!answer.ok) return answer;
	return { ok: true, view: answer.stored === null ? null : viewOf(ws, answer.stored, true) };
}

/** Why an action on a dossier was refused (`actionErrors.*`, also the anomalies' codes). */
export const ACT_ERRORS = [...VALIDATION_ERRORS, 'dossier-not-found'] as const;
export type ActError = (typeof ACT_ERRORS)[number];

export type ActResult =
	| { readonly ok: true; readonly event: DossierEvent }
	| { readonly ok: false; readonly error: ActError };

/**
 * A result carries its timing as classified now against the due time in force (domain.md §7),
 * so that the server can count the province's report (ADR 31).
 */
function withTiming(draft: EventDraft, folded: FoldedDossier, now: LocalDateTime): EventDraft {
	if (draft.kind !== 'result-ready' || draft.payload.timing !== undefined) return draft;
	const timing = classifyResolution(folded.dueAt, now) ?? 'none';
	return { ...draft, payload: { ...draft.payload, timing } };
}

/** Validates `draft` against the dossier as stored now and writes it as a new event. */
export async function actOnDossier(
	ws: Workspace,
	code: string,
	draft: EventDraft,
	now: LocalDateTime
): Promise<ActResult> {
	const view = await viewDossier(ws, code);
	if (view === null) return { ok: false, error: 'dossier-not-found' };
	const { officer, desk } = ws.setup;
	const check = validateAction(view.folded, draft, now, officer.role, ws.lifecycle, ws.deadlines);
	if (!check.ok) return check;
	let n = view.events.filter((e) => e.deskId === desk.id).length + 1;
	const recorded = withTiming(draft, view.folded, now);
	for (;;) {
		const event = {
			id: eventDocId(code, now, desk.id, n),
			dossierCode: code,
			at: now,
			by: officer.userName,
			deskId: desk.id,
			...recorded
		} as DossierEvent;
		const written = await ws.store.putEvent(event);
		if (written.ok) return { ok: true, event };
		n += 1;
	}
}
