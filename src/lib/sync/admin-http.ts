/**
 * A database as a province administrator changes it (issue 12, ADR 34): the catalogue and
 * `_users`, with plain HTTP reads and writes made with the administrator's own session (the
 * browser's cookie), never a replication of local edits (the embedded server drops replicated
 * updates, ADR 6) and never an administrator credential in the app. The server's validation
 * decides what is allowed; its refusals come back as their short code.
 */
import { CouchHttp, SyncFailure, type CouchHttpOptions, type FailureCode } from './couch-http';

/** A document as stored, with its id and revision. */
export type StoredDoc<T> = T & {
	readonly _id: string;
	readonly _rev: string;
	readonly type: string;
};

/** Why a write did not happen: somebody changed it first, the server refused, or no server. */
export type WriteError =
	| { readonly error: 'conflict' }
	| { readonly error: 'refused'; readonly reason: string }
	| { readonly error: FailureCode };

export type WriteResult =
	{ readonly ok: true; readonly rev: string } | ({ readonly ok: false } & WriteError);

export class AdminHttp {
	readonly #http: CouchHttp;

	/** `dbUrl`: `<origin>/db/motcua_catalogue` or `<origin>/db/_users`; a Basic header in tests. */
	constructor(dbUrl: string, options: CouchHttpOptions = {}) {
		this.#http = new CouchHttp(dbUrl.replace(/\/+$/, ''), options);
	}

	/** Every document whose id starts with `prefix`, in id order. */
	async list<T>(
		prefix: string,
		options: { descending?: boolean; limit?: number } = {}
	): Promise<StoredDoc<T>[]> {
		const [low, high] = [JSON.stringify(prefix), JSON.stringify(`${prefix}\ufff0`)];
		const query = new URLSearchParams({
			include_docs: 'true',
			startkey: options.descending ? high : low,
			endkey: options.descending ? low : high,
			...(options.descending ? { descending: 'true' } : {}),
			...(options.limit ? { limit: String(options.limit) } : {})
		});
		const body = await this.#http.json<{ rows: { doc?: StoredDoc<T> }[] }>(
			'GET',
			`/_all_docs?${query.toString()}`
		);
		return body.rows.flatMap((row) => (row.doc ? [row.doc] : []));
	}

	/** One document, or null when there is none. */
	async get<T>(id: string): Promise<StoredDoc<T> | null> {
		const { status, body } = await this.#http.request<StoredDoc<T>>(
			'GET',
			`/${encodeURIComponent(id)}`
		);
		if (status === 404) return null;
		if (status >= 200 && status < 300) return body;
		throw await this.#http.failure(status, body);
	}

	/** Writes one document: a new one without `_rev`, a change with the `_rev` it was read at. */
	async put(doc: {
		readonly _id: string;
		readonly _rev?: string;
		readonly [field: string]: unknown;
	}): Promise<WriteResult> {
		try {
			const { status, body } = await this.#http.request<{ rev?: string; reason?: string }>(
				'PUT',
				`/${encodeURIComponent(doc._id)}`,
				doc
			);
			if (status === 201 || status === 202) return { ok: true, rev: String(body?.rev ?? '') };
			if (status === 409) return { ok: false, error: 'conflict' };
			if (status === 403) {
				const reason = String(body?.reason ?? '');
				return { ok: false, error: 'refused', reason: reason.split(':')[0] ?? reason };
			}
			const failure = await this.#http.failure(status, body);
			return { ok: false, error: failure.code };
		} catch (error) {
			if (error instanceof SyncFailure) return { ok: false, error: error.code };
			throw error;
		}
	}
}
