/**
 * Writes documents through the server's front door so that its validation runs on each one
 * (ADR 6: `by` must be the logged-in officer): one CouchDB session per author, `_bulk_docs` in
 * batches of one author's documents, a few requests at a time. Never as the administrator, whom
 * the validation lets through unchecked.
 */
import type { GenDoc } from './docs';

export interface WriteResult {
	written: number;
	/** Already on the server (a conflict: written meanwhile by someone else). */
	conflicts: number;
	refused: { id: string; reason: string }[];
}

type BulkAnswer = { id: string; rev?: string; error?: string; reason?: string }[];

export interface WriterOptions {
	/** The server without credentials, e.g. http://127.0.0.1:5984 or http://…:5080/db. */
	readonly base: string;
	readonly db: string;
	/** Creates or updates the author's user and returns the password to log in with. */
	readonly credentials: (author: string) => Promise<string>;
	readonly batchSize: number;
	readonly parallel: number;
	readonly onBatch?: (result: WriteResult) => void;
}

export class Writer {
	readonly result: WriteResult = { written: 0, conflicts: 0, refused: [] };
	readonly #buffers = new Map<string, GenDoc[]>();
	readonly #cookies = new Map<string, Promise<string>>();
	readonly #inFlight = new Set<Promise<void>>();
	#failure: Error | null = null;

	constructor(readonly options: WriterOptions) {}

	/** Queues a document of `author`; waits while the server already has enough to do. */
	async push(author: string, doc: GenDoc): Promise<void> {
		const buffer = this.#buffers.get(author) ?? [];
		this.#buffers.set(author, buffer);
		buffer.push(doc);
		if (buffer.length >= this.options.batchSize) {
			this.#buffers.delete(author);
			await this.#send(author, buffer);
		}
	}

	/** Sends what is left and waits for every request. */
	async finish(): Promise<WriteResult> {
		for (const [author, docs] of this.#buffers) await this.#send(author, docs);
		this.#buffers.clear();
		await Promise.all(this.#inFlight);
		if (this.#failure !== null) throw this.#failure;
		return this.result;
	}

	async #send(author: string, docs: GenDoc[]): Promise<void> {
		while (this.#inFlight.size >= this.options.parallel) await Promise.race(this.#inFlight);
		if (this.#failure !== null) throw this.#failure;
		const task = this.#write(author, docs).catch((error: unknown) => {
			this.#failure ??= error instanceof Error ? error : new Error(String(error));
		});
		const tracked = task.finally(() => this.#inFlight.delete(tracked));
		this.#inFlight.add(tracked);
	}

	async #write(author: string, docs: GenDoc[]): Promise<void> {
		const url = `${this.options.base}/${encodeURIComponent(this.options.db)}/_bulk_docs`;
		const body = JSON.stringify({ docs });
		for (let attempt = 1; ; attempt++) {
			const cookie = await this.#cookie(author, attempt > 1);
			const response = await fetch(url, {
				method: 'POST',
				headers: { 'Content-Type': 'application/json', Accept: 'application/json', Cookie: cookie },
				body
			});
			const text = await response.text();
			if (response.status === 401 && attempt < 3) continue;
			if (response.status !== 201 && response.status !== 202) {
				throw new Error(`POST _bulk_docs as ${author} → ${response.status} ${text.slice(0, 200)}`);
			}
			const batch: WriteResult = { written: 0, conflicts: 0, refused: [] };
			for (const r of JSON.parse(text) as BulkAnswer) {
				if (r.error === undefined) batch.written++;
				else if (r.error === 'conflict') batch.conflicts++;
				else batch.refused.push({ id: r.id, reason: `${r.error}: ${r.reason ?? ''}` });
			}
			this.result.written += batch.written;
			this.result.conflicts += batch.conflicts;
			this.result.refused.push(...batch.refused);
			this.options.onBatch?.(batch);
			return;
		}
	}

	/** The author's `AuthSession` cookie, logged in once (again when `fresh`). */
	#cookie(author: string, fresh: boolean): Promise<string> {
		let cookie = this.#cookies.get(author);
		if (cookie === undefined || fresh) {
			cookie = this.#login(author);
			this.#cookies.set(author, cookie);
		}
		return cookie;
	}

	async #login(author: string): Promise<string> {
		const password = await this.options.credentials(author);
		// On a cluster a node may still hold the user's previous password in its cache for a
		// moment after the reset (docs/deploy.md §2): a refusal is tried again a few times.
		for (let attempt = 1; ; attempt += 1) {
			const response = await fetch(`${this.options.base}/_session`, {
				method: 'POST',
				headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
				body: JSON.stringify({ name: author, password })
			});
			const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
			if (response.status === 200 && cookie.startsWith('AuthSession=')) return cookie;
			if (response.status !== 401 || attempt >= 10) {
				throw new Error(`${author} cannot log in (POST /_session → ${response.status})`);
			}
			await new Promise((resolve) => setTimeout(resolve, 300));
		}
	}
}
