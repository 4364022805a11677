/** Messages between the import page and the import worker (`import.worker.ts`). */
import type { BookRow, ImportError } from '$lib/domain/import';
import type { BookFileError } from './book-file';

export interface ImportWorkerRequest {
	readonly file: Blob;
	readonly name: string;
	readonly procedures: readonly string[];
	readonly now: string;
}

export type ImportWorkerReply =
	| {
			readonly kind: 'progress';
			readonly stage: 'reading' | 'checking';
			readonly done: number;
			readonly total: number;
	  }
	| { readonly kind: 'failed'; readonly error: BookFileError }
	| {
			readonly kind: 'read';
			readonly result:
				| { readonly ok: true; readonly rows: readonly BookRow[] }
				| { readonly ok: false; readonly errors: readonly ImportError[] };
	  };
