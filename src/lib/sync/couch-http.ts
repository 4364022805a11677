/**
 * The few CouchDB requests the office sync makes, over a `fetch` the caller chooses: the browser
 * sends the session cookie (`credentials: 'include'`), tests send a Basic header. Failures become
 * `SyncFailure`s with a short code; the service decides what is retried.
 */

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

/** Why a request to the server failed, as the desk words it (`syncPage.errors.*`). */
export const FAILURE_CODES = [
	'offline',
	'needs-login',
	'access-denied',
	'payload-too-large',
	'server-error'
] as const;
export type FailureCode = (typeof FAILURE_CODES)[number];

export class SyncFailure extends Error {
	constructor(
		readonly code: FailureCode,
		readonly status: number | null,
		message: string
	) {
		super(message);
		this.name = 'SyncFailure';
	}
}

/** The browser's fetch with the session cookie. */
export const cookieFetch: Fetch = (input, init) =>
	globalThis.fetch(input, { ...init, credentials: 'include' });

export interface CouchHttpOptions {
	readonly fetch?: Fetch;
	readonly headers?: Record<string, string>;
	/** Called with every answer's `Date` header (the server's clock). */
	readonly onDate?: (date: string) => void;
}

export class CouchHttp {
	readonly #fetch: Fetch;
	readonly #headers: Record<string, string>;
	readonly #onDate: (date: string) => void;

	/** `dbUrl`: `<origin>/db/motcua_office_<officeId>`, without credentials. */
	constructor(
		readonly dbUrl: string,
		options: CouchHttpOptions = {}
	) {
		this.#fetch = options.fetch ?? cookieFetch;
		this.#headers = options.headers ?? {};
		this.#onDate = options.onDate ?? (() => {});
	}

	/** JSON of a request to the database (`path` starts with `/` or `?`), or a `SyncFailure`. */
	async json<T>(method: string, path: string, body?: unknown): Promise<T> {
		const { status, body: answer } = await this.request<T>(method, path, body);
		if (status >= 200 && status < 300) return answer;
		throw await this.failure(status, answer);
	}

	/** Status and JSON of a request; only network failures throw. */
	async request<T>(
		method: string,
		path: string,
		body?: unknown,
		url = `${this.dbUrl}${path}`
	): Promise<{ status: number; body: T }> {
		let response: Response;
		try {
			response = await this.#fetch(url, {
				method,
				headers: {
					Accept: 'application/json',
					...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
					...this.#headers
				},
				...(body === undefined ? {} : { body: JSON.stringify(body) })
			});
		} catch (error) {
			throw new SyncFailure('offline', null, `network: ${String(error)}`);
		}
		const date = response.headers.get('date');
		if (date !== null) this.#onDate(date);
		let parsed: unknown = null;
		try {
			parsed = await response.json();
		} catch (error) {
			// A cut in the middle of the body is a network failure; a non-JSON answer is the server's.
			if (response.ok) throw new SyncFailure('offline', null, `network: ${String(error)}`);
		}
		return { status: response.status, body: parsed as T };
	}

	/** The server's `_session` URL (the database URL's parent). */
	get sessionUrl(): string {
		return `${this.dbUrl.replace(/\/[^/]+\/?$/, '')}/_session`;
	}

	/** Who the server takes the requests for (cookie or Basic header); null for nobody. */
	async sessionName(): Promise<string | null> {
		const { status, body } = await this.request<{ userCtx?: { name?: unknown } }>(
			'GET',
			'',
			undefined,
			this.sessionUrl
		);
		if (status === 401) return null;
		if (status !== 200) throw new SyncFailure('server-error', status, '_session');
		const name = body?.userCtx?.name;
		return typeof name === 'string' && name !== '' ? name : null;
	}

	/**
	 * 401 is ambiguous: CouchDB says it to anonymous users, the embedded server also to members of
	 * other offices (ADR 6). The session tells the two apart.
	 */
	async failure(status: number, body: unknown): Promise<SyncFailure> {
		const given = (body as { reason?: unknown } | null)?.reason;
		const reason = typeof given === 'string' ? given : String(status);
		if (status === 413) return new SyncFailure('payload-too-large', status, reason);
		if (status === 403) return new SyncFailure('access-denied', status, reason);
		if (status === 401) {
			const session = await this.request<{ userCtx?: { name?: string | null } }>(
				'GET',
				'',
				undefined,
				this.sessionUrl
			);
			const named = session.status === 200 && Boolean(session.body?.userCtx?.name);
			return new SyncFailure(named ? 'access-denied' : 'needs-login', status, reason);
		}
		return new SyncFailure('server-error', status, reason);
	}
}
