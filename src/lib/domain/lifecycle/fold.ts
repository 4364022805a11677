/**
 * A dossier's state is the fold of its events in `(at, id)` order (domain.md §4,
 * architecture.md §3). An event invalid where it lands is kept as an anomaly, never dropped.
 */
import type { DeadlineContext } from '../calendar';
import type { Dossier, DossierEvent } from '../model';
import { compareText } from '../time';
import { applyEffects, type FoldDraft } from './apply';
import { checkEvent } from './guards';
import { buildHandovers } from './handovers';
import type { LifecycleSettings } from './settings';
import { transitionOf } from './states';
import type { AnomalyCode, FoldedDossier } from './types';

/** The record written at receipt starts the machine in `received` (T2/T4). */
function initialDraft(dossier: Dossier): FoldDraft {
	const { code, receivedAt, dueAt } = dossier;
	return {
		code,
		state: 'received',
		outcome: null,
		receivedAt,
		receiptDueAt: dueAt,
		dueAt,
		dueTimeline: dueAt === null ? [] : [{ from: receivedAt, dueAt }],
		promisedDueAt: null,
		pauses: [],
		supplementRequests: 0,
		apology: null,
		decidedAt: null,
		deliveredAt: null,
		withdrawnAt: null,
		stoppedAt: null,
		returnedUnresolved: false,
		transfers: [],
		ratings: [],
		unsatisfiedRating: false,
		anomalies: [],
		reviews: [],
		followUps: [],
		toReview: [],
		calendarYearsMissing: [],
		lastEventAt: receivedAt,
		lastApplied: null,
		handovers: [],
		withdrawn: false,
		stopped: false,
		supervisorFlags: [],
		flaggedForSupervisor: false
	};
}

/** `(at, id)`: the order every replica folds in, architecture.md §3. */
export function compareEvents(
	a: Pick<DossierEvent, 'at' | 'id'>,
	b: Pick<DossierEvent, 'at' | 'id'>
): number {
	return compareText(a.at, b.at) || compareText(a.id, b.id);
}

/** Another desk's event got there first when ours was allowed just before it. */
function anomalyCode(d: FoldDraft, e: DossierEvent, error: AnomalyCode): AnomalyCode {
	const last = d.lastApplied;
	const raced =
		(error === 'not-allowed-in-state' || error === 'after-terminal-state') &&
		last !== null &&
		last.deskId !== e.deskId &&
		transitionOf(last.from, e.kind) !== undefined;
	return raced ? 'concurrent-action' : error;
}

/** Moves the ratings recorded so far to the anomalies ('already-rated'), before a later one. */
function supersedeRatings(d: FoldDraft): void {
	for (const r of d.ratings) {
		d.anomalies.push({
			eventId: r.eventId,
			kind: 'rate',
			at: r.at,
			deskId: r.deskId,
			code: 'already-rated',
			state: d.state
		});
	}
	d.ratings = [];
	d.unsatisfiedRating = false;
}

/** One step of the fold, domain.md §4.2: apply `e` if the table and the guards allow it. */
function step(
	d: FoldDraft,
	e: DossierEvent,
	settings: LifecycleSettings,
	ctx: DeadlineContext
): void {
	if (e.at > d.lastEventAt) d.lastEventAt = e.at;
	const check = checkEvent(d, e, e.at, settings, ctx);
	if (!check.ok && check.error === 'already-rated' && e.kind === 'rate') {
		// Two desks rated offline: the later rating counts, the earlier is kept as an anomaly.
		supersedeRatings(d);
		applyEffects(d, e, ctx);
		return;
	}
	if (!check.ok) {
		const code = anomalyCode(d, e, check.error);
		const anomaly = {
			eventId: e.id,
			kind: e.kind,
			at: e.at,
			deskId: e.deskId,
			code,
			state: d.state
		};
		const conflict = code === 'concurrent-action' ? { conflictsWith: d.lastApplied?.eventId } : {};
		d.anomalies.push({ ...anomaly, ...conflict });
		return;
	}
	applyEffects(d, e, ctx);
	// A review or a follow-up is no lifecycle step: it must not look like the action another desk
	// raced.
	if (e.kind !== 'review' && e.kind !== 'follow-up')
		d.lastApplied = { eventId: e.id, deskId: e.deskId, from: d.state };
	d.state = check.state;
}

/**
 * Folds a dossier's events (any order; sorted by `(at, id)` here), domain.md §4, §6.3–§6.5, §10.
 * `ctx` is the calendar context of the dossier's office. Throws when an event belongs to another
 * dossier (a bug in the caller).
 */
export function foldDossier(
	dossier: Dossier,
	events: readonly DossierEvent[],
	settings: LifecycleSettings,
	ctx: DeadlineContext
): FoldedDossier {
	const d = initialDraft(dossier);
	for (const e of [...events].sort(compareEvents)) {
		if (e.dossierCode !== dossier.code) throw new Error(`Event ${e.id} is not of ${dossier.code}`);
		step(d, e, settings, ctx);
	}
	// What a review covered no longer flags the dossier; what came after it (or reached this
	// laptop after it, whatever its time) does.
	const covered = new Set(d.reviews.flatMap((r) => r.covers));
	const unsatisfied = d.ratings.filter(
		(r) => r.rating === 'unsatisfied' && !covered.has(r.eventId)
	);
	const anomalies = d.anomalies.filter((a) => !covered.has(a.eventId));
	d.toReview = [...anomalies, ...unsatisfied].map((x) => x.eventId);
	if (d.unsatisfiedRating && unsatisfied.length > 0) d.supervisorFlags.push('unsatisfied-rating');
	if (anomalies.length > 0) d.supervisorFlags.push('anomaly');
	d.flaggedForSupervisor = d.supervisorFlags.length > 0;
	d.withdrawn = d.state === 'withdrawn';
	d.stopped = d.state === 'stopped';
	d.handovers = buildHandovers(d, dossier.procedure.steps, settings.classificationMode, ctx);
	return d;
}
