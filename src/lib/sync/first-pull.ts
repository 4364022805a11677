/**
 * The first pull of an empty desk (architecture.md §5, ADR 13): open dossiers first, then the rest
 * of the office, without walking the `_changes` feed.
 * 1. The server's `by-dossier` view (`_design/motcua-counts`) says which dossiers have no closing
 *    event and which documents make them up; those come first, so the work queue fills before
 *    the history. A server without the view (provisioned by an older version) skips this step.
 * 2. Every other document, a page of dossiers with their events at a time: ids from `_all_docs`,
 *    compared with what the desk holds, the missing ones fetched with `_bulk_get` and written in
 *    bulk (the approach the Community Health Toolkit adopted instead of stock replication); the
 *    push checkpoint steps over each part as it is written.
 * The pull checkpoint then starts at the `update_seq` read before step 1: later changes come
 * through the ordinary pull, which skips what is already there.
 */
import { DOSSIER_PREFIX, EVENT_PREFIX, HIGH, dossierCodeOf } from '$lib/storage/documents';
import { isReplicated } from './sync-checkpoint';
import { fetchFromServer, writePulled, type TransferContext } from './office-transfer';

const VIEW = '/_design/motcua-counts/_view/by-dossier';
/** Ids per `_all_docs` page and per `_bulk_get`. */
const PAGE = 1000;
const FETCH = 500;
/** From this many ids of one kind, which are held is read as one key range. */
const RANGE_READ = 50;

/** Codes of the dossiers the server holds without a closing event; null without the view. */
async function openCodes(ctx: TransferContext): Promise<string[] | null> {
	const { status, body } = await ctx.http.request<{ rows?: { key: string; value: number }[] }>(
		'GET',
		`${VIEW}?group=true`
	);
	if (status === 404) return null;
	if (status !== 200) throw await ctx.http.failure(status, body);
	return (body.rows ?? []).filter((r) => r.value === 0).map((r) => r.key);
}

/**
 * Which of `ids` the desk already holds (a first pull that resumes after a reload): one key
 * range read per kind of document rather than one lookup per id, which on an empty desk finds
 * nothing at almost no cost.
 */
async function heldAmong(ctx: TransferContext, ids: readonly string[]): Promise<Set<string>> {
	const held = new Set<string>();
	const groups = new Map<string, string[]>();
	for (const id of ids) {
		const kind = id.slice(0, id.indexOf(':') + 1);
		groups.set(kind, [...(groups.get(kind) ?? []), id]);
	}
	for (const group of groups.values()) {
		const sorted = [...group].sort();
		const [first, last] = [sorted[0] ?? '', sorted.at(-1) ?? ''];
		const local =
			sorted.length < RANGE_READ
				? await ctx.db.allDocs({ keys: sorted })
				: await ctx.db.allDocs({ startkey: first, endkey: last });
		const wanted = new Set(sorted);
		for (const row of local.rows) {
			if ('value' in row && row.value && !row.value.deleted && wanted.has(row.id)) held.add(row.id);
		}
	}
	return held;
}

/** Fetches the documents of `ids` the desk does not hold and writes them; returns how many. */
async function bring(ctx: TransferContext, ids: readonly string[]) {
	const held = await heldAmong(ctx, ids);
	const missing = ids.filter((id) => !held.has(id));
	const fetchPart = (i: number) =>
		fetchFromServer(
			ctx,
			missing.slice(i, i + FETCH).map((id) => ({ id }))
		);
	let written = 0;
	// The next part travels while this one is written.
	let next = missing.length > 0 ? fetchPart(0) : null;
	for (let i = 0; next !== null; i += FETCH) {
		const docs = await next;
		next = i + FETCH < missing.length ? fetchPart(i + FETCH) : null;
		// A failed write must not leave the prefetch's rejection unhandled.
		next?.catch(() => undefined);
		if (ctx.totals.pending !== null) {
			ctx.totals.pending = Math.max(0, ctx.totals.pending - docs.length);
		}
		await writePulled(ctx, docs);
		written += docs.length;
	}
	return written;
}

/** Step 1: the open dossiers' documents. */
async function openDossiers(ctx: TransferContext): Promise<void> {
	const codes = await openCodes(ctx);
	if (codes === null) return;
	for (let i = 0; i < codes.length; i += FETCH) {
		const rows = await ctx.http.json<{ rows: { id: string }[] }>('POST', `${VIEW}?reduce=false`, {
			keys: codes.slice(i, i + FETCH)
		});
		await bring(ctx, [...new Set(rows.rows.map((r) => r.id))]);
	}
}

/** Ids of the server's documents from `from` up to (not including) `to`, page by page. */
async function* idPages(ctx: TransferContext, from: string, to: string): AsyncGenerator<string[]> {
	let start = from;
	let skip = 0;
	for (;;) {
		const range = `startkey=${key(start)}&endkey=${key(to)}&inclusive_end=false&skip=${skip}`;
		const page = await ctx.http.json<{ rows: { id: string }[] }>(
			'GET',
			`/_all_docs?limit=${PAGE}&${range}`
		);
		const ids = page.rows.map((r) => r.id);
		if (ids.length > 0) yield ids;
		const last = ids.at(-1);
		if (last === undefined || ids.length < PAGE) return;
		start = last;
		skip = 1;
	}
}

function key(id: string): string {
	return encodeURIComponent(JSON.stringify(id));
}

/** A dossier's intake record, then its events: parts of a write hold whole dossiers. */
function byDossier(ids: string[]): string[] {
	const rank = (id: string) => (id.startsWith(DOSSIER_PREFIX) ? 0 : 1);
	const codeOf = (id: string) => dossierCodeOf(id) ?? id;
	return ids.sort((a, b) => {
		const [ca, cb] = [codeOf(a), codeOf(b)];
		return ca < cb ? -1 : ca > cb ? 1 : rank(a) - rank(b);
	});
}

/**
 * Step 2: everything else the office holds, by `_all_docs` ranges that tile the whole id space:
 * what sorts before the dossiers (desk registrations), then each page of dossiers together with
 * the events of the same codes (so no closed dossier shows as open while its events are still on
 * the way), then the events past the last dossier and what sorts after them.
 */
async function everything(ctx: TransferContext): Promise<void> {
	for await (const ids of idPages(ctx, '', DOSSIER_PREFIX)) {
		await bring(ctx, ids.filter(isReplicated));
	}
	let eventsFrom = EVENT_PREFIX;
	for await (const dossiers of idPages(ctx, DOSSIER_PREFIX, `${DOSSIER_PREFIX}${HIGH}`)) {
		const lastCode = dossierCodeOf(dossiers.at(-1) ?? '') ?? '';
		const eventsTo = `${EVENT_PREFIX}${lastCode}:${HIGH}`;
		const events: string[] = [];
		for await (const ids of idPages(ctx, eventsFrom, eventsTo)) events.push(...ids);
		eventsFrom = eventsTo;
		await bring(ctx, byDossier([...dossiers, ...events]));
	}
	for await (const ids of idPages(ctx, eventsFrom, HIGH)) {
		await bring(ctx, ids.filter(isReplicated));
	}
}

/** The first pull of an empty desk (or after a restored server); sets the pull checkpoint. */
export async function firstPull(ctx: TransferContext): Promise<void> {
	const info = await ctx.http.json<{ update_seq: number | string; doc_count?: number }>('GET', '');
	// What is left to bring, for the progress bar (design documents make it a slight overestimate
	// that the ordinary pull then corrects).
	const total = typeof info.doc_count === 'number' ? info.doc_count : null;
	ctx.totals.pending = total === null ? null : Math.max(0, total - ctx.totals.received);
	await openDossiers(ctx);
	await everything(ctx);
	await ctx.save({ pulledSeq: info.update_seq });
}
