/**
 * The replicated documents of an office database (architecture.md §3). Each is written once and
 * never updated: a change is a new document. The domain's records (src/lib/domain/schemas.ts)
 * gain `_id`, `type`, `schemaVersion`, the office and `by` (the user who wrote it, which the
 * server's validation checks against the session). Their types are inferred from the schemas
 * below, which extend the domain's, so what is checked is what the code reads (ADR 20).
 */
import type { Dossier, DossierEvent } from '$lib/domain/model';
import { DossierSchema, eventEntries, type EventKind } from '$lib/domain/schemas';
import * as v from 'valibot';
import {
	FeedbackSchema,
	feedbackStepEntries,
	type Feedback,
	type FeedbackStep,
	type FeedbackStepKind
} from '$lib/domain/feedback';
import {
	ReportSubmissionObject,
	ReportSubmissionSchema,
	type ReportSubmission
} from '$lib/domain/report';

export const DOCUMENT_SCHEMA_VERSION = 1;

const text = v.pipe(v.string(), v.minLength(1, 'must not be empty'));

/** What storage adds to every record: its id, the revision PouchDB keeps, the format's version. */
const STORED = { _id: text, _rev: v.optional(v.string()), schemaVersion: v.number() };

/**
 * `dossier:<code>`. Fields this version does not know are kept (a loose object): a document
 * written by a newer version still reads here (ADR 20).
 */
export const DossierDocSchema = v.pipe(
	v.looseObject({ ...DossierSchema.entries, ...STORED, type: v.literal('dossier'), by: text }),
	v.readonly()
);
export type DossierDoc = v.InferOutput<typeof DossierDocSchema>;

const eventDoc = <const K extends EventKind>(kind: K) =>
	v.pipe(
		v.looseObject({ ...eventEntries(kind), ...STORED, type: v.literal('event'), officeId: text }),
		v.readonly()
	);

/** `event:<code>:<at>:<desk>:<n>`, a variant on `kind` with the payload of that kind. */
export const EventDocSchema = v.variant('kind', [
	eventDoc('transfer'),
	eventDoc('request-supplement'),
	eventDoc('supplement-received'),
	eventDoc('request-payment'),
	eventDoc('payment-received'),
	eventDoc('apology'),
	eventDoc('result-ready'),
	eventDoc('deliver'),
	eventDoc('withdraw'),
	eventDoc('stop'),
	eventDoc('rate'),
	eventDoc('review'),
	eventDoc('follow-up')
]);
export type EventDoc = v.InferOutput<typeof EventDocSchema>;

/** Compile-time proof that every event kind has a document schema above. */
export const EVERY_KIND_HAS_A_DOCUMENT: [Exclude<EventKind, EventDoc['kind']>] extends [never]
	? true
	: false = true;

/** The documents the projector folds, a variant on `type`. */
export const OfficeDocSchema = v.variant('type', [DossierDocSchema, EventDocSchema]);
export type OfficeDoc = v.InferOutput<typeof OfficeDocSchema>;

export const DOSSIER_PREFIX = 'dossier:';
export const EVENT_PREFIX = 'event:';
/** Sorts after every character used in ids, to close prefix ranges. */
export const HIGH = '\ufff0';

export function dossierDocId(code: string): string {
	return `${DOSSIER_PREFIX}${code}`;
}

/** `event:<code>:<at>:<desk>:<n>`, unique because a desk numbers its own events of a dossier. */
export function eventDocId(code: string, at: string, deskId: string, n: number): string {
	return `${EVENT_PREFIX}${code}:${at}:${deskId}:${String(n).padStart(3, '0')}`;
}

/** The dossier code a document belongs to, or null for documents of other kinds. */
export function dossierCodeOf(id: string): string | null {
	if (id.startsWith(DOSSIER_PREFIX)) return id.slice(DOSSIER_PREFIX.length);
	if (id.startsWith(EVENT_PREFIX)) {
		const rest = id.slice(EVENT_PREFIX.length);
		const end = rest.indexOf(':');
		return end > 0 ? rest.slice(0, end) : null;
	}
	return null;
}

export function toDossierDoc(dossier: Dossier): DossierDoc {
	return {
		...dossier,
		_id: dossierDocId(dossier.code),
		type: 'dossier',
		schemaVersion: DOCUMENT_SCHEMA_VERSION,
		by: dossier.receivedBy
	};
}

export function toEventDoc(event: DossierEvent, officeId: string): EventDoc {
	return {
		...event,
		_id: event.id,
		type: 'event',
		schemaVersion: DOCUMENT_SCHEMA_VERSION,
		officeId
	};
}

/**
 * `feedback:<code>`, the intake of a feedback or petition (PAKN, ADR 29), written once by the
 * desk officer who took it.
 */
export const FeedbackDocSchema = v.pipe(
	v.looseObject({ ...FeedbackSchema.entries, ...STORED, type: v.literal('feedback'), by: text }),
	v.readonly()
);
export type FeedbackDoc = v.InferOutput<typeof FeedbackDocSchema>;

const feedbackStepDoc = <const K extends FeedbackStepKind>(kind: K) =>
	v.pipe(
		v.looseObject({
			...feedbackStepEntries(kind),
			...STORED,
			type: v.literal('feedback-step'),
			officeId: text
		}),
		v.readonly()
	);

/** `feedback:<code>:<at>:<desk>:<n>`, one step of a feedback, a variant on `kind`. */
export const FeedbackStepDocSchema = v.variant('kind', [
	feedbackStepDoc('assign'),
	feedbackStepDoc('answer'),
	feedbackStepDoc('publish')
]);
export type FeedbackStepDoc = v.InferOutput<typeof FeedbackStepDocSchema>;

export const FEEDBACK_PREFIX = 'feedback:';

export function feedbackDocId(code: string): string {
	return `${FEEDBACK_PREFIX}${code}`;
}

/** `feedback:<code>:<at>:<desk>:<n>`, unique because a desk numbers its own steps of a feedback. */
export function feedbackStepDocId(code: string, at: string, deskId: string, n: number): string {
	return `${FEEDBACK_PREFIX}${code}:${at}:${deskId}:${String(n).padStart(3, '0')}`;
}

/** The feedback code a document belongs to, or null for documents of other kinds. */
export function feedbackCodeOf(id: string): string | null {
	if (!id.startsWith(FEEDBACK_PREFIX)) return null;
	const rest = id.slice(FEEDBACK_PREFIX.length);
	const end = rest.indexOf(':');
	const code = end === -1 ? rest : rest.slice(0, end);
	return code === '' ? null : code;
}

export function toFeedbackDoc(feedback: Feedback): FeedbackDoc {
	return {
		...feedback,
		_id: feedbackDocId(feedback.code),
		type: 'feedback',
		schemaVersion: DOCUMENT_SCHEMA_VERSION,
		by: feedback.receivedBy
	};
}

export function toFeedbackStepDoc(step: FeedbackStep, officeId: string): FeedbackStepDoc {
	return {
		...step,
		_id: step.id,
		type: 'feedback-step',
		schemaVersion: DOCUMENT_SCHEMA_VERSION,
		officeId
	};
}

const FeedbackAnyDocSchema = v.variant('type', [FeedbackDocSchema, FeedbackStepDocSchema]);
export type FeedbackAnyDoc = v.InferOutput<typeof FeedbackAnyDocSchema>;

/** Checks a feedback document (intake or step) as `parseOfficeDoc` checks a dossier's. */
export function parseFeedbackDoc(
	doc: unknown
):
	| { readonly ok: true; readonly doc: FeedbackAnyDoc }
	| { readonly ok: false; readonly error: 'unknown-type' | 'malformed'; readonly detail: string } {
	const type = typeof doc === 'object' && doc !== null && 'type' in doc ? doc.type : undefined;
	if (type !== 'feedback' && type !== 'feedback-step') {
		return { ok: false, error: 'unknown-type', detail: String(type) };
	}
	const result = v.safeParse(FeedbackAnyDocSchema, doc);
	if (!result.success) {
		const detail = result.issues.map((i) => `${v.getDotPath(i) ?? ''}: ${i.message}`).join('; ');
		return { ok: false, error: 'malformed', detail };
	}
	return { ok: true, doc: result.output };
}

export function feedbackFromDoc(doc: FeedbackDoc): Feedback {
	const { _id, _rev, type, schemaVersion, by, ...feedback } = doc;
	void [_id, _rev, type, schemaVersion, by];
	return feedback;
}

export function feedbackStepFromDoc(doc: FeedbackStepDoc): FeedbackStep {
	const { _id, _rev, type, schemaVersion, officeId, ...step } = doc;
	void [_id, _rev, type, schemaVersion, officeId];
	return step;
}

/**
 * `report:<from>:<to>:<at>:<desk>`, a period report the office submitted to the province
 * (ADR 32), written once by a supervisor or leader; a resubmission is a newer document.
 */
export const ReportSubmissionDocSchema = v.pipe(
	v.looseObject({
		...ReportSubmissionObject.entries,
		...STORED,
		type: v.literal('report-submission'),
		by: text
	}),
	v.readonly()
);
export type ReportSubmissionDoc = v.InferOutput<typeof ReportSubmissionDocSchema>;

export const REPORT_PREFIX = 'report:';
/** A laptop retired by the province (ADR 34): written on the server, read by the desk it names. */
export const RETIREMENT_PREFIX = 'retirement:';

/** The range of a period's submissions: `report:<from>:<to>:`. */
export function reportSubmissionPrefix(from: string, to: string): string {
	return `${REPORT_PREFIX}${from}:${to}:`;
}

export function reportSubmissionDocId(submission: ReportSubmission): string {
	const { period, submittedAt, deskId } = submission;
	return `${reportSubmissionPrefix(period.from, period.to)}${submittedAt}:${deskId}`;
}

export function toReportSubmissionDoc(submission: ReportSubmission): ReportSubmissionDoc {
	return {
		...submission,
		_id: reportSubmissionDocId(submission),
		type: 'report-submission',
		schemaVersion: DOCUMENT_SCHEMA_VERSION,
		by: submission.submittedBy
	};
}

/** The submission a stored document holds, or null when it does not read as one. */
export function reportSubmissionFromDoc(doc: unknown): ReportSubmission | null {
	const result = v.safeParse(ReportSubmissionDocSchema, doc);
	if (!result.success) return null;
	const { _id, _rev, type, schemaVersion, by, ...submission } = result.output;
	void [_id, _rev, type, schemaVersion, by];
	return v.parse(ReportSubmissionSchema, submission);
}

export type ParsedDoc =
	| { readonly ok: true; readonly doc: OfficeDoc }
	| { readonly ok: false; readonly error: 'unknown-type' | 'malformed'; readonly detail: string };

/**
 * Checks a document that came from storage or the server before the projector uses it, and
 * returns it as its schema reads it; what fails is reported with the dot path of each issue.
 */
export function parseOfficeDoc(doc: unknown): ParsedDoc {
	const type = typeof doc === 'object' && doc !== null && 'type' in doc ? doc.type : undefined;
	if (type !== 'dossier' && type !== 'event') {
		return { ok: false, error: 'unknown-type', detail: String(type) };
	}
	const result = v.safeParse(OfficeDocSchema, doc);
	if (!result.success) {
		const detail = result.issues.map((i) => `${v.getDotPath(i) ?? ''}: ${i.message}`).join('; ');
		return { ok: false, error: 'malformed', detail };
	}
	return { ok: true, doc: result.output };
}

/** The domain's view of stored documents: storage fields stripped. */
export function dossierFromDoc(doc: DossierDoc): Dossier {
	const { _id, _rev, type, schemaVersion, by, ...dossier } = doc;
	void [_id, _rev, type, schemaVersion, by];
	return dossier;
}

export function eventFromDoc(doc: EventDoc): DossierEvent {
	const { _id, _rev, type, schemaVersion, officeId, ...event } = doc;
	void [_id, _rev, type, schemaVersion, officeId];
	return event;
}
