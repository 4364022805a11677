/**
 * Reads and writes the documents of one office database. Writes only ever create documents
 * (architecture.md §3); a second write of the same id is refused by PouchDB with a conflict.
 */
import type { Dossier, DossierEvent } from '$lib/domain/model';
import type { Feedback, FeedbackStep } from '$lib/domain/feedback';
import type { ReportSubmission } from '$lib/domain/report';
import {
	DOSSIER_PREFIX,
	FEEDBACK_PREFIX,
	HIGH,
	RETIREMENT_PREFIX,
	dossierDocId,
	feedbackDocId,
	feedbackFromDoc,
	feedbackStepFromDoc,
	parseFeedbackDoc,
	toDossierDoc,
	toEventDoc,
	toFeedbackDoc,
	toFeedbackStepDoc,
	type DossierDoc,
	type EventDoc,
	type FeedbackDoc,
	type FeedbackStepDoc,
	reportSubmissionFromDoc,
	reportSubmissionPrefix,
	toReportSubmissionDoc,
	type ReportSubmissionDoc
} from './documents';
import { ClosedArchive, closedArchiveName } from './closed-archive';
import type { Collision } from './collisions';
import { loadDossiers } from './load-dossiers';
import { isConflict, isNotFound, type Db } from './pouch';

/**
 * Device-local: since which Vietnam day this laptop holds every closed dossier (the first day of
 * the window its first sync brought, ADR 18); absent when it brought the whole office.
 */
export const KEPT_SINCE_KEY = 'kept-since';

export type WriteResult =
	{ readonly ok: true } | { readonly ok: false; readonly error: 'already-exists' };

export interface StoredDossier {
	readonly dossier: Dossier;
	readonly events: DossierEvent[];
	/** Documents of this dossier that could not be read (reported, never dropped). */
	readonly unreadable: { readonly id: string; readonly detail: string }[];
	/** Other documents under this dossier's ids: two dossiers that got one code (ADR 19). */
	readonly collisions: readonly Collision[];
}

export interface StoredFeedback {
	readonly feedback: Feedback;
	readonly steps: FeedbackStep[];
	/** Documents of this feedback that could not be read (reported, never dropped). */
	readonly unreadable: { readonly id: string; readonly detail: string }[];
}

export class OfficeStore {
	readonly #writeListeners = new Set<(id: string | null) => void>();

	constructor(
		readonly db: Db,
		readonly officeId: string,
		/** The closed dossiers a first pull archived beside the database (ADR 37). */
		readonly closed: ClosedArchive = new ClosedArchive(closedArchiveName(db.name))
	) {}

	/**
	 * Calls `listener` after each document written here (not after what sync brings from the
	 * server) with its id, or null after many at once; returns the function that stops it.
	 */
	onWrite(listener: (id: string | null) => void): () => void {
		this.#writeListeners.add(listener);
		return () => this.#writeListeners.delete(listener);
	}

	async putDossier(dossier: Dossier): Promise<WriteResult> {
		return this.#create(toDossierDoc(dossier));
	}

	async putEvent(event: DossierEvent): Promise<WriteResult> {
		return this.#create(toEventDoc(event, this.officeId));
	}

	/** The intake of a feedback or petition (ADR 29). */
	async putFeedback(feedback: Feedback): Promise<WriteResult> {
		return this.#create(toFeedbackDoc(feedback));
	}

	async putFeedbackStep(step: FeedbackStep): Promise<WriteResult> {
		return this.#create(toFeedbackStepDoc(step, this.officeId));
	}

	/** A period report submitted to the province (ADR 32). */
	async putReportSubmission(submission: ReportSubmission): Promise<WriteResult> {
		return this.#create(toReportSubmissionDoc(submission));
	}

	/** The submissions of the period `from`–`to` on this laptop, oldest first. */
	async loadReportSubmissions(from: string, to: string): Promise<ReportSubmission[]> {
		const prefix = reportSubmissionPrefix(from, to);
		const rows = await this.db.allDocs({
			startkey: prefix,
			endkey: `${prefix}${HIGH}`,
			include_docs: true
		});
		return rows.rows.flatMap((row) => {
			const submission = 'doc' in row ? reportSubmissionFromDoc(row.doc) : null;
			return submission ? [submission] : [];
		});
	}

	async #create(
		doc: DossierDoc | EventDoc | FeedbackDoc | FeedbackStepDoc | ReportSubmissionDoc
	): Promise<WriteResult> {
		try {
			await this.db.put(doc);
			for (const listener of this.#writeListeners) listener(doc._id);
			return { ok: true };
		} catch (error) {
			if (isConflict(error)) return { ok: false, error: 'already-exists' };
			throw error;
		}
	}

	/**
	 * Writes many new dossiers and events at once (an imported book): a document already here is
	 * left as it is and counted. Any other refusal throws, naming the document.
	 */
	async createMany(
		dossiers: readonly Dossier[],
		events: readonly DossierEvent[]
	): Promise<{ readonly written: number; readonly already: number }> {
		// Each intake record right before its events: the projector then folds each dossier from
		// the batch of changes that brought it (ADR 22) instead of reading it back. One bulkDocs
		// is one IndexedDB transaction, so a write cut off leaves none of them, in any order.
		const eventsOf = new Map<string, DossierEvent[]>();
		for (const e of events)
			eventsOf.set(e.dossierCode, [...(eventsOf.get(e.dossierCode) ?? []), e]);
		const docs: (DossierDoc | EventDoc)[] = [];
		for (const d of dossiers) {
			docs.push(toDossierDoc(d));
			for (const e of eventsOf.get(d.code) ?? []) docs.push(toEventDoc(e, this.officeId));
			eventsOf.delete(d.code);
		}
		for (const rest of eventsOf.values())
			docs.push(...rest.map((e) => toEventDoc(e, this.officeId)));
		const results = await this.db.bulkDocs(docs);
		let written = 0;
		let already = 0;
		results.forEach((result, i) => {
			if (!('error' in result) || !result.error) written++;
			else if (result.status === 409 || result.name === 'conflict') already++;
			else throw new Error(`${docs[i]?._id ?? '?'}: ${result.message ?? result.name ?? 'refused'}`);
		});
		if (written > 0) for (const listener of this.#writeListeners) listener(null);
		return { written, already };
	}

	/** Which of these dossiers are here already (their intake record). */
	async existingDossiers(codes: readonly string[]): Promise<Set<string>> {
		const [found, archived] = await Promise.all([
			this.db.allDocs({ keys: codes.map(dossierDocId) }),
			this.closed.holds(codes)
		]);
		const here = found.rows.flatMap((row) =>
			'value' in row && row.value && !row.value.deleted
				? [row.key.slice(DOSSIER_PREFIX.length)]
				: []
		);
		return new Set([...here, ...archived]);
	}

	/** The dossier and all its events, or null when its intake record is not here (yet). */
	async load(code: string): Promise<StoredDossier | null> {
		// The same reading as the projector's, the archive of closed dossiers joined (ADR 37).
		const stored = await loadDossiers(this.db, [code], new Map(), new Set(), this.closed);
		return stored.get(code) ?? null;
	}

	/** A feedback with its steps, or null when its intake record is not here (yet). */
	async loadFeedback(code: string): Promise<StoredFeedback | null> {
		const stored = (await this.loadFeedbacks([code])).get(code);
		return stored?.feedback ? { ...stored, feedback: stored.feedback } : null;
	}

	/**
	 * Several feedbacks, each with its steps (and `feedback` null while its intake record is not
	 * here or cannot be read): one range read per code.
	 */
	async loadFeedbacks(
		codes: readonly string[]
	): Promise<Map<string, Omit<StoredFeedback, 'feedback'> & { feedback: Feedback | null }>> {
		const found = new Map<
			string,
			Omit<StoredFeedback, 'feedback'> & { feedback: Feedback | null }
		>();
		await Promise.all(
			codes.map(async (code) => {
				const rows = await this.db.allDocs({
					startkey: feedbackDocId(code),
					endkey: `${feedbackDocId(code)}:${HIGH}`,
					include_docs: true
				});
				let feedback: Feedback | null = null;
				const steps: FeedbackStep[] = [];
				const unreadable: { id: string; detail: string }[] = [];
				for (const row of rows.rows) {
					const parsed = parseFeedbackDoc(row.doc);
					if (!parsed.ok) unreadable.push({ id: row.id, detail: parsed.detail });
					else if (parsed.doc.type === 'feedback') {
						if (row.id === feedbackDocId(code)) feedback = feedbackFromDoc(parsed.doc);
					} else if (parsed.doc.feedbackCode === code) {
						steps.push(feedbackStepFromDoc(parsed.doc));
					}
				}
				found.set(code, { feedback, steps, unreadable });
			})
		);
		return found;
	}

	/** Codes of the feedback whose code starts with `prefix` (`PA-<yyMMdd>-`). */
	async feedbackCodesWithPrefix(prefix: string): Promise<string[]> {
		const result = await this.db.allDocs({
			startkey: `${FEEDBACK_PREFIX}${prefix}`,
			endkey: `${FEEDBACK_PREFIX}${prefix}${HIGH}`
		});
		return result.rows
			.map((row) => row.id.slice(FEEDBACK_PREFIX.length))
			.filter((rest) => !rest.includes(':'));
	}

	/** Codes of the dossiers received on a day whose code starts with `prefix` (`<agency>-<yyMMdd>-`). */
	async codesWithPrefix(prefix: string): Promise<string[]> {
		const [result, archived] = await Promise.all([
			this.db.allDocs({
				startkey: `${DOSSIER_PREFIX}${prefix}`,
				endkey: `${DOSSIER_PREFIX}${prefix}${HIGH}`
			}),
			this.closed.codesWithPrefix(prefix)
		]);
		const here = result.rows.map((row) => row.id.slice(DOSSIER_PREFIX.length));
		return [...new Set([...here, ...archived])].sort();
	}

	/** The code of every dossier this laptop holds, in its database or archived (ADR 37). */
	async dossierCodes(): Promise<string[]> {
		const [result, archived] = await Promise.all([
			this.db.allDocs({ startkey: DOSSIER_PREFIX, endkey: `${DOSSIER_PREFIX}${HIGH}` }),
			this.closed.codes()
		]);
		const here = result.rows.map((row) => row.id.slice(DOSSIER_PREFIX.length));
		return [...new Set([...here, ...archived])].sort();
	}

	/** A device-local value in a `_local/` document: never replicated (architecture.md §3). */
	/** Whether the province retired this laptop's desk (ADR 34): it then issues no code. */
	async isDeskRetired(deskId: string): Promise<boolean> {
		try {
			await this.db.get(`${RETIREMENT_PREFIX}${deskId}`);
			return true;
		} catch (error) {
			if (isNotFound(error)) return false;
			throw error;
		}
	}

	async readLocal<T>(key: string): Promise<T | null> {
		try {
			const doc = await this.db.get<{ value: T }>(`_local/${key}`);
			return doc.value;
		} catch (error) {
			if (isNotFound(error)) return null;
			throw error;
		}
	}

	async writeLocal<T>(key: string, value: T): Promise<void> {
		const id = `_local/${key}`;
		for (;;) {
			const current = await this.db.get(id).catch(() => null);
			try {
				await this.db.put({ _id: id, ...(current ? { _rev: current._rev } : {}), value });
				return;
			} catch (error) {
				if (!isConflict(error)) throw error;
			}
		}
	}
}
