/**
 * A desk's first sync brings open dossiers first (architecture.md §5, ADR 13): the server's
 * `by-dossier` view (`_design/motcua-counts`) says which dossiers have no closing event and which
 * documents make them up; those are fetched with `_bulk_get` and written in bulk, so the work
 * queue fills before the history, which the ordinary pull brings after (and skips what is there).
 * A server without the view (provisioned by an older version) just gets the ordinary pull.
 */
import type { TransferContext } from './office-transfer';

type Doc = { _id: string; _rev: string } & Record<string, unknown>;

const VIEW = '/_design/motcua-counts/_view/by-dossier';

/** Codes of the dossiers the server holds without a closing event. */
async function openCodes(ctx: TransferContext): Promise<string[] | null> {
	const { status, body } = await ctx.http.request<{ rows?: { key: string; value: number }[] }>(
		'GET',
		`${VIEW}?group=true`
	);
	if (status === 404) return null;
	if (status !== 200) throw await ctx.http.failure(status, body);
	return (body.rows ?? []).filter((r) => r.value === 0).map((r) => r.key);
}

/** Brings the open dossiers' documents; returns how many came. */
export async function pullOpenFirst(
	ctx: TransferContext,
	batch: number,
	pulled: Set<string>
): Promise<number> {
	const codes = await openCodes(ctx);
	if (codes === null || codes.length === 0) return 0;
	let received = 0;
	for (let i = 0; i < codes.length; i += batch) {
		const keys = codes.slice(i, i + batch);
		const rows = await ctx.http.json<{ rows: { id: string }[] }>('POST', `${VIEW}?reduce=false`, {
			keys
		});
		// What the desk already holds (a retried run, a restored server) is not fetched again.
		const listed = [...new Set(rows.rows.map((r) => r.id))];
		const local = await ctx.db.allDocs({ keys: listed });
		const held = new Set(local.rows.flatMap((r) => ('value' in r && r.value ? [r.id] : [])));
		const ids = listed.filter((id) => !held.has(id));
		if (ids.length === 0) continue;
		const answer = await ctx.http.json<{
			results: { docs: ({ ok: Doc } | { error: unknown })[] }[];
		}>('POST', '/_bulk_get?revs=true', { docs: ids.map((id) => ({ id })) });
		const docs = answer.results.flatMap((r) => r.docs.flatMap((d) => ('ok' in d ? [d.ok] : [])));
		await ctx.db.bulkDocs(docs, { new_edits: false });
		for (const d of docs) pulled.add(`${d._id}@${d._rev}`);
		received += docs.length;
		ctx.totals.received += docs.length;
		ctx.progress('pull');
	}
	return received;
}
