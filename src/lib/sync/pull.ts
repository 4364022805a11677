/**
 * The pull half of a desk's sync (architecture.md §5, ADR 21): reads the server's changes since
 * the pull checkpoint, asks the local database which revisions it lacks, fetches those with
 * `_bulk_get` and writes them as they are. An empty desk starts with `first-pull.ts` instead.
 */
import { isReplicated, type Seq } from './sync-checkpoint';
import type { Change, Doc, TransferContext } from './transfer-context';

/**
 * Brings every server change since the pull checkpoint, counting into `ctx.totals`; what it
 * writes goes into `ctx.pulled`, so the push checkpoint steps over it (it came from the server).
 * `afterPart` runs after each part is written, before the checkpoint passes it.
 */
export async function pull(
	ctx: TransferContext,
	batch: number,
	afterPart: (written: readonly Doc[]) => Promise<void> = () => Promise.resolve()
): Promise<void> {
	for (;;) {
		const since = encodeURIComponent(String(ctx.checkpoint.pulledSeq));
		const feed = await ctx.http.json<{ results: Change[]; last_seq: Seq; pending?: number }>(
			'GET',
			`/_changes?since=${since}&limit=${batch}&style=all_docs`
		);
		ctx.totals.pending = typeof feed.pending === 'number' ? feed.pending : null;
		const accepts = ctx.accepts ?? isReplicated;
		const wanted = feed.results.filter((c) => accepts(c.id));
		const revs = Object.fromEntries(wanted.map((c) => [c.id, c.changes.map((r) => r.rev)]));
		const diff = wanted.length === 0 ? {} : await ctx.db.revsDiff(revs);
		const missing = Object.entries(diff).flatMap(([id, d]) =>
			(d.missing ?? []).map((rev) => ({ id, rev }))
		);
		if (missing.length > 0) {
			const docs = await fetchFromServer(ctx, missing);
			await writePulled(ctx, docs);
			await afterPart(docs);
		}
		await ctx.save({ pulledSeq: feed.last_seq });
		if (feed.results.length < batch) return;
	}
}

/** Server documents with their revision history (`rev` omitted: the winning one). */
export async function fetchFromServer(
	ctx: TransferContext,
	wanted: readonly { id: string; rev?: string }[]
): Promise<Doc[]> {
	const answer = await ctx.http.json<{
		results: { docs: ({ ok: Doc } | { error: unknown })[] }[];
	}>('POST', '/_bulk_get?revs=true', { docs: wanted });
	return answer.results.flatMap((r) => r.docs.flatMap((d) => ('ok' in d ? [d.ok] : [])));
}

/** Writes server documents as they are, counting them and noting them as pulled. */
export async function writePulled(ctx: TransferContext, docs: readonly Doc[]): Promise<void> {
	await ctx.pace?.();
	await ctx.db.bulkDocs([...docs], { new_edits: false });
	for (const d of docs) ctx.pulled.add(`${d._id}@${d._rev}`);
	ctx.totals.received += docs.length;
	ctx.progress('pull');
	await ctx.afterPulled?.(docs);
}
