/**
 * What the screens of a desk may ask for (issue 16 item 3): plain data, read-only queries and
 * live subscriptions, and the use cases, made from the desk's `Workspace`. Screens and state hold
 * this API, never the workspace: no PouchDB store, Dexie read model, projector or worker reaches
 * them, and every live query ends through the function it returned (architecture.md §2).
 */
import type { DeadlineContext } from '$lib/domain/calendar';
import type { DueWindows } from '$lib/domain/classification/urgency';
import type { EventDraft, LifecycleSettings } from '$lib/domain/lifecycle';
import type { Desk, Procedure } from '$lib/domain/model';
import type { PeriodReport, ReportPeriod } from '$lib/domain/report';
import type { IsoDate, LocalDateTime } from '$lib/domain/time';
import type { BookRow } from '$lib/domain/import';
import type { OfficeEntry } from '$lib/storage/catalogue-store';
import type { DeviceDb } from '$lib/storage/device-db';
import type { DossierSearch } from '$lib/storage/dossier-filters';
import { DossierListIndex, type ListSearchResult } from '$lib/storage/dossier-list-index';
import type { WorkQueueEntry } from '$lib/storage/dossier-queries';
import { dossierRow } from '$lib/storage/dossier-row';
import type { DossierRow, FeedbackRow, ReadModelDb } from '$lib/storage/read-model';
import type { FeedbackInput, FeedbackStepDraft, FeedbackSummary } from '$lib/domain/feedback';
import type { ReportSubmission } from '$lib/domain/report';
import {
	lastSubmission,
	maySubmitReport,
	submitPeriodReport,
	type SubmitResult
} from './report-submission';
import type { FeedbackReceiptForm } from '$lib/domain/forms';
import {
	watchDossierByCode,
	watchDossierRow,
	watchDeskRows,
	watchFeedbackRow,
	watchFeedbackRows,
	watchWorkQueue,
	type QueryObserver,
	type Unsubscribe
} from '$lib/storage/read-model-watch';
import { serverUrlFor } from '$lib/sync/couch-session';
import type { FailureCode } from '$lib/sync/couch-http';
import { checkData, rebuildReadModel, type DataCheck } from './data-check';
import { changesBehind } from '$lib/storage/projector';
import { dayEndSummary, type DayEndInput, type DayEndSummary } from './day-end';
import type { DeskSession } from './desk-session';
import type { Officer } from './desk-setup';
import { DeskSync, type DeskSyncResult, type KnownDesk } from './desk-sync';
import {
	actOnDossier,
	viewDossier,
	viewFromServer,
	type ActResult,
	type DossierView,
	type ServerView
} from './dossier-actions';
import {
	actOnFeedback,
	clearFeedbackDraft,
	feedbackInputAbout,
	feedbackReceipt,
	loadFeedbackDraft,
	officeFeedbackSummary,
	saveFeedbackDraft,
	takeFeedback,
	viewFeedback,
	type FeedbackActResult,
	type FeedbackView,
	type TakeFeedbackResult
} from './feedback';
import { intakeRefusalForm, intakeSupplementRequestForm } from './intake-forms';
import { deskLabel } from './officer-label';
import {
	checkBookFile,
	importBook,
	type BookCheck,
	type ImportOutcome,
	type ImportProgress
} from './import-book';
import {
	officePeriodReport,
	reportCoverage,
	reportEntriesMirror,
	type ReportGrouping
} from './period-report';
import {
	printableForm,
	printableKinds,
	type DossierFormKind,
	type PrintableResult
} from './printable-forms';
import { procedureUsage } from './procedure-usage';
import { receiveDossier, type ReceiveInput, type ReceiveResult } from './receive-dossier';
import {
	clearReceiveDraft,
	loadReceiveDraft,
	saveReceiveDraft,
	type ReceiveDraft
} from './receive-draft';
import { sameDayReceipts, type SameDayReceipt } from './same-day-receipts';
import { trackingBook, type TrackingBookResult } from './tracking-book';
import { onLocalWrite, type Workspace } from './workspace';

// What the screens read through the API, named here so they import nothing from storage.
export type { OfficeEntry } from '$lib/storage/catalogue-store';
export {
	DUE_FILTERS,
	NO_FILTERS,
	STATUS_GROUP_OPTIONS,
	type DossierFilters,
	type DueFilter,
	type StatusFilter
} from '$lib/storage/dossier-filters';
export type { ListEntry, ListSearchResult } from '$lib/storage/dossier-list-index';
export {
	WORK_QUEUE_FILTERS,
	type WorkQueueEntry,
	type WorkQueueKind
} from '$lib/storage/dossier-queries';
export type { SearchKind } from '$lib/storage/dossier-search-text';
export type { DossierRow, FeedbackRow } from '$lib/storage/read-model';
export type { QueryObserver, Unsubscribe } from '$lib/storage/read-model-watch';
export type { FailureCode } from '$lib/sync/couch-http';

/** Who works where, with what: plain data, the same for the life of the API. */
export interface DeskFacts {
	readonly officeId: string;
	readonly office: OfficeEntry;
	readonly desk: Desk;
	readonly officer: Officer;
	/** The office's procedures (those its catalogue entry lists), less the retired ones. */
	readonly procedures: readonly Procedure[];
	readonly deadlines: DeadlineContext;
	readonly lifecycle: LifecycleSettings;
	/** Names of the office's officers by user name (the directory fills it in as it syncs). */
	readonly officerNames: ReadonlyMap<string, string>;
	/** The desk's name ("Bàn 2"), or its id when it is no desk of this office. */
	deskLabel(deskId: string): string;
}

/** The in-memory dossier list (ADR 11), searched on every key press. */
export interface DossierListSource {
	readonly loaded: boolean;
	whenLoaded(): Promise<void>;
	/** Called after each change of the list; returns the function that stops it. */
	subscribe(listener: () => void): Unsubscribe;
	search(search: DossierSearch): ListSearchResult;
}

/** One dossier: its page, its forms, its lifecycle actions (rating and review included). */
export interface DossierApi {
	viewDossier(code: string): Promise<DossierView | null>;
	/** A dossier this laptop does not hold, read from the office's database on the server. */
	viewFromServer(code: string): Promise<ServerView>;
	/** Calls `onChange` now and whenever the dossier's row changes (a local or replicated event). */
	watchDossier(code: string, onChange: () => void): Unsubscribe;
	/** Validates a lifecycle action (a hand-over, a result, a rating, a review…) and writes it. */
	act(code: string, draft: EventDraft, now: LocalDateTime): Promise<ActResult>;
	printableForm(code: string, kind: DossierFormKind): Promise<PrintableResult>;
	printableKinds(code: string): ReturnType<typeof printableKinds>;
}

/** The dossier list and the home screen's work queue. */
export interface DossierListApi {
	/** The list of this desk's dossiers, loaded once and kept for the session. */
	dossierList(): DossierListSource;
	/** Starts loading the list in the background (the home screen does, so the list opens at once). */
	preloadDossierList(): void;
	watchWorkQueue(
		windows: DueWindows,
		size: number,
		observer: QueryObserver<WorkQueueEntry[]>
	): Unsubscribe;
}

/** What a citizen's lookup at the kiosk finds. */
export type ServerLookup =
	| { readonly ok: true; readonly row: DossierRow | null }
	| { readonly ok: false; readonly error: FailureCode };

export interface LookupApi {
	/** The dossier of a typed or scanned code (null: not on this laptop), followed live. */
	watchLookup(code: string, observer: QueryObserver<DossierRow | null>): Unsubscribe;
	/** The same from the server, for a dossier this laptop no longer holds (ADR 18). */
	lookUpOnServer(code: string): Promise<ServerLookup>;
}

/** Reports: the period report, the day-end summary, the tracking book. */
export interface ReportApi {
	periodReport(period: ReportPeriod, groupBy?: ReportGrouping): Promise<PeriodReport>;
	/** Since which day this laptop holds every closed dossier (ADR 18); null: all of them. */
	reportCoverage(): Promise<IsoDate | null>;
	/** Calls `onChange` now and whenever the report entries (ADR 30) or the feedback rows change. */
	onReportChange(onChange: () => void): Unsubscribe;
	dayEndSummary(input: DayEndInput): Promise<DayEndSummary>;
	/** Calls `onChange` now and whenever the projector writes dossier or feedback rows. */
	onDeskRowsChange(onChange: () => void): Unsubscribe;
	trackingBook(from: IsoDate, to: IsoDate, printedOn?: IsoDate): Promise<TrackingBookResult>;
	/** The period's feedback and petitions (ADR 29). */
	feedbackSummary(period: ReportPeriod): Promise<FeedbackSummary>;
	/** Whether this desk's officer may submit the office's report to the province (ADR 32). */
	readonly maySubmitReport: boolean;
	/** Submits the office's report for `period` as counted at `now`; the next sync sends it. */
	submitReport(period: ReportPeriod, now: LocalDateTime): Promise<SubmitResult>;
	/** The office's latest submission for exactly `period` on this laptop, or null. */
	lastSubmission(period: ReportPeriod): Promise<ReportSubmission | null>;
}

/** Feedback and petitions (PAKN, ADR 29): intake, the list, one feedback and its steps. */
export interface FeedbackApi {
	takeFeedback(input: FeedbackInput, now: LocalDateTime): Promise<TakeFeedbackResult>;
	viewFeedback(code: string): Promise<FeedbackView | null>;
	actOnFeedback(
		code: string,
		draft: FeedbackStepDraft,
		now: LocalDateTime
	): Promise<FeedbackActResult>;
	/** The receipt the sender takes home; null when the feedback is not on this laptop. */
	feedbackReceipt(code: string): Promise<FeedbackReceiptForm | null>;
	/** The intake form filled in from a dossier (its code, its applicant); null: not here. */
	feedbackInputAbout(dossierCode: string): Promise<FeedbackInput | null>;
	/** Every feedback row now and after each change (a local step or one synced). */
	watchFeedbackList(observer: QueryObserver<FeedbackRow[]>): Unsubscribe;
	/** Calls `onChange` now and whenever the feedback's row changes. */
	watchFeedback(code: string, onChange: () => void): Unsubscribe;
	/** The intake form's draft on this laptop; null without the device database (unit tests). */
	readonly feedbackDrafts: {
		load(): Promise<FeedbackInput | null>;
		save(draft: FeedbackInput): Promise<void>;
		clear(): Promise<void>;
	} | null;
}

/** The receive form's draft, kept on this laptop until the dossier is received or discarded. */
export interface ReceiveDrafts {
	load(): Promise<ReceiveDraft | null>;
	save(draft: ReceiveDraft): Promise<void>;
	clear(): Promise<void>;
}

export interface ReceiveApi {
	receive(input: ReceiveInput, now: LocalDateTime): Promise<ReceiveResult>;
	/** How many dossiers of each procedure the office holds (the procedure search's tie-break). */
	procedureUsage(): Promise<Map<string, number>>;
	sameDayReceipts(
		draft: Parameters<typeof sameDayReceipts>[1],
		today: IsoDate
	): Promise<readonly SameDayReceipt[]>;
	/** Form 02 at intake (T3). */
	supplementRequestSlip(
		...args: DropFirst<Parameters<typeof intakeSupplementRequestForm>>
	): ReturnType<typeof intakeSupplementRequestForm>;
	/** Form 03 at intake (T5). */
	refusalSlip(
		...args: DropFirst<Parameters<typeof intakeRefusalForm>>
	): ReturnType<typeof intakeRefusalForm>;
	/** Null when the API was made without the device database (unit tests). */
	readonly drafts: ReceiveDrafts | null;
}

/** Settings: the check of the read model against the documents, and its rebuild. */
export interface DataCheckApi {
	checkData(): Promise<DataCheck>;
	rebuildReadModel(): Promise<number>;
	/** Local changes the read model has not folded yet (the lists and the report lack them). */
	readModelBehind(): Promise<number>;
}

/** The sync of this desk, as the state layer schedules it. */
export interface DeskSyncPort {
	readonly office: DeskSync['office'];
	run(): Promise<DeskSyncResult>;
	knownDesks(): Promise<KnownDesk[]>;
}

export interface SyncApi {
	/** The sync of this desk with the server at `serverUrl`, on behalf of `user()`. */
	openSync(serverUrl: string, user: () => string | null): DeskSyncPort;
	/** Calls `listener` after each dossier document written at this desk; returns the stop. */
	onLocalWrite(listener: () => void): Unsubscribe;
}

/** Bringing a spreadsheet tracking book into the office (ADR 28). */
export interface ImportApi {
	checkBookFile(
		file: File,
		now: LocalDateTime,
		onProgress?: Parameters<typeof checkBookFile>[3]
	): Promise<BookCheck>;
	importBook(
		rows: readonly BookRow[],
		file: string,
		now: LocalDateTime,
		onProgress?: (progress: ImportProgress) => void
	): Promise<ImportOutcome>;
}

export interface DeskApi
	extends
		DeskFacts,
		ImportApi,
		FeedbackApi,
		DossierApi,
		DossierListApi,
		LookupApi,
		ReportApi,
		ReceiveApi,
		DataCheckApi,
		SyncApi {}

type DropFirst<T extends readonly unknown[]> = T extends readonly [unknown, ...infer Rest]
	? Rest
	: never;

/** One in-memory list index per read model, kept for the session (ADR 11). */
const indexes = new WeakMap<ReadModelDb, DossierListIndex>();

function listIndexOf(readModel: ReadModelDb): DossierListIndex {
	let index = indexes.get(readModel);
	if (!index) {
		index = new DossierListIndex(readModel);
		indexes.set(readModel, index);
	}
	return index;
}

/** The server beside the app (`<origin>/db`), asked for dossiers this laptop does not hold. */
const serverUrl = (): string => serverUrlFor(globalThis.location.origin);

/** The desk API over `ws`; `device` keeps the receive form's drafts. */
export function deskApi(ws: Workspace, options: { device?: DeviceDb | null } = {}): DeskApi {
	const device = options.device ?? null;
	return {
		officeId: ws.setup.officeId,
		office: ws.office,
		desk: ws.setup.desk,
		officer: ws.setup.officer,
		procedures: ws.procedures.filter((p) => !p.retired),
		deadlines: ws.deadlines,
		lifecycle: ws.lifecycle,
		officerNames: ws.officerNames,
		deskLabel: (deskId) => deskLabel(ws, deskId),

		viewDossier: (code) => viewDossier(ws, code),
		viewFromServer: (code) => viewFromServer(ws, code, serverUrl()),
		watchDossier: (code, onChange) => watchDossierRow(ws.readModel, code, { next: onChange }),
		act: (code, draft, now) => actOnDossier(ws, code, draft, now),
		printableForm: (code, kind) => printableForm(ws, code, kind),
		printableKinds: (code) => printableKinds(ws, code),

		dossierList: () => listIndexOf(ws.readModel),
		preloadDossierList: () => void listIndexOf(ws.readModel),
		watchWorkQueue: (windows, size, observer) =>
			watchWorkQueue(ws.readModel, windows, size, observer),

		watchLookup: (code, observer) => watchDossierByCode(ws.readModel, code, observer),
		lookUpOnServer: async (code) => {
			const answer = await viewFromServer(ws, code, serverUrl());
			if (!answer.ok) return answer;
			const view = answer.view;
			return { ok: true, row: view === null ? null : dossierRow(view.dossier, view.folded) };
		},

		periodReport: (period, groupBy) => officePeriodReport(ws, period, groupBy),
		reportCoverage: () => reportCoverage(ws),
		onReportChange: (onChange) => {
			// The entries in memory (ADR 30) tell of their changes; the feedback rows through Dexie.
			const stopEntries = reportEntriesMirror(ws.readModel).subscribe(onChange);
			const stopFeedback = watchFeedbackRows(ws.readModel, { next: () => onChange() });
			return () => {
				stopEntries();
				stopFeedback();
			};
		},
		dayEndSummary: (input) => dayEndSummary(ws, input),
		onDeskRowsChange: (onChange) => watchDeskRows(ws.readModel, onChange),
		trackingBook: (from, to, printedOn) => trackingBook(ws, from, to, printedOn),
		feedbackSummary: (period) => officeFeedbackSummary(ws, period),
		maySubmitReport: maySubmitReport(ws),
		submitReport: (period, now) => submitPeriodReport(ws, period, now),
		lastSubmission: (period) => lastSubmission(ws, period),

		takeFeedback: (input, now) => takeFeedback(ws, input, now),
		viewFeedback: (code) => viewFeedback(ws, code),
		actOnFeedback: (code, draft, now) => actOnFeedback(ws, code, draft, now),
		feedbackReceipt: (code) => feedbackReceipt(ws, code),
		feedbackInputAbout: (dossierCode) => feedbackInputAbout(ws, dossierCode),
		watchFeedbackList: (observer) => watchFeedbackRows(ws.readModel, observer),
		watchFeedback: (code, onChange) => watchFeedbackRow(ws.readModel, code, { next: onChange }),
		feedbackDrafts:
			device === null
				? null
				: {
						load: () => loadFeedbackDraft(device),
						save: (draft) => saveFeedbackDraft(device, draft),
						clear: () => clearFeedbackDraft(device)
					},

		receive: (input, now) => receiveDossier(ws, input, now),
		procedureUsage: () => procedureUsage(ws),
		sameDayReceipts: (draft, today) => sameDayReceipts(ws, draft, today),
		supplementRequestSlip: (draft, request, now) =>
			intakeSupplementRequestForm(ws, draft, request, now),
		refusalSlip: (draft, reasons, now) => intakeRefusalForm(ws, draft, reasons, now),
		drafts:
			device === null
				? null
				: {
						load: () => loadReceiveDraft(device),
						save: (draft) => saveReceiveDraft(device, draft),
						clear: () => clearReceiveDraft(device)
					},

		checkBookFile: (file, now, onProgress) => checkBookFile(ws, file, now, onProgress),
		importBook: (rows, file, now, onProgress) => importBook(ws, rows, file, now, onProgress),

		checkData: () => checkData(ws),
		rebuildReadModel: () => rebuildReadModel(ws),
		readModelBehind: () => changesBehind(ws.store, ws.readModel),

		openSync: (url, user) => new DeskSync(ws, url, user, device ? { device } : {}),
		onLocalWrite: (listener) => onLocalWrite(ws, listener)
	};
}

/** One API per workspace: a screen that sees the same workspace sees the same API. */
const apis = new WeakMap<Workspace, DeskApi>();

/** The API of the session's desk, or null when nobody works at a desk on this laptop. */
export function deskApiOf(session: DeskSession | null): DeskApi | null {
	const ws = session?.workspace ?? null;
	if (ws === null || session === null) return null;
	let api = apis.get(ws);
	if (!api) {
		api = deskApi(ws, { device: session.device });
		apis.set(ws, api);
	}
	return api;
}
