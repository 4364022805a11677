/**
 * The first pull of an empty desk (architecture.md §5, ADR 13, ADR 18): open dossiers first, then
 * the dossiers the desk keeps, without walking the `_changes` feed.
 * 1. The server's `by-dossier` view (`_design/motcua-counts`) says which dossiers have no closing
 *    event and which documents make them up; those come first, so the work queue fills before
 *    the history. A server without the view (provisioned by an older version) skips this step.
 * 2. With a window (the office's `keepClosedDays`), the dossiers closed since its first day, read
 *    from the `closed` view (`_design/motcua-window`), then every document that belongs to no
 *    dossier (desk registrations, feedback). Older dossiers stay on the server (ADR 18). With an
 *    archive (ADR 37) the closed dossiers go there, one record per dossier, not into PouchDB.
 *    Without a window, or on a server without the view, every other document, a page of
 *    dossiers with their events at a time: ids from `_all_docs`, compared with what the desk
 *    holds, the missing ones fetched with `_bulk_get` and written in bulk (the approach the
 *    Community Health Toolkit adopted instead of stock replication).
 *    The push checkpoint steps over each part as it is written.
 * The pull checkpoint then starts at the `update_seq` read before step 1: later changes come
 * through the ordinary pull, which skips what is already there.
 */
import {
	DOSSIER_PREFIX,
	EVENT_PREFIX,
	HIGH,
	dossierCodeOf,
	dossierDocId
} from '$lib/storage/documents';
import type { ArchivedDoc, ClosedArchive } from '$lib/storage/closed-archive';
import { KEPT_SINCE_KEY } from '$lib/storage/office-store';
import { deleteHere, type Leaves } from '$lib/storage/shedding';
import { isReplicated } from './sync-checkpoint';
import { fetchFromServer, writePulled } from './pull';
import { FETCH, bringAll, concat, heldAtStart, heldByLookup, type Holdings } from './pull-pipeline';
import type { Doc, TransferContext } from './transfer-context';

const VIEW = '/_design/motcua-counts/_view/by-dossier';
const CLOSED_VIEW = '/_design/motcua-window/_view/closed';
const CONFLICTS_VIEW = '/_design/motcua-window/_view/conflicts';
/** Ids per `_all_docs` page. */
const PAGE = 1000;

/** The server's dossier codes, and which have no closing event; null without the view. */
async function dossierCodes(ctx: TransferContext): Promise<{ all: number; open: string[] } | null> {
	const { status, body } = await ctx.http.request<{ rows?: { key: string; value: number }[] }>(
		'GET',
		`${VIEW}?group=true`
	);
	if (status === 404) return null;
	if (status !== 200) throw await ctx.http.failure(status, body);
	const rows = body.rows ?? [];
	return { all: rows.length, open: rows.filter((r) => r.value === 0).map((r) => r.key) };
}

/** Codes of the dossiers closed on `since` (a Vietnam day) or later; null without the view. */
async function closedSince(ctx: TransferContext, since: string): Promise<string[] | null> {
	const { status, body } = await ctx.http.request<{ rows?: { value: string }[] }>(
		'GET',
		`${CLOSED_VIEW}?startkey=${key(since)}`
	);
	if (status === 404) return null;
	if (status !== 200) throw await ctx.http.failure(status, body);
	return [...new Set((body.rows ?? []).map((r) => r.value))];
}

/**
 * The ids of the dossiers of `codes` (each intake record, then its events), a part of the codes
 * at a time from the `by-dossier` view; the next part's query travels while this one is brought.
 */
async function* dossierIds(
	ctx: TransferContext,
	codes: readonly string[]
): AsyncGenerator<readonly string[]> {
	const query = (i: number) =>
		ctx.http.json<{ rows: { id: string }[] }>('POST', `${VIEW}?reduce=false`, {
			keys: codes.slice(i, i + FETCH)
		});
	let next = codes.length > 0 ? query(0) : null;
	for (let i = 0; next !== null; i += FETCH) {
		const rows = await next;
		next = i + FETCH < codes.length ? query(i + FETCH) : null;
		// Awaited on the next turn; a stop before it must not leave its failure unhandled.
		next?.catch(() => undefined);
		yield byDossier([...new Set(rows.rows.map((r) => r.id))]);
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
async function* everything(ctx: TransferContext): AsyncGenerator<readonly string[]> {
	for await (const ids of idPages(ctx, '', DOSSIER_PREFIX)) yield ids.filter(isReplicated);
	let eventsFrom = EVENT_PREFIX;
	for await (const dossiers of idPages(ctx, DOSSIER_PREFIX, `${DOSSIER_PREFIX}${HIGH}`)) {
		const lastCode = dossierCodeOf(dossiers.at(-1) ?? '') ?? '';
		const eventsTo = `${EVENT_PREFIX}${lastCode}:${HIGH}`;
		const events: string[] = [];
		for await (const ids of idPages(ctx, eventsFrom, eventsTo)) events.push(...ids);
		eventsFrom = eventsTo;
		yield byDossier([...dossiers, ...events]);
	}
	for await (const ids of idPages(ctx, eventsFrom, HIGH)) yield ids.filter(isReplicated);
}

/**
 * After an ordinary pull's part: an event of a dossier the desk does not hold (a late rating or
 * review of a dossier older than the window, ADR 18) brings the whole dossier, so that the desk
 * never holds a history without its dossier; an event of a dossier the desk shed (ADR 25) leaves
 * with it.
 */
export async function completeDossiers(
	ctx: TransferContext,
	docs: readonly { _id: string }[]
): Promise<void> {
	const codes = new Set<string>();
	for (const doc of docs) {
		const code = doc._id.startsWith(EVENT_PREFIX) ? dossierCodeOf(doc._id) : null;
		if (code !== null) codes.add(code);
	}
	if (codes.size === 0) return;
	const [local, archived] = await Promise.all([
		ctx.db.allDocs({ keys: [...codes].map(dossierDocId) }),
		ctx.closed?.holds([...codes]) ?? Promise.resolve(new Set<string>())
	]);
	for (const row of local.rows) {
		if ('value' in row && row.value && !row.value.deleted) continue;
		const code = dossierCodeOf(row.key) ?? '';
		// Archived on this laptop (ADR 37): the event joins the dossier's documents there.
		if (archived.has(code)) continue;
		if ('value' in row && row.value?.deleted) {
			// Shed from this laptop (ADR 25): the server keeps it whole, and what just came of it
			// leaves with it rather than stand as a history without its dossier.
			await shedArrivals(
				ctx,
				docs.filter((doc) => dossierCodeOf(doc._id) === code)
			);
			continue;
		}
		const ids = [dossierDocId(code)];
		const events = `${EVENT_PREFIX}${code}:`;
		for await (const page of idPages(ctx, events, `${events}${HIGH}`)) ids.push(...page);
		await bringAll(ctx, concat([ids]), heldByLookup(ctx));
	}
}

/** Deletes on this laptop only (never pushed) the documents that arrived for a shed dossier. */
async function shedArrivals(ctx: TransferContext, docs: readonly { _id: string }[]): Promise<void> {
	if (docs.length === 0) return;
	const held = await ctx.db.allDocs({
		keys: docs.map((doc) => doc._id),
		include_docs: true,
		conflicts: true
	});
	await deleteHere(
		ctx.db,
		held.rows.flatMap((row) => ('doc' in row && row.doc ? [row.doc as Leaves] : []))
	);
}

/**
 * Step 2 with a window: what belongs to no dossier, by `_all_docs` ranges around the dossiers
 * and their events.
 */
async function* others(ctx: TransferContext): AsyncGenerator<readonly string[]> {
	const ranges: [string, string][] = [
		['', DOSSIER_PREFIX],
		[`${DOSSIER_PREFIX}${HIGH}`, EVENT_PREFIX],
		[`${EVENT_PREFIX}${HIGH}`, HIGH]
	];
	for (const [from, to] of ranges) {
		for await (const ids of idPages(ctx, from, to)) yield ids.filter(isReplicated);
	}
}

/**
 * Last step: the other revisions of the documents the desk now holds that have more than one on
 * the server (two dossiers written under one code, ADR 19). `_bulk_get` by id brings only the
 * winning revision, and the pull checkpoint then starts past them: without this step a new
 * laptop would show one of the two dossiers and never know of the other.
 */
async function otherRevisions(ctx: TransferContext): Promise<void> {
	const { status, body } = await ctx.http.request<{ rows?: { id: string; value: string[] }[] }>(
		'GET',
		CONFLICTS_VIEW
	);
	if (status === 404) return;
	if (status !== 200) throw await ctx.http.failure(status, body);
	const rows = body.rows ?? [];
	if (rows.length === 0) return;
	// Every leaf revision (the winning one first): whichever this desk holds, it lacks the others.
	const revs = Object.fromEntries(rows.map((r) => [r.id, r.value]));
	const diff = await ctx.db.revsDiff(revs);
	const local = await ctx.db.allDocs({ keys: rows.map((r) => r.id) });
	const held = new Set(
		local.rows.filter((r) => 'value' in r && r.value && !r.value.deleted).map((r) => r.key)
	);
	const wanted = Object.entries(diff).flatMap(([id, d]) =>
		held.has(id) ? (d.missing ?? []).map((rev) => ({ id, rev })) : []
	);
	for (let i = 0; i < wanted.length; i += FETCH) {
		await writePulled(ctx, await fetchFromServer(ctx, wanted.slice(i, i + FETCH)));
	}
}

/** The dossiers with more than one revision of a document on the server; null without the view. */
async function conflicted(ctx: TransferContext): Promise<Set<string> | null> {
	const { status, body } = await ctx.http.request<{ rows?: { id: string }[] }>(
		'GET',
		CONFLICTS_VIEW
	);
	if (status === 404) return null;
	if (status !== 200) throw await ctx.http.failure(status, body);
	return new Set((body.rows ?? []).flatMap((r) => dossierCodeOf(r.id) ?? []));
}

/** A server document as the archive keeps it: without its revision history. */
function archived(doc: Doc): ArchivedDoc {
	const { _revisions: _history, ...kept } = doc;
	return kept;
}

/**
 * Brings the closed dossiers of `codes` into the archive (ADR 37): the ids of a part of the codes
 * from the `by-dossier` view, their documents with `_bulk_get` in parallel parts, then one write
 * of one record per dossier. The next part is fetched while this one is written. What the
 * archive or the database already holds (a pull resumed after a reload) is not asked again.
 */
async function bringClosed(
	ctx: TransferContext,
	closed: ClosedArchive,
	codes: readonly string[],
	holdings: Holdings
): Promise<void> {
	const archivedAlready = new Set(await closed.codes());
	const held = await holdings.among(codes.map(dossierDocId));
	const wanted = codes.filter((c) => !archivedAlready.has(c) && !held.has(dossierDocId(c)));
	const fetchPart = async (ids: readonly string[]): Promise<Doc[]> => {
		const parts: Promise<Doc[]>[] = [];
		for (let i = 0; i < ids.length; i += FETCH) {
			parts.push(
				fetchFromServer(
					ctx,
					ids.slice(i, i + FETCH).map((id) => ({ id }))
				)
			);
		}
		return (await Promise.all(parts)).flat();
	};
	const lists = dossierIds(ctx, wanted)[Symbol.asyncIterator]();
	const nextPart = async (): Promise<Doc[] | null> => {
		// The officer's action goes first (ADR 23): no new fetch starts while the page holds.
		await ctx.pace?.();
		const ids = await lists.next();
		return ids.done === true ? null : fetchPart(ids.value);
	};
	let coming = nextPart();
	try {
		for (let docs = await coming; docs !== null; docs = await coming) {
			coming = nextPart();
			// Awaited on the next turn; a stop before it must not leave its failure unhandled.
			coming.catch(() => undefined);
			const byCode = new Map<string, ArchivedDoc[]>();
			for (const doc of docs) {
				const code = dossierCodeOf(doc._id);
				if (code === null) continue;
				const list = byCode.get(code);
				if (list) list.push(archived(doc));
				else byCode.set(code, [archived(doc)]);
			}
			if (ctx.totals.pending !== null) {
				ctx.totals.pending = Math.max(0, ctx.totals.pending - docs.length);
			}
			const records = [...byCode].map(([code, list]) => ({
				code,
				docs: list.sort((a, b) => rankOf(a._id) - rankOf(b._id) || (a._id < b._id ? -1 : 1))
			}));
			// Transactions of a hundred dossiers: a receipt's own write never waits behind a long one.
			for (let i = 0; i < records.length; i += ARCHIVE_WRITE) {
				await ctx.pace?.();
				await closed.putDossiers(records.slice(i, i + ARCHIVE_WRITE));
			}
			ctx.totals.received += docs.length;
			ctx.progress('pull');
			await ctx.afterPulled?.([]);
		}
	} finally {
		await coming.catch(() => undefined);
		await lists.return?.(undefined);
	}
}

/** Dossiers per write into the archive. */
const ARCHIVE_WRITE = 100;

function rankOf(id: string): number {
	return id.startsWith(DOSSIER_PREFIX) ? 0 : 1;
}

/** Notes on the laptop since when it holds every closed dossier (the report says so). */
async function keptSince(ctx: TransferContext, day: string): Promise<void> {
	const id = `_local/${KEPT_SINCE_KEY}`;
	const current = await ctx.db.get(id).catch(() => null);
	await ctx.db.put({ _id: id, ...(current ? { _rev: current._rev } : {}), value: day });
}

/**
 * The first pull of an empty desk (or after a restored server); sets the pull checkpoint.
 * `keepClosedSince`: the first day (Vietnam time, `YYYY-MM-DD`) whose closed dossiers the desk
 * keeps; null keeps the whole office.
 */
export async function firstPull(
	ctx: TransferContext,
	keepClosedSince: string | null
): Promise<void> {
	const info = await ctx.http.json<{ update_seq: number | string; doc_count?: number }>('GET', '');
	// What is left to bring, for the progress bar (design documents make it a slight overestimate
	// that the ordinary pull then corrects).
	const total = typeof info.doc_count === 'number' ? info.doc_count : null;
	ctx.totals.pending = total === null ? null : Math.max(0, total - ctx.totals.received);
	const [holdings, codes] = await Promise.all([heldAtStart(ctx), dossierCodes(ctx)]);
	const recent =
		codes === null || keepClosedSince === null ? null : await closedSince(ctx, keepClosedSince);
	if (
		codes !== null &&
		recent !== null &&
		keepClosedSince !== null &&
		total !== null &&
		codes.all > 0
	) {
		// Documents per dossier on this server, to estimate what the window brings.
		const open = new Set(codes.open);
		const kept = recent.filter((code) => !open.has(code));
		const share = (codes.open.length + kept.length) / codes.all;
		ctx.totals.pending = Math.max(0, Math.round(total * share) - ctx.totals.received);
		await keptSince(ctx, keepClosedSince);
		const closed = ctx.closed;
		const twice = closed === undefined ? null : await conflicted(ctx);
		if (closed === undefined || twice === null) {
			await openThenRest(ctx, dossierIds(ctx, codes.open), holdings, (held) =>
				bringAll(ctx, concat(dossierIds(ctx, kept), others(ctx)), held)
			);
		} else {
			// A dossier with two revisions of a document (ADR 19) stays with PouchDB, which keeps both.
			const archive = kept.filter((code) => !twice.has(code));
			const rest = kept.filter((code) => twice.has(code));
			await openThenRest(ctx, dossierIds(ctx, codes.open), holdings, async (held) => {
				await bringClosed(ctx, closed, archive, held);
				await bringAll(ctx, concat(dossierIds(ctx, rest), others(ctx)), held);
			});
		}
	} else {
		await openThenRest(ctx, dossierIds(ctx, codes?.open ?? []), holdings, (held) =>
			bringAll(ctx, everything(ctx), held)
		);
	}
	await otherRevisions(ctx);
	await ctx.save({ pulledSeq: info.update_seq });
}

/**
 * The open dossiers, then the rest: between the two the office worker is told, so that its
 * projector folds the open set at once and the rest after the pull (ADR 36).
 */
async function openThenRest(
	ctx: TransferContext,
	open: AsyncIterable<readonly string[]>,
	holdings: Holdings,
	rest: (holdings: Holdings) => Promise<void>
): Promise<void> {
	await bringAll(ctx, open, holdings);
	try {
		await ctx.firstPullPhase?.('rest');
		await rest(holdings);
	} finally {
		await ctx.firstPullPhase?.('done');
	}
}
