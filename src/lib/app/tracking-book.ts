/**
 * The tracking book (Sổ theo dõi hồ sơ, Form 06 of 2018 / 07 of 2025, domain.md §5.6) for the
 * dossiers received in a date range: the read model finds them, each is folded from its stored
 * documents for the transfer, result and return times.
 */
import {
	buildTrackingBookForm,
	formSetFor,
	type FormSet,
	type TrackingBookEntry,
	type TrackingBookForm
} from '$lib/domain/forms';
import { foldDossier } from '$lib/domain/lifecycle';
import { dayNumber, type IsoDate } from '$lib/domain/time';
import type { StoredDossier } from '$lib/storage/office-store';
import { dossiersReceivedBetween } from '$lib/storage/dossier-queries';
import { todayLocal } from './clock';
import { procedureOf } from './form-sources';
import type { Workspace } from './workspace';

/** One book of one form set; a range across 01/07/2025 gives a 2018 book and a 2025 book. */
export interface TrackingBookPart {
	readonly form: TrackingBookForm;
	/** Identity numbers by dossier code: on screen and paper in full, masked in exports (§12). */
	readonly idNumbers: Readonly<Record<string, string>>;
}

export interface TrackingBook {
	readonly from: IsoDate;
	readonly to: IsoDate;
	readonly parts: readonly TrackingBookPart[];
	/** Codes left out: documents not readable here, or a rule version without a form set. */
	readonly skipped: readonly string[];
}

/** Why no book is shown for the dates typed (`trackingBook.errors.*`). */
export const TRACKING_BOOK_RANGE_ERRORS = ['range-invalid', 'range-too-long'] as const;
export type TrackingBookRangeError = (typeof TRACKING_BOOK_RANGE_ERRORS)[number];

export type TrackingBookResult =
	| { readonly ok: true; readonly book: TrackingBook }
	| { readonly ok: false; readonly error: TrackingBookRangeError };

/** At most about a year per book: longer ranges are exports, not a book to print. */
export const MAX_RANGE_DAYS = 366;
const PARALLEL_LOADS = 20;

async function loadAll(ws: Workspace, codes: readonly string[]): Promise<(StoredDossier | null)[]> {
	const loaded: (StoredDossier | null)[] = [];
	for (let i = 0; i < codes.length; i += PARALLEL_LOADS) {
		const batch = codes.slice(i, i + PARALLEL_LOADS);
		loaded.push(...(await Promise.all(batch.map((code) => ws.store.load(code)))));
	}
	return loaded;
}

function entryOf(ws: Workspace, stored: StoredDossier): TrackingBookEntry {
	const { dossier, events } = stored;
	const folded = foldDossier(dossier, events, ws.lifecycle, ws.deadlines);
	return {
		dossier,
		leadUnit: procedureOf(ws, dossier).processingUnit,
		transferredAt: folded.transfers[0]?.at ?? null,
		resultReceivedAt: folded.decidedAt,
		returnedAt: folded.deliveredAt
	};
}

/**
 * The tracking book of the dossiers received from `from` to `to` (both included), domain.md §5.6,
 * dated `printedOn`. Rows are in receipt order, numbered from 1 in each form set's book.
 */
export async function trackingBook(
	ws: Workspace,
	from: IsoDate,
	to: IsoDate,
	printedOn: IsoDate = todayLocal()
): Promise<TrackingBookResult> {
	if (from > to) return { ok: false, error: 'range-invalid' };
	if (dayNumber(to) - dayNumber(from) >= MAX_RANGE_DAYS)
		return { ok: false, error: 'range-too-long' };
	// The projector follows writes live; catching up here makes a dossier received a moment ago
	// appear in the book at once.
	await ws.projector.catchUp();
	const rows = await dossiersReceivedBetween(ws.readModel, from, to);
	const loaded = await loadAll(
		ws,
		rows.map((r) => r.code)
	);
	const skipped: string[] = [];
	const bySet = new Map<FormSet, StoredDossier[]>();
	loaded.forEach((stored, i) => {
		const set = stored ? formSetFor(stored.dossier.ruleVersion) : null;
		if (!stored || !set?.ok) {
			skipped.push(rows[i]?.code ?? '');
			return;
		}
		bySet.set(set.set, [...(bySet.get(set.set) ?? []), stored]);
	});
	const parts: TrackingBookPart[] = [];
	for (const group of bySet.values()) {
		const first = group[0];
		if (!first) continue;
		const built = buildTrackingBookForm({
			office: ws.office,
			desk: ws.setup.desk,
			date: printedOn,
			ruleVersion: first.dossier.ruleVersion,
			entries: group.map((stored) => entryOf(ws, stored))
		});
		// Every entry of a group has the same form set, so the builder has nothing to refuse.
		if (!built.ok) throw new Error(`Tracking book: ${built.error}`);
		const idNumbers = Object.fromEntries(
			group.map(({ dossier }) => [dossier.code, dossier.applicant.idNumber])
		);
		parts.push({ form: built.form, idNumbers });
	}
	return { ok: true, book: { from, to, parts, skipped } };
}
