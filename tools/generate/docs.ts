/**
 * The documents of a plan, in the app's own format: `desk:<id>` as a laptop registers it
 * (src/lib/sync/desk-registry.ts), `dossier:<code>` and `event:…` by `toDossierDoc` /
 * `toEventDoc` (src/lib/storage/documents.ts); and a tally of what was generated.
 */
import type { Rating } from '$lib/domain/model';
import {
	toDossierDoc,
	toEventDoc,
	type DossierDoc,
	type EventDoc,
	type FeedbackDoc,
	type FeedbackStepDoc
} from '$lib/storage/documents';
import { foldFeedback } from '$lib/domain/feedback';
import type { FeedbackHistory } from './feedback';
import type { DeskDoc } from '$lib/sync/desk-registry';
import type { Timing } from './fates';
import type { History, OfficePlan } from './plan';

/** Any document the generator writes. */
export type GenDoc = DeskDoc | DossierDoc | EventDoc | FeedbackDoc | FeedbackStepDoc;

/** Who must be logged in to write `doc` (the validation's `by` / `registeredBy`). */
export function authorOf(doc: GenDoc): string {
	return doc.type === 'desk' ? doc.registeredBy : doc.by;
}

/** One registration per desk the generated officers use, by its first officer. */
export function deskDocs(plan: OfficePlan): DeskDoc[] {
	const seen = new Map<string, DeskDoc>();
	for (const officer of plan.staff.all) {
		const desk = officer.desk;
		if (seen.has(desk.id)) continue;
		seen.set(desk.id, {
			_id: `desk:${desk.id}`,
			type: 'desk' as const,
			id: desk.id,
			officeId: desk.officeId,
			name: desk.name,
			sequenceRange: desk.sequenceRange,
			registeredBy: officer.userName,
			registeredAt: plan.registeredAt,
			schemaVersion: 1 as const
		});
	}
	return [...seen.values()];
}

export function historyDocs(h: History): GenDoc[] {
	const officeId = h.dossier.officeId;
	return [toDossierDoc(h.dossier), ...h.events.map((e) => toEventDoc(e, officeId))];
}

export interface Tally {
	dossiers: number;
	events: number;
	open: number;
	withdrawn: number;
	stopped: number;
	resolved: number;
	refused: number;
	timings: Record<Timing, number>;
	/** Resolved dossiers whose fold gives another timing than drawn (should stay 0). */
	missed: number;
	ratings: Record<Rating, number>;
	byKind: Record<string, number>;
	/** Feedback and petitions (ADR 29): taken in, their steps, answered late, still open, published. */
	feedback: {
		items: number;
		steps: number;
		onTime: number;
		late: number;
		open: number;
		published: number;
	};
}

export function emptyTally(): Tally {
	return {
		dossiers: 0,
		events: 0,
		open: 0,
		withdrawn: 0,
		stopped: 0,
		resolved: 0,
		refused: 0,
		timings: { early: 0, 'on-time': 0, late: 0, none: 0 },
		missed: 0,
		ratings: { 'very-satisfied': 0, satisfied: 0, unsatisfied: 0 },
		byKind: {},
		feedback: { items: 0, steps: 0, onTime: 0, late: 0, open: 0, published: 0 }
	};
}

/** Counts a generated feedback as the app folds it. */
export function countFeedback(t: Tally, h: FeedbackHistory): void {
	const folded = foldFeedback(h.feedback, h.steps);
	t.feedback.items++;
	t.feedback.steps += h.steps.length;
	if (folded.timing === 'late') t.feedback.late++;
	else if (folded.timing === 'on-time') t.feedback.onTime++;
	else t.feedback.open++;
	if (folded.published) t.feedback.published++;
}

export function count(t: Tally, h: History): void {
	t.dossiers++;
	t.events += h.events.length;
	for (const e of h.events) {
		t.byKind[e.kind] = (t.byKind[e.kind] ?? 0) + 1;
		if (e.kind === 'rate') t.ratings[e.payload.rating]++;
	}
	if (h.fate.kind !== 'resolved') {
		t[h.fate.kind]++;
		return;
	}
	t.resolved++;
	if (h.fate.refused) t.refused++;
	if (h.timing !== null) t.timings[h.timing]++;
	if (h.timing !== h.fate.timing) t.missed++;
}

/** Percentages with 2 decimals of resolved dossiers with a due time, and of ratings. */
export function shares(t: Tally) {
	const timed = t.timings.early + t.timings['on-time'] + t.timings.late;
	const rated = t.ratings['very-satisfied'] + t.ratings.satisfied + t.ratings.unsatisfied;
	const pct = (n: number, of: number) => (of === 0 ? 0 : Math.round((10_000 * n) / of) / 100);
	return {
		early: pct(t.timings.early, timed),
		onTime: pct(t.timings['on-time'], timed),
		late: pct(t.timings.late, timed),
		ratedPerResolved: pct(rated, t.resolved),
		verySatisfied: pct(t.ratings['very-satisfied'], rated),
		satisfied: pct(t.ratings.satisfied, rated),
		unsatisfied: pct(t.ratings.unsatisfied, rated)
	};
}
