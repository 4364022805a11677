/**
 * Allocates this desk's next dossier code for a day (domain.md §9.1) so that a code is never
 * issued twice, even when the page is killed in the middle of a receipt: the desk's last used
 * number is written durably (a `_local/` document) before the dossier that carries it, and is
 * checked against the dossiers already stored. A crash between the two writes skips a number.
 */
import { allocateCode, codeDate, parseDossierCode } from '$lib/domain/codes';
import {
	feedbackCodeDayPrefix,
	formatFeedbackCode,
	nextFeedbackSequence,
	parseFeedbackCode
} from '$lib/domain/feedback';
import type { IsoDate } from '$lib/domain/time';
import type { OfficeStore } from '$lib/storage/office-store';
import type { Desk } from '$lib/domain/model';

export type Allocation =
	| { readonly ok: true; readonly code: string }
	| {
			readonly ok: false;
			readonly error: 'desk-range-exhausted' | 'agency-code-invalid' | 'desk-retired';
	  };

let queue: Promise<unknown> = Promise.resolve();

/** Runs allocations of this page one after another. */
function serialised<T>(task: () => Promise<T>): Promise<T> {
	const next = queue.then(task, task);
	queue = next.catch(() => undefined);
	return next;
}

async function lastUsedOn(store: OfficeStore, agencyCode: string, desk: Desk, date: IsoDate) {
	const key = `sequence-${desk.id}-${date}`;
	const remembered = (await store.readLocal<number>(key)) ?? null;
	const codes = await store.codesWithPrefix(`${agencyCode}-${codeDate(date)}-`);
	const { first, last } = desk.sequenceRange;
	let stored: number | null = null;
	for (const code of codes) {
		const parsed = parseDossierCode(code);
		if (parsed.ok && parsed.value.sequence >= first && parsed.value.sequence <= last)
			stored = Math.max(stored ?? 0, parsed.value.sequence);
	}
	const lastUsed = remembered === null ? stored : Math.max(remembered, stored ?? 0);
	return { key, lastUsed };
}

/** Reserves the next code: remembered before it is returned, so it is never handed out again. */
export function reserveCode(
	store: OfficeStore,
	agencyCode: string,
	desk: Desk,
	date: IsoDate
): Promise<Allocation> {
	return serialised(async () => {
		// A retired laptop (ADR 34) issues no number: its slot may already be another laptop's.
		if (await store.isDeskRetired(desk.id)) return { ok: false, error: 'desk-retired' };
		const { key, lastUsed } = await lastUsedOn(store, agencyCode, desk, date);
		const allocated = allocateCode({
			agencyCode,
			range: desk.sequenceRange,
			receivedDate: date,
			lastUsed
		});
		if (!allocated.ok) return allocated;
		await store.writeLocal(key, allocated.lastUsed);
		return { ok: true, code: allocated.code };
	});
}

/**
 * Reserves this desk's next feedback code of a day (`PA-<yyMMdd>-<NNNN>`, ADR 29) the same way:
 * the last number remembered before the code is returned, checked against the feedback stored.
 */
export function reserveFeedbackCode(
	store: OfficeStore,
	desk: Desk,
	date: IsoDate
): Promise<Allocation> {
	return serialised(async () => {
		if (await store.isDeskRetired(desk.id)) return { ok: false, error: 'desk-retired' };
		const key = `feedback-sequence-${desk.id}-${date}`;
		const remembered = (await store.readLocal<number>(key)) ?? null;
		const { first, last } = desk.sequenceRange;
		let lastUsed = remembered;
		for (const code of await store.feedbackCodesWithPrefix(feedbackCodeDayPrefix(date))) {
			const parsed = parseFeedbackCode(code);
			if (parsed && parsed.sequence >= first && parsed.sequence <= last)
				lastUsed = Math.max(lastUsed ?? 0, parsed.sequence);
		}
		const sequence = nextFeedbackSequence(desk.sequenceRange, lastUsed);
		if (sequence === null) return { ok: false, error: 'desk-range-exhausted' };
		await store.writeLocal(key, sequence);
		return { ok: true, code: formatFeedbackCode(date, sequence) };
	});
}
