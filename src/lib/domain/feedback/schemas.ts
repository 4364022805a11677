/**
 * Feedback and petitions (phản ánh, kiến nghị: PAKN, domain.md §4.3): the intake record, written
 * once by the desk officer who took it (`feedback:<code>`), and one record per step that follows
 * (`feedback:<code>:<at>:<desk>:<n>`): handed to a unit, answered, published or withdrawn from
 * publication. Like a dossier's, the state is a fold of the steps; the types are inferred from
 * these schemas, which the desk checks every stored record against (ADR 20, ADR 29).
 */
import * as v from 'valibot';
import { IsoDateSchema, LocalDateTimeSchema } from '../schemas';

const record = <const E extends v.ObjectEntries>(entries: E) =>
	v.pipe(v.object(entries), v.readonly());
const text = v.pipe(v.string(), v.minLength(1, 'must not be empty'));
const note = v.optional(v.string());

/** What the feedback is about (domain.md §4.3): a regulation, an officer or a dossier, other. */
export const FEEDBACK_KINDS = ['regulation', 'conduct', 'other'] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];

/** How it reached the office: at the desk, by telephone (hotline), by post, e-mail, the portal. */
export const FEEDBACK_CHANNELS = ['direct', 'phone', 'postal', 'email', 'online'] as const;
export type FeedbackChannel = (typeof FEEDBACK_CHANNELS)[number];

/** The person or organisation who sent it, and how to answer them. */
export const FeedbackSenderSchema = record({
	name: text,
	organisation: v.optional(v.string()),
	phone: v.optional(v.string()),
	email: v.optional(v.string()),
	address: v.optional(v.string())
});
export type FeedbackSender = v.InferOutput<typeof FeedbackSenderSchema>;

/** The intake record (`feedback:<code>`). */
export const FeedbackSchema = record({
	code: text,
	officeId: text,
	deskId: text,
	/** User name of the officer who took it. */
	receivedBy: text,
	receivedAt: LocalDateTimeSchema,
	/** When the answer is due, computed at intake (domain.md §4.3). */
	dueAt: LocalDateTimeSchema,
	sender: FeedbackSenderSchema,
	channel: v.picklist(FEEDBACK_CHANNELS),
	kind: v.picklist(FEEDBACK_KINDS),
	content: text,
	/** The dossier it concerns, when the sender named one. */
	dossierCode: v.optional(v.string())
});
export type Feedback = v.InferOutput<typeof FeedbackSchema>;

/** The payload of each step, keyed by its kind. */
export const FEEDBACK_STEP_SCHEMAS = {
	/** Handed to the unit that answers it (a processing unit, the leader, another agency). */
	assign: record({ unit: v.string(), note }),
	/** The answer given to the sender, and the day it was given. */
	answer: record({ text: v.string(), answeredOn: IsoDateSchema }),
	/** The answer is published (công khai) or taken off publication. */
	publish: record({ published: v.boolean(), note })
};

export type FeedbackStepPayloads = {
	[K in keyof typeof FEEDBACK_STEP_SCHEMAS]: v.InferOutput<(typeof FEEDBACK_STEP_SCHEMAS)[K]>;
};
export type FeedbackStepKind = keyof FeedbackStepPayloads;
export const FEEDBACK_STEP_KINDS = [
	'assign',
	'answer',
	'publish'
] as const satisfies readonly FeedbackStepKind[];

/** The fields of a step of `kind`: who did what when, and the payload of that kind. */
export function feedbackStepEntries<const K extends FeedbackStepKind>(kind: K) {
	return {
		id: text,
		feedbackCode: text,
		at: LocalDateTimeSchema,
		by: text,
		deskId: text,
		kind: v.literal(kind),
		payload: FEEDBACK_STEP_SCHEMAS[kind]
	};
}

const step = <const K extends FeedbackStepKind>(kind: K) => record(feedbackStepEntries(kind));

export const FeedbackStepSchema = v.variant('kind', [
	step('assign'),
	step('answer'),
	step('publish')
]);
export type FeedbackStep = v.InferOutput<typeof FeedbackStepSchema>;

/** What an officer asks to record: a step without who, where and when. */
export type FeedbackStepDraft = {
	[K in FeedbackStepKind]: { readonly kind: K; readonly payload: FeedbackStepPayloads[K] };
}[FeedbackStepKind];
