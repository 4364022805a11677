/**
 * A small CouchDB client on the global `fetch`. `fetch` refuses URLs with credentials, so the
 * user and password of the given URL become a Basic header; only the URL without them is ever
 * shown (`client.shown`).
 */

export class CouchError extends Error {
	/** @param {string} message @param {number} status @param {unknown} body */
	constructor(message, status, body) {
		super(message);
		this.name = 'CouchError';
		this.status = status;
		this.body = body;
	}
}

/**
 * Answers are whatever JSON the server sent; callers name the shape they expect (`T`).
 * @typedef {{
 *   shown: string;
 *   request<T = any>(method: string, path: string, body?: unknown):
 *     Promise<{ status: number; body: T }>;
 *   json<T = any>(method: string, path: string, body?: unknown, okStatuses?: number[]):
 *     Promise<T>;
 * }} CouchClient
 */

/**
 * @param {string} url e.g. `http://admin:secret@127.0.0.1:5984` or `http://…:5080/db`
 * @returns {CouchClient}
 */
export function couchClient(url) {
	const parsed = new URL(url);
	/** @type {Record<string, string>} */
	const headers = { Accept: 'application/json' };
	if (parsed.username !== '') {
		const user = decodeURIComponent(parsed.username);
		const password = decodeURIComponent(parsed.password);
		headers.Authorization = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
	}
	parsed.username = '';
	parsed.password = '';
	const base = parsed.toString().replace(/\/+$/, '');

	/** @type {CouchClient['request']} */
	async function request(method, path, body) {
		const init = /** @type {RequestInit} */ ({ method, headers: { ...headers } });
		if (body !== undefined) {
			init.body = JSON.stringify(body);
			/** @type {Record<string, string>} */ (init.headers)['Content-Type'] = 'application/json';
		}
		let response;
		// A balancer closes idle keep-alive connections; a read that met one is sent once more.
		for (let attempt = 1; ; attempt += 1) {
			try {
				response = await fetch(`${base}${path}`, init);
				break;
			} catch (error) {
				const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
				const closed = /other side closed|ECONNRESET|socket hang up/i.test(String(cause));
				if (closed && attempt === 1 && (method === 'GET' || method === 'HEAD')) continue;
				throw new CouchError(`${method} ${base}${path}: ${String(cause)}`, 0, null);
			}
		}
		const text = await response.text();
		let parsedBody;
		try {
			parsedBody = text === '' ? null : JSON.parse(text);
		} catch {
			parsedBody = text;
		}
		return { status: response.status, body: parsedBody };
	}

	return {
		shown: base,
		request,
		async json(method, path, body, okStatuses = [200, 201, 202]) {
			const { status, body: answer } = await request(method, path, body);
			if (!okStatuses.includes(status)) {
				const reason = answer && typeof answer === 'object' ? JSON.stringify(answer) : answer;
				throw new CouchError(`${method} ${path} → ${status} ${String(reason)}`, status, answer);
			}
			return answer;
		}
	};
}

/** `encodeURIComponent` for a document id, keeping the `_design/` prefix readable. */
export function docPath(/** @type {string} */ db, /** @type {string} */ id) {
	const encoded = id.startsWith('_design/')
		? `_design/${encodeURIComponent(id.slice('_design/'.length))}`
		: encodeURIComponent(id);
	return `/${encodeURIComponent(db)}/${encoded}`;
}
