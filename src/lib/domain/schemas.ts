/**
 * Valibot schemas of the replicated records (architecture.md §3): a dossier's intake record and
 * its lifecycle events, one variant per event kind. The types of model.ts (`Dossier`,
 * `DossierEvent`, `EventPayloads`, `Applicant`, `ProcedureTime`, …) are inferred from them, so the
 * check a document passes and the type the code reads it as cannot drift apart. Storage extends
 * them with its document fields (`_id`, `type`, `schemaVersion`, …) in
 * src/lib/storage/documents.ts; the domain knows nothing of those (ADR 20).
 *
 * They accept every record the app writes and has written: what the model leaves optional stays
 * optional, free text may be blank (the lifecycle's guards keep an event with a blank reason as an
 * anomaly the supervisor sees; a refusal here would only hide it) and numbers are not bounded.
 * The few checks beyond the types are the ones the desk always made: non-empty codes, ids,
 * names and authors, and real Vietnam date-times. Objects drop fields they do not know from
 * what they return (`v.object`); the documents around them keep them (ADR 20).
 *
 * Every object and array is `readonly` in the inferred types (`v.readonly()`, a no-op at run
 * time), as the hand-written types were, except the `items` of a supplement request, which the
 * model always left mutable.
 */
import * as v from 'valibot';
import { isIsoDate, isLocalDateTime, type IsoDate, type LocalDateTime } from './time';

/** An object schema whose inferred type is `Readonly`. */
const record = <const E extends v.ObjectEntries>(entries: E) =>
	v.pipe(v.object(entries), v.readonly());

/** A list whose inferred type is a `readonly` array. */
const list = <const S extends v.GenericSchema>(item: S) => v.pipe(v.array(item), v.readonly());

/** Codes, ids, names and authors: never empty (the desk's check before these schemas). */
const text = v.pipe(v.string(), v.minLength(1, 'must not be empty'));

/** Free text the lifecycle's guards judge (a blank reason is an anomaly, not a broken record). */
const freeText = v.string();

/** A wall-clock time in Vietnam, `YYYY-MM-DDTHH:mm:ss` (time.ts). */
export const LocalDateTimeSchema = v.custom<LocalDateTime>(
	(value) => typeof value === 'string' && isLocalDateTime(value),
	'must be a date-time YYYY-MM-DDTHH:mm:ss'
);

/** A calendar day, `YYYY-MM-DD` (time.ts). */
export const IsoDateSchema = v.custom<IsoDate>(
	(value) => typeof value === 'string' && isIsoDate(value),
	'must be a date YYYY-MM-DD'
);

const amountTime = <const U extends 'working-days' | 'calendar-days' | 'working-hours'>(unit: U) =>
	record({ unit: v.literal(unit), amount: v.number() });

/**
 * How a procedure's statutory time is counted, domain.md §6.2: working days, calendar days,
 * working hours (1 working day = the office's daily hours, usually 8 h); `same-day`, a result the
 * same day, or the next working day when received after `cutoff` (HH:mm, default 15:00); `none`,
 * no appointment date (excluded from early/on-time/late, domain.md §7). The catalogue checks its
 * entries more strictly (whole positive amounts, a valid cut-off: catalogue/schema.ts).
 */
export const ProcedureTimeSchema = v.variant('unit', [
	amountTime('working-days'),
	amountTime('calendar-days'),
	amountTime('working-hours'),
	record({ unit: v.literal('same-day'), cutoff: v.string() }),
	record({ unit: v.literal('none') })
]);
export type ProcedureTime = v.InferOutput<typeof ProcedureTimeSchema>;

/** One unit's share of an inter-agency (liên thông) procedure, domain.md §6.5. */
export const ProcedureStepSchema = record({ unit: v.string(), time: ProcedureTimeSchema });
export type ProcedureStep = v.InferOutput<typeof ProcedureStepSchema>;

export const COMPONENT_FORMS = ['original', 'copy', 'certified-copy', 'photocopy'] as const;
export type ComponentForm = (typeof COMPONENT_FORMS)[number];

export const CHANNELS = ['direct', 'postal', 'online'] as const;
export type Channel = (typeof CHANNELS)[number];

export const ID_TYPES = ['citizen-id', 'old-id', 'passport', 'tax-code', 'none'] as const;
export type IdType = (typeof ID_TYPES)[number];

/** The owner of a dossier, or the person who brought it (domain.md §12). */
export const ApplicantSchema = record({
	fullName: text,
	idType: v.picklist(ID_TYPES),
	idNumber: v.string(),
	birthDate: v.optional(IsoDateSchema),
	sex: v.optional(v.picklist(['male', 'female'])),
	address: v.string(),
	phone: v.optional(v.string()),
	email: v.optional(v.string()),
	/** Organisation name when the owner is an organisation. */
	organisation: v.optional(v.string())
});
export type Applicant = v.InferOutput<typeof ApplicantSchema>;

/** One component handed in at receipt, copied from the procedure's list. */
export const ReceivedComponentSchema = record({
	componentId: v.string(),
	name: v.string(),
	form: v.picklist(COMPONENT_FORMS),
	count: v.number()
});
export type ReceivedComponent = v.InferOutput<typeof ReceivedComponentSchema>;

/** How the result goes back to the applicant. */
export const ResultReturnSchema = v.variant('kind', [
	record({ kind: v.literal('desk') }),
	record({ kind: v.literal('postal'), address: v.string() }),
	record({ kind: v.literal('online') })
]);
export type ResultReturn = v.InferOutput<typeof ResultReturnSchema>;
export const RETURN_KINDS = ['desk', 'postal', 'online'] as const satisfies ResultReturn['kind'][];
export type ReturnKind = ResultReturn['kind'];

/** The intake record, written once by the receiving officer (`dossier:<code>`). */
export const DossierSchema = record({
	code: text,
	officeId: text,
	deskId: text,
	/** User name of the receiving officer. */
	receivedBy: text,
	/** The catalogue entry as it was at receipt. */
	procedure: record({
		code: text,
		version: v.number(),
		name: text,
		sector: v.string(),
		time: ProcedureTimeSchema,
		steps: list(ProcedureStepSchema)
	}),
	applicant: ApplicantSchema,
	/** Set when the person at the desk is not the owner (người nộp / người được ủy quyền). */
	submitter: v.optional(ApplicantSchema),
	components: list(ReceivedComponentSchema),
	sets: v.number(),
	channel: v.picklist(CHANNELS),
	resultReturn: ResultReturnSchema,
	feeVnd: v.number(),
	/** Online/postal submission time, kept apart from the receipt time (domain.md §6.2). */
	submittedAt: v.optional(LocalDateTimeSchema),
	receivedAt: LocalDateTimeSchema,
	/** Computed at receipt; null for procedures without an appointment date. */
	dueAt: v.nullable(LocalDateTimeSchema),
	/** Rule set in force at receipt, e.g. `nd61-2018` or `nd118-2025` (domain.md §1). */
	ruleVersion: v.string(),
	summary: v.optional(v.string()),
	/** Set on a dossier brought in from a spreadsheet tracking book (ADR 28): whence and when. */
	imported: v.optional(record({ file: v.string(), row: v.number(), at: LocalDateTimeSchema }))
});
export type Dossier = v.InferOutput<typeof DossierSchema>;

export const OUTCOMES = ['approved', 'refused'] as const;
export type Outcome = (typeof OUTCOMES)[number];
export const RATINGS = ['very-satisfied', 'satisfied', 'unsatisfied'] as const;
export type Rating = (typeof RATINGS)[number];

const note = v.optional(v.string());

/** The payload of each lifecycle action, keyed by its kind (domain.md §4.2). */
export const EVENT_PAYLOAD_SCHEMAS = {
	/** T6/T7: hand the dossier to a processing unit or the next inter-agency step. */
	transfer: record({ toUnit: freeText, note }),
	/** T8: Form 02 during processing; the clock pauses. */
	'request-supplement': record({ reason: freeText, items: v.array(v.string()) }),
	/** T9: the applicant brought what was missing; the clock resumes. */
	'supplement-received': record({ note }),
	/** T11: financial obligations; pauses only when `pausesClock`. */
	'request-payment': record({ amountVnd: v.number(), pausesClock: v.boolean(), note }),
	'payment-received': record({ note }),
	/** T14: Form 04, the original due time stays the basis of classification. */
	apology: record({ reason: freeText, newDueAt: LocalDateTimeSchema }),
	/** T15/T6b: decided; a refusal needs a reason. */
	'result-ready': record({
		outcome: v.picklist(OUTCOMES),
		reason: v.optional(v.string()),
		resultNumber: v.optional(v.string()),
		/**
		 * Early, on time or late against the due time in force, as the desk that recorded the
		 * result classified it then (domain.md §7); `none` without a due date. Lets the server count
		 * the province's report one document at a time (ADR 31); absent on older events.
		 */
		timing: v.optional(v.picklist(['early', 'on-time', 'late', 'none']))
	}),
	/** T16: returned to the applicant, one variant per `method`. */
	deliver: v.variant('method', [
		record({ method: v.literal('in-person'), receiverName: v.string() }),
		record({ method: v.literal('postal'), trackingNumber: v.string() }),
		record({ method: v.literal('online') })
	]),
	/** T12 */
	withdraw: record({ reason: freeText }),
	/** T13/T10 */
	stop: record({ reason: freeText, returnedUnresolved: v.boolean() }),
	/** §10: after the result is ready. */
	rate: record({
		rating: v.picklist(RATINGS),
		comment: v.optional(v.string()),
		reason: v.optional(v.string()),
		channel: v.optional(v.picklist(['desk', 'portal', 'sms']))
	}),
	/**
	 * The supervisor has looked at what flagged the dossier: the ids of the anomalies and
	 * unsatisfied ratings seen (`covers`), and what was found or done (`note`).
	 */
	review: record({ note: freeText, covers: list(v.string()) }),
	/**
	 * What is done about an unsatisfied rating (`rating`: the id of its event), domain.md §10:
	 * `assign` names who follows it up, `answer` records what the citizen was told, `close` ends
	 * it. Each step is a new event; the latest gives the follow-up's state.
	 */
	'follow-up': v.variant('step', [
		record({
			rating: v.string(),
			step: v.literal('assign'),
			assignee: freeText,
			note: v.optional(v.string())
		}),
		record({ rating: v.string(), step: v.literal('answer'), note: freeText }),
		record({ rating: v.string(), step: v.literal('close'), note: v.optional(v.string()) })
	])
};

/** The steps of a rating's follow-up, in their usual order (domain.md §10). */
export const FOLLOW_UP_STEPS = ['assign', 'answer', 'close'] as const;
export type FollowUpStep = (typeof FOLLOW_UP_STEPS)[number];

export type EventPayloads = {
	[K in keyof typeof EVENT_PAYLOAD_SCHEMAS]: v.InferOutput<(typeof EVENT_PAYLOAD_SCHEMAS)[K]>;
};
export type EventKind = keyof EventPayloads;
/** Every event kind, in the order of domain.md §4.2. */
export const EVENT_KINDS = [
	'transfer',
	'request-supplement',
	'supplement-received',
	'request-payment',
	'payment-received',
	'apology',
	'result-ready',
	'deliver',
	'withdraw',
	'stop',
	'rate',
	'review',
	'follow-up'
] as const satisfies readonly EventKind[];
type UnlistedKind = Exclude<EventKind, (typeof EVENT_KINDS)[number]>;
/** Compile-time proof that EVENT_KINDS is whole: a kind added to the payloads only fails here. */
export const EVENT_KINDS_COMPLETE: [UnlistedKind] extends [never] ? true : false = true;

/**
 * The fields of an event of `kind`: who did what when, and the payload of that kind. Storage
 * adds its document fields to these (src/lib/storage/documents.ts).
 */
export function eventEntries<const K extends EventKind>(kind: K) {
	return {
		id: text,
		dossierCode: text,
		at: LocalDateTimeSchema,
		by: text,
		deskId: text,
		kind: v.literal(kind),
		payload: EVENT_PAYLOAD_SCHEMAS[kind]
	};
}

const event = <const K extends EventKind>(kind: K) => record(eventEntries(kind));

/** One lifecycle action (`event:<code>:<time>:<desk>:<n>`), written once; a variant on `kind`. */
export const DossierEventSchema = v.variant('kind', [
	event('transfer'),
	event('request-supplement'),
	event('supplement-received'),
	event('request-payment'),
	event('payment-received'),
	event('apology'),
	event('result-ready'),
	event('deliver'),
	event('withdraw'),
	event('stop'),
	event('rate'),
	event('review'),
	event('follow-up')
]);
export type DossierEvent = v.InferOutput<typeof DossierEventSchema>;

/** Compile-time proof that the variant above has an option for every kind of `EventPayloads`. */
export const EVERY_KIND_HAS_AN_EVENT: [Exclude<EventKind, DossierEvent['kind']>] extends [never]
	? true
	: false = true;
