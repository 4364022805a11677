/**
 * The shapes the domain works on: the catalogue (procedures, offices, desks) and the two kinds of
 * replicated records (a dossier's intake and its lifecycle events), architecture.md §3.
 * Storage adds `_id`/`type`; the domain never sees them.
 */
import type { IsoDate, LocalDateTime } from './time';

/** How a procedure's statutory time is counted, domain.md §6.2. */
export type ProcedureTime =
	| { readonly unit: 'working-days'; readonly amount: number }
	| { readonly unit: 'calendar-days'; readonly amount: number }
	/** Working hours (1 working day = the office's daily hours, usually 8 h). */
	| { readonly unit: 'working-hours'; readonly amount: number }
	/** Result the same day; received after `cutoff` (HH:mm, default 15:00) → the next working day. */
	| { readonly unit: 'same-day'; readonly cutoff: string }
	/** No appointment date (excluded from early/on-time/late, domain.md §7). */
	| { readonly unit: 'none' };

export type ComponentForm = 'original' | 'copy' | 'certified-copy' | 'photocopy';

/** One item of a procedure's published component list (thành phần hồ sơ). */
export interface ProcedureComponent {
	readonly id: string;
	readonly name: string;
	readonly form: ComponentForm;
	readonly count: number;
	readonly required: boolean;
}

/** One unit's share of an inter-agency (liên thông) procedure, domain.md §6.5. */
export interface ProcedureStep {
	readonly unit: string;
	readonly time: ProcedureTime;
}

export type ProcedureLevel = 'province' | 'district' | 'commune';

/** A catalogue entry (thủ tục hành chính). */
export interface Procedure {
	/** National code such as `1.001193` (domain.md §2). */
	readonly code: string;
	readonly version: number;
	readonly name: string;
	readonly sector: string;
	readonly level: ProcedureLevel;
	readonly time: ProcedureTime;
	readonly components: readonly ProcedureComponent[];
	/** Fees in VND; 0 when free. */
	readonly feeVnd: number;
	readonly feeNote?: string;
	readonly processingUnit: string;
	/** Empty unless inter-agency; step times add up to at most `time`. */
	readonly steps: readonly ProcedureStep[];
	/** Legal basis, shown to officers. */
	readonly legalBasis?: string;
}

export interface OfficeHours {
	/** Opening periods of a working day as minutes since midnight, e.g. 07:30–11:30, 13:30–17:00. */
	readonly periods: readonly { readonly start: number; readonly end: number }[];
}

export interface Office {
	readonly id: string;
	readonly name: string;
	/** The parent body printed on forms, e.g. "UBND XÃ …". */
	readonly parentName: string;
	/** Electronic agency identifier used in dossier codes (domain.md §9.2); opaque. */
	readonly agencyCode: string;
	readonly place: string;
	readonly hours: OfficeHours;
	/** How many desks the office may register (ADR 13); each owns 1/deskSlots of the daily sequence. */
	readonly deskSlots?: number;
	/**
	 * How many days a desk keeps a closed dossier after it closed (ADR 18); older ones stay on the
	 * server only. Unset: `DEFAULT_KEEP_CLOSED_DAYS`. A provincial centre that reports on a year
	 * from its laptops sets 366.
	 */
	readonly keepClosedDays?: number;
}

/** What a desk keeps of closed dossiers when its office says nothing (ADR 18). */
export const DEFAULT_KEEP_CLOSED_DAYS = 90;

export interface Desk {
	readonly id: string;
	readonly officeId: string;
	readonly name: string;
	/** This desk's part of the office's daily sequence (domain.md §9.1), inclusive. */
	readonly sequenceRange: { readonly first: number; readonly last: number };
}

export const CHANNELS = ['direct', 'postal', 'online'] as const;
export type Channel = (typeof CHANNELS)[number];

export const ID_TYPES = ['citizen-id', 'old-id', 'passport', 'tax-code', 'none'] as const;
export type IdType = (typeof ID_TYPES)[number];

export interface Applicant {
	readonly fullName: string;
	readonly idType: IdType;
	readonly idNumber: string;
	readonly birthDate?: IsoDate;
	readonly sex?: 'male' | 'female';
	readonly address: string;
	readonly phone?: string;
	readonly email?: string;
	/** Organisation name when the owner is an organisation. */
	readonly organisation?: string;
}

export interface ReceivedComponent {
	readonly componentId: string;
	readonly name: string;
	readonly form: ComponentForm;
	readonly count: number;
}

export type ResultReturn =
	| { readonly kind: 'desk' }
	| { readonly kind: 'postal'; readonly address: string }
	| { readonly kind: 'online' };
export const RETURN_KINDS = ['desk', 'postal', 'online'] as const satisfies ResultReturn['kind'][];
export type ReturnKind = ResultReturn['kind'];

/** The intake record, written once by the receiving officer (`dossier:<code>`). */
export interface Dossier {
	readonly code: string;
	readonly officeId: string;
	readonly deskId: string;
	/** User name of the receiving officer. */
	readonly receivedBy: string;
	readonly procedure: {
		readonly code: string;
		readonly version: number;
		readonly name: string;
		readonly sector: string;
		readonly time: ProcedureTime;
		readonly steps: readonly ProcedureStep[];
	};
	readonly applicant: Applicant;
	/** Set when the person at the desk is not the owner (người nộp / người được ủy quyền). */
	readonly submitter?: Applicant;
	readonly components: readonly ReceivedComponent[];
	readonly sets: number;
	readonly channel: Channel;
	readonly resultReturn: ResultReturn;
	readonly feeVnd: number;
	/** Online/postal submission time, kept apart from the receipt time (domain.md §6.2). */
	readonly submittedAt?: LocalDateTime;
	readonly receivedAt: LocalDateTime;
	/** Computed at receipt; null for procedures without an appointment date. */
	readonly dueAt: LocalDateTime | null;
	/** Rule set in force at receipt, e.g. `nd61-2018` or `nd118-2025` (domain.md §1). */
	readonly ruleVersion: string;
	readonly summary?: string;
}

export const OUTCOMES = ['approved', 'refused'] as const;
export type Outcome = (typeof OUTCOMES)[number];
export const RATINGS = ['very-satisfied', 'satisfied', 'unsatisfied'] as const;
export type Rating = (typeof RATINGS)[number];

/** The payload of each lifecycle action, keyed by its kind (domain.md §4.2). */
export interface EventPayloads {
	/** T6/T7: hand the dossier to a processing unit or the next inter-agency step. */
	transfer: { toUnit: string; note?: string };
	/** T8: Form 02 during processing; the clock pauses. */
	'request-supplement': { reason: string; items: string[] };
	/** T9: the applicant brought what was missing; the clock resumes. */
	'supplement-received': { note?: string };
	/** T11: financial obligations; pauses only when `pausesClock`. */
	'request-payment': { amountVnd: number; pausesClock: boolean; note?: string };
	'payment-received': { note?: string };
	/** T14: Form 04, the original due time stays the basis of classification. */
	apology: { reason: string; newDueAt: LocalDateTime };
	/** T15/T6b: decided; a refusal needs a reason. */
	'result-ready': { outcome: Outcome; reason?: string; resultNumber?: string };
	/** T16: returned to the applicant. */
	deliver:
		| { method: 'in-person'; receiverName: string }
		| { method: 'postal'; trackingNumber: string }
		| { method: 'online' };
	/** T12 */
	withdraw: { reason: string };
	/** T13/T10 */
	stop: { reason: string; returnedUnresolved: boolean };
	/** §10: after the result is ready. */
	rate: { rating: Rating; comment?: string; reason?: string; channel?: 'desk' | 'portal' | 'sms' };
	/**
	 * The supervisor has looked at what flagged the dossier: the ids of the anomalies and
	 * unsatisfied ratings seen (`covers`), and what was found or done (`note`).
	 */
	review: { note: string; covers: readonly string[] };
}

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
	'review'
] as const satisfies readonly EventKind[];
type UnlistedKind = Exclude<EventKind, (typeof EVENT_KINDS)[number]>;
/** Compile-time proof that EVENT_KINDS is whole: a kind added to EventPayloads only fails here. */
export const EVENT_KINDS_COMPLETE: [UnlistedKind] extends [never] ? true : false = true;

/** One lifecycle action (`event:<code>:<time>:<desk>:<n>`), written once. */
export type DossierEvent = {
	[K in EventKind]: {
		readonly id: string;
		readonly dossierCode: string;
		readonly kind: K;
		readonly at: LocalDateTime;
		readonly by: string;
		readonly deskId: string;
		readonly payload: Readonly<EventPayloads[K]>;
	};
}[EventKind];
