/**
 * The pipeline of a first pull (architecture.md §5, ADR 22): lists of ids come in from the
 * server's views and `_all_docs` pages; the documents of each list the desk does not hold are
 * fetched with `_bulk_get` a part at a time, up to `AHEAD` parts ahead of the one being written,
 * and written in the order the lists gave them. The next list is asked for while a part is
 * written, so the server's answers, the network and the local writes overlap: on a new laptop
 * the local writes alone set the pace.
 */
import { fetchFromServer, writePulled } from './pull';
import type { Doc, TransferContext } from './transfer-context';

/** Documents per `_bulk_get` and per local write. */
export const FETCH = 500;
/** Parts fetched ahead of the write. */
const AHEAD = 3;

/**
 * What the desk holds, as a pull sees it: which of some ids, and what the pull has asked the
 * server for since (on its way, so no later list asks for it again).
 */
export interface Holdings {
	among(ids: readonly string[]): Promise<ReadonlySet<string>>;
	asked(ids: readonly string[]): void;
}

/** Holdings read by id from the local database: for a few ids at a time (a late event's dossier). */
export function heldByLookup(ctx: TransferContext): Holdings {
	return {
		async among(ids) {
			if (ids.length === 0) return new Set();
			const local = await ctx.db.allDocs({ keys: [...ids] });
			return new Set(
				local.rows.flatMap((row) =>
					'value' in row && row.value && !row.value.deleted ? [row.id] : []
				)
			);
		},
		asked: () => undefined
	};
}

/**
 * Holdings read once, as the pull starts, then kept in memory with what the pull asks for: a pull
 * resumed after a reload reads what the interrupted one wrote once, not once per list, and an
 * empty desk never looks up what it cannot hold.
 */
export async function heldAtStart(ctx: TransferContext): Promise<Holdings> {
	const local = await ctx.db.allDocs();
	const held = new Set(local.rows.map((row) => row.id));
	return {
		among: () => Promise.resolve(held),
		asked: (ids) => {
			for (const id of ids) held.add(id);
		}
	};
}

/**
 * Fetches and writes the documents of every list `lists` yields that the desk does not hold.
 * A failure (the server, the network, a local write) stops it and is thrown once the parts in
 * flight have settled: what was written stays written.
 */
export async function bringAll(
	ctx: TransferContext,
	lists: AsyncIterable<readonly string[]>,
	holdings: Holdings
): Promise<void> {
	const source = lists[Symbol.asyncIterator]();
	const queue: Promise<Doc[]>[] = [];
	let waiting: string[] = [];
	let exhausted = false;
	// Up to AHEAD parts in flight: the rest of the current list first, then the next list.
	const topUp = async (): Promise<void> => {
		while (queue.length < AHEAD) {
			if (waiting.length === 0) {
				if (exhausted) return;
				const next = await source.next();
				if (next.done === true) {
					exhausted = true;
					return;
				}
				const held = await holdings.among(next.value);
				waiting = next.value.filter((id) => !held.has(id));
				holdings.asked(waiting);
				continue;
			}
			const part = fetchFromServer(
				ctx,
				waiting.splice(0, FETCH).map((id) => ({ id }))
			);
			// Awaited in turn below; a part that fails while an earlier one is written is not lost.
			part.catch(() => undefined);
			queue.push(part);
		}
	};
	let refill: Promise<void> = Promise.resolve();
	try {
		await topUp();
		for (let part = queue.shift(); part !== undefined; part = queue.shift()) {
			const docs = await part;
			refill = topUp();
			refill.catch(() => undefined);
			if (ctx.totals.pending !== null) {
				ctx.totals.pending = Math.max(0, ctx.totals.pending - docs.length);
			}
			await writePulled(ctx, docs);
			await refill;
		}
	} finally {
		// A stop leaves no request unanswered behind it, nor a list generator open.
		await refill.catch(() => undefined);
		await Promise.allSettled(queue);
		await source.return?.();
	}
}

/** The lists of each source, one source after the other. */
export async function* concat(
	...sources: (AsyncIterable<readonly string[]> | Iterable<readonly string[]>)[]
): AsyncGenerator<readonly string[]> {
	for (const source of sources) yield* source;
}
