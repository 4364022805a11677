/// <reference lib="webworker" />
/**
 * The import worker: reads a tracking book's file and checks every row off the page's thread, so
 * a file of 50,000 rows never freezes the screen (ADR 28). It writes nothing.
 */
import { readBook } from '$lib/domain/import';
import type { LocalDateTime } from '$lib/domain/time';
import { readBookFile } from './book-file';
import type { ImportWorkerReply, ImportWorkerRequest } from './import-worker-protocol';

const post = (reply: ImportWorkerReply) => self.postMessage(reply);

self.onmessage = async (event: MessageEvent<ImportWorkerRequest>) => {
	const { file, name, procedures, now } = event.data;
	post({ kind: 'progress', stage: 'reading', done: 0, total: 0 });
	const read = await readBookFile(file, name);
	if (!read.ok) return post({ kind: 'failed', error: read.error });
	const total = Math.max(0, read.rows.length - 1);
	const result = readBook(
		read.rows,
		{ procedures: new Set(procedures), now: now as LocalDateTime },
		(done) => post({ kind: 'progress', stage: 'checking', done, total })
	);
	post({ kind: 'read', result });
};
