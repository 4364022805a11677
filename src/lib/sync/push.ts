/**
 * The push half of a desk's sync (architecture.md §5, ADR 21): reads local changes since the push
 * checkpoint, asks the server which revisions it lacks (`_revs_diff`), and uploads those with
 * `new_edits: false` in batches that halve on 413. Documents of another officer wait for them to
 * log in; every refusal is kept with its reason; the checkpoint advances after each page, so a
 * cut resumes where it was, and steps over what the pull brought.
 */
import type { Db } from '$lib/storage/pouch';
import { dossierCodeOf } from '$lib/storage/documents';
import { SyncFailure } from './couch-http';
import { fetchFromServer } from './pull';
import {
	isReplicated,
	mergeRejections,
	type Deferred,
	type Seq,
	type SyncCheckpoint
} from './sync-checkpoint';
import { reasonCode, type Rejection, type RejectionReason } from './sync-status';
import { authorOf, type BulkResult, type Doc, type TransferContext } from './transfer-context';

function isMine(ctx: TransferContext, doc: Doc): boolean {
	const author = authorOf(doc);
	return ctx.author === null || author === null || author === ctx.author;
}

/** Sends the documents of the session's user that waited for them to log in again. */
async function pushDeferred(ctx: TransferContext): Promise<void> {
	const waiting = ctx.checkpoint.deferred.filter((d) => d.author === ctx.author);
	if (ctx.author === null || waiting.length === 0) return;
	for (let i = 0; i < waiting.length; i += Math.max(1, ctx.checkpoint.uploadBatch)) {
		const part = waiting.slice(i, i + Math.max(1, ctx.checkpoint.uploadBatch));
		const docs = await missingOnServer(
			ctx,
			part.map((d) => ({ id: d.id, changes: [{ rev: d.rev }] }))
		);
		const refused = await upload(ctx, docs);
		const done = new Set(part.map((d) => `${d.id}@${d.rev}`));
		await ctx.save({
			deferred: ctx.checkpoint.deferred.filter((d) => !done.has(`${d.id}@${d.rev}`)),
			...(refused.length > 0 ? { rejected: mergeRejections(ctx.checkpoint.rejected, refused) } : {})
		});
		ctx.totals.sent += docs.length - refused.length;
		ctx.totals.rejected.push(...refused);
		ctx.progress('push');
	}
}

/** Local changes read per page by a push; uploads go in `uploadBatch` parts of it. */
const PUSH_PAGE = 500;

/**
 * Sends every local change since the push checkpoint, counting into `ctx.totals`. What this run
 * pulled (`ctx.pulled`) came from the server: it is stepped over without asking the server, and
 * the checkpoint moves past it. Called after every pulled part too, so the checkpoint keeps pace
 * with a long first pull and a dossier received meanwhile goes up at once.
 */
export async function push(ctx: TransferContext): Promise<void> {
	await pushDeferred(ctx);
	for (;;) {
		const changes = await ctx.db.changes({
			since: ctx.checkpoint.pushedSeq as number,
			limit: PUSH_PAGE
		});
		if (changes.results.length === 0) return;
		const wanted = changes.results.filter((c) => {
			if (!isReplicated(c.id) || c.deleted) return false;
			const key = `${c.id}@${c.changes[0]?.rev ?? ''}`;
			// Stepped over once: the set only holds what the checkpoint has not passed yet.
			return !ctx.pulled.delete(key);
		});
		let uploaded = 0;
		const step = Math.max(1, ctx.checkpoint.uploadBatch);
		for (let i = 0; i < wanted.length; i += step) {
			const missing = await missingOnServer(ctx, wanted.slice(i, i + step));
			const docs = missing.filter((d) => isMine(ctx, d));
			const waiting = missing.filter((d) => !isMine(ctx, d));
			const refused = await codesTaken(ctx, await upload(ctx, docs));
			uploaded += docs.length;
			// Refusals and deferrals are kept with the checkpoint that steps over them: none is lost.
			if (refused.length > 0 || waiting.length > 0) {
				await ctx.save({
					...(refused.length > 0
						? { rejected: mergeRejections(ctx.checkpoint.rejected, refused) }
						: {}),
					...(waiting.length > 0
						? { deferred: mergeDeferred(ctx.checkpoint.deferred, waiting) }
						: {})
				});
			}
			ctx.totals.sent += docs.length - refused.length;
			ctx.totals.rejected.push(...refused);
		}
		// Nothing uploaded since the server's marker was confirmed: nothing new to confirm either.
		const confirmed = uploaded === 0 && ctx.checkpoint.verifiedSeq === ctx.checkpoint.pushedSeq;
		await ctx.save({
			pushedSeq: changes.last_seq,
			...(confirmed ? { verifiedSeq: changes.last_seq } : {})
		});
		if (wanted.length > 0) ctx.progress('push');
		if (changes.results.length < PUSH_PAGE) return;
	}
}

/**
 * After a pulled part: when nothing but that part was written since the push checkpoint (the
 * usual case, by far, during a first pull), the checkpoint moves past it without reading it
 * back; otherwise a push sorts the local writes out from what came from the server.
 */
export async function keepPace(ctx: TransferContext, written: readonly Doc[]): Promise<void> {
	const { pushedSeq, verifiedSeq } = ctx.checkpoint;
	const info = await ctx.db.info();
	const head = info.update_seq;
	if (
		typeof pushedSeq === 'number' &&
		typeof head === 'number' &&
		head - pushedSeq === written.length
	) {
		for (const d of written) ctx.pulled.delete(`${d._id}@${d._rev}`);
		await ctx.save({
			pushedSeq: head,
			...(verifiedSeq === pushedSeq ? { verifiedSeq: head } : {})
		});
		return;
	}
	await push(ctx);
}

/** The local documents (with their revision history) among `changes` the server lacks. */
async function missingOnServer(
	ctx: TransferContext,
	changes: readonly { id: string; changes: { rev: string }[] }[]
): Promise<Doc[]> {
	if (changes.length === 0) return [];
	const revs = Object.fromEntries(changes.map((c) => [c.id, c.changes.map((r) => r.rev)]));
	const diff = await ctx.http.json<Record<string, { missing: string[] }>>(
		'POST',
		'/_revs_diff',
		revs
	);
	const wanted = Object.entries(diff).flatMap(([id, d]) => d.missing.map((rev) => ({ id, rev })));
	if (wanted.length === 0) return [];
	const got = await ctx.db.bulkGet({ docs: wanted, revs: true });
	return got.results.flatMap((r) =>
		r.docs.flatMap((d) => ('ok' in d ? [d.ok as unknown as Doc] : []))
	);
}

/** Uploads `docs`, halving the batch on 413 down to one document; returns the refusals. */
async function upload(ctx: TransferContext, docs: readonly Doc[]): Promise<Rejection[]> {
	if (docs.length === 0) return [];
	try {
		const results = await ctx.http.json<BulkResult[]>('POST', '/_bulk_docs', {
			docs,
			new_edits: false
		});
		return refusals(ctx, docs, results);
	} catch (error) {
		if (!(error instanceof SyncFailure) || error.code !== 'payload-too-large') throw error;
		const [only] = docs;
		if (docs.length === 1 && only) return [rejection(ctx, only, 'too-large', error.message)];
		const half = Math.ceil(docs.length / 2);
		if (ctx.checkpoint.uploadBatch > half) await ctx.save({ uploadBatch: half });
		return [...(await upload(ctx, docs.slice(0, half))), ...(await upload(ctx, docs.slice(half)))];
	}
}

/**
 * A dossier or event refused as `immutable` was never sent before (the server already holds what
 * this desk sent): the server holds another document under its id, two dossiers written under
 * one code by laptops that shared a number range (ADR 19). The refusal is named for what it is,
 * and the server's document is brought beside this desk's own, so the desk shows both.
 */
async function codesTaken(ctx: TransferContext, refused: Rejection[]): Promise<Rejection[]> {
	const taken = refused.filter((r) => r.reason === 'immutable' && dossierCodeOf(r.id) !== null);
	if (taken.length === 0) return refused;
	const theirs = await fetchFromServer(
		ctx,
		taken.map((r) => ({ id: r.id }))
	);
	await ctx.db.bulkDocs([...theirs], { new_edits: false });
	// Written from the server: the push steps over them.
	for (const d of theirs) ctx.pulled.add(`${d._id}@${d._rev}`);
	const ids = new Set(taken.map((r) => r.id));
	return refused.map((r) => (ids.has(r.id) ? { ...r, reason: 'code-taken' } : r));
}

/** CouchDB answers `new_edits: false` with errors only; the embedded server with every row. */
function refusals(ctx: TransferContext, docs: readonly Doc[], results: BulkResult[]): Rejection[] {
	const byId = new Map(docs.map((d) => [d._id, d]));
	return results.flatMap((r) => {
		// An anonymous writer is refused per document too: a login, not the document, is missing.
		if (r.error === 'unauthorized') throw new SyncFailure('needs-login', 401, String(r.reason));
		const doc = r.id === undefined ? undefined : byId.get(r.id);
		if (r.error === undefined || doc === undefined) return [];
		return [rejection(ctx, doc, reasonCode(r.reason), String(r.reason ?? r.error))];
	});
}

function mergeDeferred(kept: readonly Deferred[], docs: readonly Doc[]): Deferred[] {
	const byKey = new Map(kept.map((d) => [`${d.id}@${d.rev}`, d]));
	for (const doc of docs) {
		byKey.set(`${doc._id}@${doc._rev}`, {
			id: doc._id,
			rev: doc._rev,
			author: authorOf(doc) ?? ''
		});
	}
	return [...byKey.values()];
}

function rejection(
	ctx: TransferContext,
	doc: Doc,
	reason: RejectionReason,
	message: string
): Rejection {
	return { id: doc._id, rev: doc._rev, reason, message, at: ctx.now() };
}

/**
 * Local replicated documents changed after the push checkpoint (each counted once), plus those
 * waiting for their author.
 */
export async function countUnsent(db: Db, checkpoint: SyncCheckpoint): Promise<number> {
	let count = checkpoint.deferred.length;
	const waiting = new Set(checkpoint.deferred.map((d) => d.id));
	for await (const page of localChangesSince(db, checkpoint.pushedSeq)) {
		count += page.filter((c) => isReplicated(c.id) && !c.deleted && !waiting.has(c.id)).length;
	}
	return count;
}

/** The local changes since `seq`, a page of a thousand at a time. */
async function* localChangesSince(
	db: Db,
	seq: Seq
): AsyncGenerator<PouchDB.Core.ChangesResponseChange<object>[]> {
	for (let since = seq; ;) {
		const changes = await db.changes({ since: since as number, limit: 1000 });
		yield changes.results;
		if (changes.results.length < 1000) return;
		since = changes.last_seq;
	}
}

/**
 * Ids of the documents the server may lack (ADR 25): every local change since `verifiedSeq`
 * (pushed and confirmed by a marker written after it, so that a server restored from an earlier
 * backup is noticed before anything is dropped), the documents that wait for their author and
 * those the server refused. Nothing listed here may leave the laptop.
 */
export async function notYetOnServer(db: Db, checkpoint: SyncCheckpoint): Promise<Set<string>> {
	const ids = new Set([
		...checkpoint.deferred.map((d) => d.id),
		...checkpoint.rejected.map((r) => r.id)
	]);
	for await (const page of localChangesSince(db, checkpoint.verifiedSeq)) {
		for (const change of page) ids.add(change.id);
	}
	return ids;
}
