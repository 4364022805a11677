/**
 * Guards against a server restored from a backup (architecture.md §5): the desk must not believe
 * its documents were sent when the server lost them. After each complete push the desk writes a
 * fresh random marker to the server (`_local/motcua-push-<replicaId>`, not replicated) and keeps a
 * copy with the push position it confirms (`verifiedSeq`). Each attempt reads the marker first:
 * - it differs from the copy (restored from an older backup, recreated, never written): both
 *   checkpoints go back to 0;
 * - it matches: pushing resumes from `verifiedSeq`, not from where the last push got to, since a
 *   backup holding this marker may lack what was pushed after it.
 * Either way `_revs_diff` tells what the server lacks: only ids and revisions travel again, and
 * only the missing documents are uploaded.
 */
import type { TransferContext } from './transfer-context';

function markerPath(replicaId: string): string {
	return `/_local/motcua-push-${encodeURIComponent(replicaId)}`;
}

/** Sets the push and pull checkpoints to what the server can be trusted to hold. */
export async function resumeFromServerMarker(ctx: TransferContext): Promise<void> {
	const { replicaId, serverMarker } = ctx.checkpoint;
	const { status, body } = await ctx.http.request<{ marker?: string }>(
		'GET',
		markerPath(replicaId)
	);
	if (status !== 200 && status !== 404) throw await ctx.http.failure(status, body);
	const onServer = status === 200 ? (body?.marker ?? null) : null;
	if (serverMarker !== null && onServer === serverMarker) {
		await ctx.save({ pushedSeq: ctx.checkpoint.verifiedSeq });
	} else {
		await ctx.save({ pushedSeq: 0, verifiedSeq: 0, pulledSeq: 0 });
	}
}

/** Records on the server, then locally, that everything up to the push checkpoint is there. */
export async function confirmPush(ctx: TransferContext): Promise<void> {
	const pushedSeq = ctx.checkpoint.pushedSeq;
	const path = markerPath(ctx.checkpoint.replicaId);
	const marker = globalThis.crypto.randomUUID();
	const current = await ctx.http.request<{ _rev?: string }>('GET', path);
	const rev = current.status === 200 ? current.body?._rev : undefined;
	await ctx.http.json('PUT', path, { ...(rev ? { _rev: rev } : {}), marker });
	await ctx.save({ serverMarker: marker, verifiedSeq: pushedSeq });
}
