/**
 * Feedback and petitions at the desk (PAKN, domain.md §4.3, ADR 29): taking one in (its code and
 * due time, one document), reading one with its steps folded, and taking a step (handed to a
 * unit, answered, published), each step a new document attributed to this desk's officer.
 */
import {
	availableFeedbackSteps,
	checkFeedbackInput,
	compareSteps,
	emptyFeedbackInput,
	feedbackSummary,
	type FeedbackSummary,
	FEEDBACK_INTAKE_ROLES,
	feedbackDueAt,
	foldFeedback,
	validateFeedbackStep,
	type Feedback,
	type FeedbackInput,
	type FeedbackInputErrors,
	type FeedbackStep,
	type FeedbackStepDraft,
	type FeedbackStepError,
	type FoldedFeedback
} from '$lib/domain/feedback';
import { datePart, type IsoDate, type LocalDateTime } from '$lib/domain/time';
import type { DeviceDb } from '$lib/storage/device-db';
import { feedbackStepDocId } from '$lib/storage/documents';
import { buildFeedbackReceipt, type FeedbackReceiptForm } from '$lib/domain/forms';
import { reserveFeedbackCode } from './code-allocator';
import { deskOf, officerName } from './form-sources';
import { officerLabel } from './officer-label';
import type { Workspace } from './workspace';

/** Why a complete, valid feedback could not be taken in (`feedback.failures.*`). */
export const TAKE_FEEDBACK_FAILURES = [
	'calendar-year-missing',
	'desk-range-exhausted',
	'desk-retired',
	'role-not-allowed'
] as const;
export type TakeFeedbackFailure = (typeof TAKE_FEEDBACK_FAILURES)[number];

export type TakeFeedbackResult =
	| { readonly ok: true; readonly feedback: Feedback }
	| { readonly ok: false; readonly errors: FeedbackInputErrors }
	| { readonly ok: false; readonly failure: TakeFeedbackFailure };

/** Checks the form, gives the feedback its code and due time and writes its intake record. */
export async function takeFeedback(
	ws: Workspace,
	input: FeedbackInput,
	now: LocalDateTime
): Promise<TakeFeedbackResult> {
	const { officer, desk, officeId } = ws.setup;
	if (!(FEEDBACK_INTAKE_ROLES as readonly string[]).includes(officer.role)) {
		return { ok: false, failure: 'role-not-allowed' };
	}
	const checked = checkFeedbackInput(input);
	if (!checked.ok) return checked;
	const due = feedbackDueAt(now, ws.deadlines);
	if (!due.ok) return { ok: false, failure: 'calendar-year-missing' };
	if (due.value === null) throw new Error('Feedback always has a due time');
	for (;;) {
		const code = await reserveFeedbackCode(ws.store, desk, datePart(now));
		if (!code.ok) {
			return {
				ok: false,
				failure: code.error === 'desk-retired' ? 'desk-retired' : 'desk-range-exhausted'
			};
		}
		const feedback: Feedback = {
			code: code.code,
			officeId,
			deskId: desk.id,
			receivedBy: officer.userName,
			receivedAt: now,
			dueAt: due.value,
			...checked.value
		};
		const written = await ws.store.putFeedback(feedback);
		if (written.ok) return { ok: true, feedback };
		// The code was taken by a document this laptop already holds: take the next one.
	}
}

export interface FeedbackView {
	readonly folded: FoldedFeedback;
	/** Every step recorded, applied or not, in order. */
	readonly steps: readonly FeedbackStep[];
	/** The steps this officer may take now. */
	readonly available: readonly FeedbackStepDraft['kind'][];
	readonly unreadable: readonly { readonly id: string; readonly detail: string }[];
	/** "Nguyễn Thị Lan — Bàn 2". */
	readonly who: (userName: string, deskId: string) => string;
}

export async function viewFeedback(ws: Workspace, code: string): Promise<FeedbackView | null> {
	const stored = await ws.store.loadFeedback(code);
	if (stored === null) return null;
	const folded = foldFeedback(stored.feedback, stored.steps);
	const steps = [...stored.steps].sort(compareSteps);
	return {
		folded,
		steps,
		available: availableFeedbackSteps(folded, ws.setup.officer.role),
		unreadable: stored.unreadable,
		who: (userName, deskId) => officerLabel(ws, userName, deskId)
	};
}

export const FEEDBACK_ACT_ERRORS = ['feedback-not-found'] as const;

export type FeedbackActResult =
	| { readonly ok: true; readonly step: FeedbackStep }
	| {
			readonly ok: false;
			readonly error: FeedbackStepError | (typeof FEEDBACK_ACT_ERRORS)[number];
	  };

/** Validates `draft` against the feedback as stored now and writes it as a new step. */
export async function actOnFeedback(
	ws: Workspace,
	code: string,
	draft: FeedbackStepDraft,
	now: LocalDateTime
): Promise<FeedbackActResult> {
	const view = await viewFeedback(ws, code);
	if (view === null) return { ok: false, error: 'feedback-not-found' };
	const { officer, desk } = ws.setup;
	const check = validateFeedbackStep(view.folded, draft, now, officer.role);
	if (!check.ok) return check;
	let n = view.steps.filter((s) => s.deskId === desk.id).length + 1;
	for (;;) {
		const step = {
			id: feedbackStepDocId(code, now, desk.id, n),
			feedbackCode: code,
			at: now,
			by: officer.userName,
			deskId: desk.id,
			...draft
		} as FeedbackStep;
		const written = await ws.store.putFeedbackStep(step);
		if (written.ok) return { ok: true, step };
		n += 1;
	}
}

/** The office's feedback figures of a period (received, answered, pending, published). */
export async function officeFeedbackSummary(
	ws: Workspace,
	period: { readonly from: IsoDate; readonly to: IsoDate }
): Promise<FeedbackSummary> {
	const rows = await ws.readModel.feedback
		.where('receivedAt')
		.belowOrEqual(`${period.to}T23:59:59`)
		.toArray();
	return feedbackSummary(rows, period);
}

const DRAFT_KEY = 'feedback';

/** The intake form as typed, kept on this laptop so a reload loses nothing. */
export async function loadFeedbackDraft(device: DeviceDb): Promise<FeedbackInput | null> {
	const saved = await device.getDraft<Partial<FeedbackInput>>(DRAFT_KEY);
	return saved === null ? null : { ...emptyFeedbackInput(), ...saved };
}

export function saveFeedbackDraft(device: DeviceDb, draft: FeedbackInput): Promise<void> {
	return device.saveDraft(DRAFT_KEY, draft, Date.now());
}

export function clearFeedbackDraft(device: DeviceDb): Promise<void> {
	return device.deleteDraft(DRAFT_KEY);
}

/** The receipt the sender takes home, or null when the feedback is not on this laptop. */
export async function feedbackReceipt(
	ws: Workspace,
	code: string
): Promise<FeedbackReceiptForm | null> {
	const stored = await ws.store.loadFeedback(code);
	if (stored === null) return null;
	const { feedback } = stored;
	const name = officerName(ws, feedback.receivedBy);
	return buildFeedbackReceipt({
		office: ws.office,
		desk: deskOf(ws, feedback),
		date: datePart(feedback.receivedAt),
		feedback,
		...(name ? { officerName: name } : {})
	});
}

/**
 * The intake form filled in for feedback about a dossier: its code, "about a dossier", and its
 * applicant as the sender (the officer corrects it when someone else complains).
 */
export async function feedbackInputAbout(
	ws: Workspace,
	dossierCode: string
): Promise<FeedbackInput | null> {
	const stored = await ws.store.load(dossierCode);
	if (stored === null) return null;
	const person = stored.dossier.submitter ?? stored.dossier.applicant;
	return {
		...emptyFeedbackInput(),
		senderName: person.fullName,
		organisation: person.organisation ?? '',
		phone: person.phone ?? '',
		email: person.email ?? '',
		address: person.address,
		kind: 'conduct',
		dossierCode
	};
}
