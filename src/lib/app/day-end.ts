/**
 * The supervisor's day-end summary (Cuối ngày, issue 5): what each officer received, resolved
 * and returned on a day, what falls due by the end of the next working day, what is overdue, what
 * to review, and how far each desk's changes have reached the server (supplied by the sync
 * service, listed as given).
 *
 * Rules (decided here):
 * - "Received" counts dossiers by their receipt time and receiving officer; "resolved" counts the
 *   applied `result-ready` events (approved or refused, domain.md §4.2 T15/T6b) and "returned"
 *   the applied `deliver` events (T16) by the officer who recorded them. Events kept as anomalies
 *   count nowhere.
 * - The open dossiers are as they stand now, seen from a cut-off: now for today, the end of the
 *   day for a past day, its start for a later one. Overdue = open, clock running, due before the
 *   cut-off (domain.md §7); due next = open, clock running, due from the cut-off to the end of the
 *   next working day of the office's calendar (holidays and swapped days included, §6.1), so the
 *   rest of today and any weekend or holiday in between are covered too: the work queue's "due
 *   soon" window (`dueWindows`).
 */
import { dueWindows } from '$lib/domain/classification/urgency';
import type { LifecycleState } from '$lib/domain/lifecycle';
import { datePart, type IsoDate, type LocalDateTime } from '$lib/domain/time';
import {
	dossierRows,
	dossiersReceivedBetween,
	NO_FILTERS,
	searchDossiers,
	type DueFilter
} from '$lib/storage/dossier-queries';
import { collisionNote } from '$lib/storage/collisions';
import type { DossierRow, FeedbackRow } from '$lib/storage/read-model';
import type { RejectionReason } from '$lib/sync/sync-status';
import {
	dossiersToReview,
	reviewsOn,
	type DossierToReview,
	type ReviewDone
} from './day-end-review';
import { officerName } from './form-sources';
import { deskLabel } from './officer-label';
import type { Workspace } from './workspace';

export type { DossierToReview, ReviewDone, UnsatisfiedRating } from './day-end-review';

/** How far one desk's changes have reached the provincial server, as the server knows it. */
export interface DeskSyncReport {
	readonly deskId: string;
	readonly deskName: string;
	readonly officer: string | null;
	readonly unsent: number | null;
	readonly lastSyncAt: string | null;
	readonly reportedAt: string | null;
	/** Documents the server refused from the desk, with the refusal's short code (ADR 6). */
	readonly rejected?: readonly { readonly id: string; readonly reason: RejectionReason }[];
}

export interface OfficerDay {
	readonly userName: string;
	/** Known for the officer of this desk; other officers are shown by user name. */
	readonly fullName: string | null;
	readonly received: number;
	readonly resolved: number;
	readonly returned: number;
}

/** An open dossier in the due lists. */
export interface DayEndDossier {
	readonly code: string;
	readonly procedureName: string;
	readonly applicantName: string;
	readonly status: LifecycleState;
	readonly dueAt: LocalDateTime;
	readonly receivedBy: string;
}

export interface DayEndTotals {
	readonly received: number;
	readonly resolved: number;
	readonly returned: number;
	readonly dueNext: number;
	readonly overdue: number;
	readonly toReview: number;
	/** Feedback and petitions past their due time, unanswered (ADR 29). */
	readonly feedbackOverdue: number;
	/** Replicated documents the projector could not read (kept, never dropped). */
	readonly unreadable: number;
}

/** The headline figures the page and the sheet show, in this order (`dayEnd.totals.*`). */
export const DAY_END_TOTALS = [
	'received',
	'resolved',
	'returned',
	'dueNext',
	'overdue',
	'toReview',
	'feedbackOverdue'
] as const satisfies readonly (keyof DayEndTotals)[];
export type DayEndTotal = (typeof DAY_END_TOTALS)[number];

/** Two different dossiers under one code (ADR 19): the one shown and the other one. */
export interface DayEndCollision {
	readonly code: string;
	readonly shownApplicant: string | null;
	readonly otherApplicant: string | null;
	readonly otherDesk: string | null;
}

/** An unanswered feedback past its due time at the cut-off (ADR 29). */
export interface DayEndFeedback {
	readonly code: string;
	readonly senderName: string;
	readonly kind: FeedbackRow['kind'];
	readonly unit: string;
	readonly receivedAt: LocalDateTime;
	readonly dueAt: LocalDateTime;
}

export interface DayEndSummary {
	readonly date: IsoDate;
	readonly officeName: string;
	/** When the summary was made (the `now` it was given). */
	readonly madeAt: LocalDateTime;
	/** The time the open dossiers are measured at (see the rules above). */
	readonly cutoff: LocalDateTime;
	/** The last day of the "due next" window. */
	readonly nextWorkingDay: IsoDate;
	readonly officers: readonly OfficerDay[];
	readonly dueNext: readonly DayEndDossier[];
	readonly overdue: readonly DayEndDossier[];
	/** Feedback and petitions unanswered past their due time, the oldest due first. */
	readonly feedbackOverdue: readonly DayEndFeedback[];
	readonly toReview: readonly DossierToReview[];
	/** The supervisor's reviews recorded that day. */
	readonly reviewed: readonly ReviewDone[];
	readonly desks: readonly DeskSyncReport[];
	/** Two different dossiers under one code, both kept; the province must give one a new code. */
	readonly collisions: readonly DayEndCollision[];
	readonly totals: DayEndTotals;
}

export interface DayEndInput {
	readonly date: IsoDate;
	readonly now: LocalDateTime;
	readonly desks?: readonly DeskSyncReport[];
}

function cutoffOf(date: IsoDate, now: LocalDateTime): LocalDateTime {
	const start = `${date}T00:00:00` as LocalDateTime;
	const end = `${date}T23:59:59` as LocalDateTime;
	return now < start ? start : now > end ? end : now;
}

type Counts = { received: number; resolved: number; returned: number };

async function officerDays(ws: Workspace, date: IsoDate): Promise<OfficerDay[]> {
	const db = ws.readModel;
	const [received, actions] = await Promise.all([
		dossiersReceivedBetween(db, date, date),
		db.actions.where('at').between(`${date}T00:00:00`, `${date}T23:59:59`, true, true).toArray()
	]);
	const byOfficer = new Map<string, Counts>();
	const countsOf = (userName: string): Counts => {
		let counts = byOfficer.get(userName);
		if (!counts) byOfficer.set(userName, (counts = { received: 0, resolved: 0, returned: 0 }));
		return counts;
	};
	for (const row of received) countsOf(row.receivedBy).received += 1;
	for (const action of actions) {
		const counts = countsOf(action.by);
		if (action.kind === 'result-ready') counts.resolved += 1;
		else if (action.kind === 'deliver') counts.returned += 1;
	}
	return [...byOfficer.entries()]
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
		.map(([userName, counts]) => ({
			userName,
			fullName: officerName(ws, userName) ?? null,
			...counts
		}));
}

function dueEntry(row: DossierRow): DayEndDossier {
	const { code, procedureName, applicantName, status, receivedBy } = row;
	return {
		code,
		procedureName,
		applicantName,
		status,
		receivedBy,
		dueAt: row.dueAt as LocalDateTime
	};
}

/** The open dossiers of a due filter at the cut-off, in due order (the dossier list's rule). */
async function dueList(
	ws: Workspace,
	due: DueFilter,
	windows: ReturnType<typeof dueWindows>
): Promise<DayEndDossier[]> {
	const db = ws.readModel;
	const found = await searchDossiers(db, { text: '', filters: { ...NO_FILTERS, due }, windows });
	const rows = found.rows ?? (await dossierRows(db, found.codes));
	return rows.map(dueEntry);
}

/** Unanswered feedback due before the cut-off, the oldest due first. */
async function overdueFeedback(ws: Workspace, cutoff: LocalDateTime): Promise<DayEndFeedback[]> {
	const rows = await ws.readModel.feedback.where('dueAt').below(cutoff).toArray();
	return rows
		.filter((row) => row.open === 1)
		.map((row) => ({
			code: row.code,
			senderName: row.senderName,
			kind: row.kind,
			unit: row.unit,
			receivedAt: row.receivedAt as LocalDateTime,
			dueAt: row.dueAt as LocalDateTime
		}));
}

export async function dayEndSummary(ws: Workspace, input: DayEndInput): Promise<DayEndSummary> {
	const { date, now, desks = [] } = input;
	const cutoff = cutoffOf(date, now);
	const windows = dueWindows(cutoff, ws.deadlines.calendar);
	const [officers, dueNext, overdue, feedbackOverdue, toReview, reviewed, unreadableRows] =
		await Promise.all([
			officerDays(ws, date),
			dueList(ws, 'soon', windows),
			dueList(ws, 'overdue', windows),
			overdueFeedback(ws, cutoff),
			dossiersToReview(ws, date),
			reviewsOn(ws, date),
			ws.readModel.unreadable.toArray()
		]);
	const notes = unreadableRows.map(collisionNote).filter((n) => n !== null);
	const shown = await ws.readModel.dossiers.bulkGet(notes.map((n) => n.code));
	const collisions = notes.map((note, i) => ({
		code: note.code,
		shownApplicant: shown[i]?.applicantName ?? null,
		otherApplicant: note.applicantName,
		otherDesk: note.deskId === null ? null : deskLabel(ws, note.deskId)
	}));
	const unreadable = unreadableRows.length - notes.length;
	const sum = (key: keyof Counts) => officers.reduce((n, o) => n + o[key], 0);
	return {
		date,
		officeName: ws.office.name,
		madeAt: now,
		cutoff,
		nextWorkingDay: datePart(windows.soonEnd),
		officers,
		dueNext,
		overdue,
		feedbackOverdue,
		toReview,
		reviewed: reviewed.map((r) => ({ ...r, by: officerName(ws, r.by) ?? r.by })),
		desks,
		collisions,
		totals: {
			received: sum('received'),
			resolved: sum('resolved'),
			returned: sum('returned'),
			dueNext: dueNext.length,
			overdue: overdue.length,
			toReview: toReview.length,
			feedbackOverdue: feedbackOverdue.length,
			unreadable
		}
	};
}
