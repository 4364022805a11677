/**
 * Live queries of the read model (Dexie `liveQuery`): a query is run again whenever a write (the
 * projector's, in this tab, in another tab or in the office worker) touches what it read. The
 * screens never hold a subscription object: each function returns the function that stops it.
 */
import { liveQuery } from 'dexie';
import type { DueWindows } from '$lib/domain/classification/urgency';
import { findDossierByCode, workQueue, type WorkQueueEntry } from './dossier-queries';
import type { DossierRow, FeedbackRow, ReadModelDb } from './read-model';

export type Unsubscribe = () => void;

/** What a live query tells: each new answer, or the error that ended it. */
export interface QueryObserver<T> {
	next?: (value: T) => void;
	error?: (error: unknown) => void;
}

/** Runs `query` now and again after every write it depends on; returns the function that stops. */
export function watchQuery<T>(
	query: () => T | Promise<T>,
	observer: QueryObserver<T>
): Unsubscribe {
	const subscription = liveQuery(query).subscribe(observer);
	return () => subscription.unsubscribe();
}

/** The row of dossier `code` now and whenever it is written (undefined: none). */
export function watchDossierRow(
	db: ReadModelDb,
	code: string,
	observer: QueryObserver<DossierRow | undefined>
): Unsubscribe {
	return watchQuery(() => db.dossiers.get(code), observer);
}

/** The dossier a citizen looks up by its code (case and spaces forgiven), followed live. */
export function watchDossierByCode(
	db: ReadModelDb,
	code: string,
	observer: QueryObserver<DossierRow | null>
): Unsubscribe {
	return watchQuery(() => findDossierByCode(db, code), observer);
}

/** The desk's work queue at `windows`, `size` dossiers of each queue, followed live. */
export function watchWorkQueue(
	db: ReadModelDb,
	windows: DueWindows,
	size: number,
	observer: QueryObserver<WorkQueueEntry[]>
): Unsubscribe {
	return watchQuery(() => workQueue(db, windows, size), observer);
}

/** Calls `onChange` now and after every write to the dossiers' or the feedback's rows. */
export function watchDeskRows(db: ReadModelDb, onChange: () => void): Unsubscribe {
	return watchQuery(() => Promise.all([db.dossiers.count(), db.feedback.count()]), {
		next: () => onChange()
	});
}

/** Every feedback row (ADR 29: a few hundred a year), now and after every write to them. */
export function watchFeedbackRows(
	db: ReadModelDb,
	observer: QueryObserver<FeedbackRow[]>
): Unsubscribe {
	return watchQuery(() => db.feedback.toArray(), observer);
}

/** The row of feedback `code` now and whenever it is written (undefined: none). */
export function watchFeedbackRow(
	db: ReadModelDb,
	code: string,
	observer: QueryObserver<FeedbackRow | undefined>
): Unsubscribe {
	return watchQuery(() => db.feedback.get(code), observer);
}
