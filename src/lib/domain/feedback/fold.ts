/**
 * A feedback's state is the fold of its steps in `(at, id)` order (domain.md §4.3). A step that
 * does not fit the state it finds (two laptops acted while offline, or a rule was broken) is kept
 * as an anomaly for the supervisor, never thrown away, like a dossier's events (§4.2).
 */
import { compareEvents } from '../lifecycle/fold';
import type { Role } from '../lifecycle/states';
import { datePart, type IsoDate, type LocalDateTime } from '../time';
import type { Feedback, FeedbackStep, FeedbackStepDraft } from './schemas';
import { feedbackTransition, isFeedbackOpen, type FeedbackState } from './states';

export const FEEDBACK_STEP_ERRORS = [
	'role-not-allowed',
	'step-not-allowed',
	'unit-required',
	'answer-required',
	'answer-before-receipt',
	'answer-in-future',
	'publish-unchanged'
] as const;
export type FeedbackStepError = (typeof FEEDBACK_STEP_ERRORS)[number];

/** Answered by its due day, or after it. */
export type FeedbackTiming = 'on-time' | 'late';

export interface FeedbackAnswer {
	readonly text: string;
	readonly answeredOn: IsoDate;
	readonly at: LocalDateTime;
	readonly by: string;
}

export interface FoldedFeedback {
	readonly feedback: Feedback;
	readonly state: FeedbackState;
	readonly open: boolean;
	/** The unit it was last handed to. */
	readonly unit: string | null;
	readonly answer: FeedbackAnswer | null;
	readonly timing: FeedbackTiming | null;
	readonly published: boolean;
	/** The steps applied, in order. */
	readonly steps: readonly FeedbackStep[];
	readonly anomalies: readonly { readonly step: FeedbackStep; readonly error: FeedbackStepError }[];
	readonly lastStepAt: LocalDateTime;
}

const blank = (text: string): boolean => text.trim() === '';

interface Core {
	readonly feedback: Feedback;
	readonly state: FeedbackState;
	readonly published: boolean;
}

/**
 * Why `draft` may not be taken now by `role` at `at` (the rules beyond the table: a unit and an
 * answer need their text, an answer's day lies between the receipt and `at`); null when it may.
 * `role` null skips the role check (the fold: the server checked the role of what it accepted).
 */
function stepError(
	core: Core,
	draft: FeedbackStepDraft,
	at: LocalDateTime,
	role: Role | null
): FeedbackStepError | null {
	const transition = feedbackTransition(core.state, draft.kind);
	if (transition === null) return 'step-not-allowed';
	if (role !== null && !transition.roles.includes(role)) return 'role-not-allowed';
	switch (draft.kind) {
		case 'assign':
			return blank(draft.payload.unit) ? 'unit-required' : null;
		case 'answer':
			if (blank(draft.payload.text)) return 'answer-required';
			if (draft.payload.answeredOn < datePart(core.feedback.receivedAt))
				return 'answer-before-receipt';
			return draft.payload.answeredOn > datePart(at) ? 'answer-in-future' : null;
		case 'publish':
			return draft.payload.published === core.published ? 'publish-unchanged' : null;
	}
}

/** Steps in `(at, id)` order, as a dossier's events (domain.md §4.2). */
export const compareSteps: (a: FeedbackStep, b: FeedbackStep) => number = compareEvents;

export function foldFeedback(feedback: Feedback, steps: readonly FeedbackStep[]): FoldedFeedback {
	let core: Core = { feedback, state: 'received', published: false };
	let unit: string | null = null;
	let answer: FeedbackAnswer | null = null;
	const applied: FeedbackStep[] = [];
	const anomalies: { step: FeedbackStep; error: FeedbackStepError }[] = [];
	let lastStepAt = feedback.receivedAt;
	for (const step of [...steps].sort(compareSteps)) {
		if (step.at > lastStepAt) lastStepAt = step.at;
		const error = stepError(core, step, step.at, null);
		if (error !== null) {
			anomalies.push({ step, error });
			continue;
		}
		applied.push(step);
		const to = feedbackTransition(core.state, step.kind)?.to ?? core.state;
		switch (step.kind) {
			case 'assign':
				unit = step.payload.unit.trim();
				core = { ...core, state: to };
				break;
			case 'answer':
				answer = {
					text: step.payload.text,
					answeredOn: step.payload.answeredOn,
					at: step.at,
					by: step.by
				};
				core = { ...core, state: to };
				break;
			case 'publish':
				core = { ...core, published: step.payload.published };
				break;
		}
	}
	const timing: FeedbackTiming | null =
		answer === null ? null : answer.answeredOn <= datePart(feedback.dueAt) ? 'on-time' : 'late';
	return {
		feedback,
		state: core.state,
		open: isFeedbackOpen(core.state),
		unit,
		answer,
		timing,
		published: core.published,
		steps: applied,
		anomalies,
		lastStepAt
	};
}

/** Checks a step an officer asks to take now, against the feedback as folded. */
export function validateFeedbackStep(
	folded: FoldedFeedback,
	draft: FeedbackStepDraft,
	at: LocalDateTime,
	role: Role
): { readonly ok: true } | { readonly ok: false; readonly error: FeedbackStepError } {
	const core = { feedback: folded.feedback, state: folded.state, published: folded.published };
	const error = stepError(core, draft, at, role);
	return error === null ? { ok: true } : { ok: false, error };
}

/** The steps `role` may take on the feedback as it stands. */
export function availableFeedbackSteps(
	folded: FoldedFeedback,
	role: Role
): FeedbackStepDraft['kind'][] {
	const kinds = ['assign', 'answer', 'publish'] as const;
	return kinds.filter((kind) => {
		const transition = feedbackTransition(folded.state, kind);
		return transition !== null && transition.roles.includes(role);
	});
}
