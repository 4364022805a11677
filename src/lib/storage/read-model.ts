/**
 * The read model (architecture.md §2): Dexie tables the screens query, fed only by the projector.
 * It can be dropped and rebuilt from PouchDB at any time; `PROJECTION_VERSION` changes whenever
 * the content of a row changes meaning, which makes the projector rebuild it on start.
 */
import Dexie, { type Table } from 'dexie';
import type { Channel, EventKind, Outcome } from '$lib/domain/model';
import type { LifecycleState } from '$lib/domain/lifecycle';
import type { ResolutionTiming } from '$lib/domain/classification';
import type { ReportEntry } from '$lib/domain/report';
import type {
	FeedbackChannel,
	FeedbackKind,
	FeedbackState,
	FeedbackTiming
} from '$lib/domain/feedback';

/**
 * 4: the projector keeps the codes it saw without a row (`orphans`), read by its fast path.
 * 5: report entries name the procedure (rows by procedure) and an unsatisfied rating's reason.
 */
export const PROJECTION_VERSION = 5;

/** One dossier as the lists, filters and the work queue need it. */
export interface DossierRow {
	readonly code: string;
	readonly officeId: string;
	readonly deskId: string;
	readonly receivedBy: string;
	readonly procedureCode: string;
	readonly procedureName: string;
	readonly sector: string;
	readonly channel: Channel;
	readonly applicantName: string;
	readonly applicantIdNumber: string;
	/** Folded words (no diacritics, lower case) of the owner's and submitter's names. */
	readonly nameTokens: readonly string[];
	readonly status: LifecycleState;
	/** 1 while the dossier is open (Dexie cannot index booleans). */
	readonly open: 0 | 1;
	/** 1 while its clock is paused (awaiting supplement or a pausing payment). */
	readonly paused: 0 | 1;
	readonly outcome: Outcome | null;
	readonly receivedAt: string;
	readonly receivedDate: string;
	readonly receiptDueAt: string | null;
	/** The due time in force (after pauses, before any apology); '' when there is none, to sort last. */
	readonly dueAt: string;
	readonly promisedDueAt: string | null;
	readonly decidedAt: string | null;
	readonly deliveredAt: string | null;
	readonly resolution: ResolutionTiming | null;
	readonly anomalies: number;
	/** 1 when a supervisor should look: an unsatisfied rating or an anomaly. */
	readonly flagged: 0 | 1;
	readonly lastEventAt: string;
	/** Set on a dossier brought in from a spreadsheet tracking book (ADR 28). */
	readonly imported?: 1;
}

/**
 * The event kinds kept in `actions`: the ones that close a stage of a dossier, and the
 * supervisor's reviews (the day-end page lists the day's).
 */
export const RECORDED_ACTION_KINDS = [
	'result-ready',
	'deliver',
	'review'
] as const satisfies EventKind[];
export type RecordedActionKind = (typeof RECORDED_ACTION_KINDS)[number];

/**
 * One applied event of a recorded kind (decided, returned): who did it, where and when, for the
 * supervisor's day-end page. An event kept as an anomaly was never applied and is not here.
 */
export interface ActionRow {
	readonly eventId: string;
	readonly code: string;
	readonly kind: RecordedActionKind;
	readonly at: string;
	readonly by: string;
	readonly deskId: string;
}

/** One feedback or petition (PAKN, ADR 29) as its list, the day-end page and the report read it. */
export interface FeedbackRow {
	readonly code: string;
	readonly state: FeedbackState;
	/** 1 until it is answered. */
	readonly open: 0 | 1;
	readonly kind: FeedbackKind;
	readonly channel: FeedbackChannel;
	/** The sender's name, with the organisation in brackets when there is one. */
	readonly senderName: string;
	/** Phone, e-mail and address as given, joined. */
	readonly contact: string;
	/** The start of the content. */
	readonly preview: string;
	/** The unit it was last handed to; '' before that. */
	readonly unit: string;
	readonly receivedAt: string;
	readonly receivedDate: string;
	readonly receivedBy: string;
	readonly deskId: string;
	readonly dueAt: string;
	readonly answeredOn: string | null;
	readonly timing: FeedbackTiming | null;
	readonly published: 0 | 1;
	/** The dossier it concerns; '' when none. */
	readonly dossierCode: string;
	/** Code, sender, content, unit and dossier, folded for search without diacritics. */
	readonly searchText: string;
	/** Steps kept as anomalies (they did not fit). */
	readonly anomalies: number;
	readonly lastStepAt: string;
}

export interface MetaRow {
	readonly key: string;
	readonly value: string | number;
}

/** A replicated document the projector could not use, kept for the supervisor (never dropped). */
export interface UnreadableDocRow {
	readonly id: string;
	readonly error: string;
	readonly detail: string;
}

export class ReadModelDb extends Dexie {
	dossiers!: Table<DossierRow, string>;
	meta!: Table<MetaRow, string>;
	unreadable!: Table<UnreadableDocRow, string>;
	/** What the period report needs of each dossier (domain `ReportEntry`), kept beside its row. */
	reportEntries!: Table<ReportEntry, string>;
	/** Applied events of the recorded kinds, by time (who decided or returned what, per day). */
	actions!: Table<ActionRow, string>;
	/** Feedback and petitions (PAKN, ADR 29), one row per feedback. */
	feedback!: Table<FeedbackRow, string>;

	constructor(officeId: string) {
		super(`motcua_read_${officeId}`);
		this.version(1).stores({
			dossiers:
				'code, status, [open+dueAt], dueAt, receivedAt, receivedDate, applicantIdNumber, *nameTokens, procedureCode, flagged',
			meta: 'key',
			unreadable: 'id'
		});
		this.version(2).stores({ reportEntries: 'code, receivedAt' });
		this.version(3).stores({ actions: 'eventId, code, at' });
		// No feedback document could exist before this table: the server refused them (ADR 6).
		this.version(4).stores({ feedback: 'code, receivedAt, dueAt' });
	}
}
