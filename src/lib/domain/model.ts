/**
 * The shapes the domain works on: the catalogue (procedures, offices, desks) and the two kinds of
 * replicated records (a dossier's intake and its lifecycle events), architecture.md §3.
 * The records' types are inferred from their valibot schemas (schemas.ts, ADR 20) and re-exported
 * here; the catalogue's are written out below and checked against catalogue/schema.ts.
 * Storage adds `_id`/`type`; the domain never sees them.
 */
import type { ComponentForm, ProcedureStep, ProcedureTime } from './schemas';

export type {
	Applicant,
	Channel,
	ComponentForm,
	Dossier,
	DossierEvent,
	EventKind,
	EventPayloads,
	FollowUpStep,
	IdType,
	Outcome,
	ProcedureStep,
	ProcedureTime,
	Rating,
	ReceivedComponent,
	ResultReturn,
	ReturnKind
} from './schemas';
export {
	CHANNELS,
	COMPONENT_FORMS,
	EVENT_KINDS,
	FOLLOW_UP_STEPS,
	ID_TYPES,
	OUTCOMES,
	RATINGS,
	RETURN_KINDS
} from './schemas';

/** One item of a procedure's published component list (thành phần hồ sơ). */
export interface ProcedureComponent {
	readonly id: string;
	readonly name: string;
	readonly form: ComponentForm;
	readonly count: number;
	readonly required: boolean;
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
	/** Code of the administrative unit (province, ward or commune) in the national list; optional. */
	readonly adminUnitCode?: string;
	/** Street address, printed where a form asks for it; optional. */
	readonly address?: string;
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
	/** Minutes without a key press or click before a desk's screen locks (ADR 34); unset: 15. */
	readonly lockMinutes?: number;
}

/** Desk slots of an office whose catalogue entry sets none (ADR 13). */
export const DEFAULT_DESK_SLOTS = 20;

/** What a desk keeps of closed dossiers when its office says nothing (ADR 18). */
export const DEFAULT_KEEP_CLOSED_DAYS = 90;

export interface Desk {
	readonly id: string;
	readonly officeId: string;
	readonly name: string;
	/** This desk's part of the office's daily sequence (domain.md §9.1), inclusive. */
	readonly sequenceRange: { readonly first: number; readonly last: number };
}
