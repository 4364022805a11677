import { nowLocal } from '$lib/app/clock';
import type { ImportApi } from '$lib/app/desk-api';
import type { ImportFailure, ImportOutcome } from '$lib/app/import-book';
import type { BookRow, ImportError } from '$lib/domain/import';

/** Where the import page stands. */
export type ImportPhase =
	'idle' | 'checking' | 'errors' | 'ready' | 'importing' | 'done' | 'failed';

/** The Nhập sổ page: the file chosen, its check, its preview, the import and its progress. */
export class BookImportState {
	phase = $state<ImportPhase>('idle');
	fileName = $state('');
	/** Rows checked or written so far, of `total`. */
	done = $state(0);
	total = $state(0);
	errors = $state.raw<readonly ImportError[]>([]);
	rows = $state.raw<readonly BookRow[]>([]);
	outcome = $state.raw<ImportOutcome | null>(null);
	failure = $state<ImportFailure | null>(null);
	/** What stopped a write, for the officer to report (never dropped). */
	detail = $state('');

	constructor(private readonly api: ImportApi) {}

	async choose(file: File): Promise<void> {
		this.phase = 'checking';
		this.fileName = file.name;
		this.done = 0;
		this.total = 0;
		this.errors = [];
		this.rows = [];
		this.outcome = null;
		this.failure = null;
		const checked = await this.api.checkBookFile(file, nowLocal(), (p) => {
			this.done = p.done;
			this.total = p.total;
		});
		if (checked.kind === 'failed') {
			this.failure = checked.error;
			this.phase = 'failed';
		} else if (!checked.result.ok) {
			this.errors = checked.result.errors;
			this.phase = 'errors';
		} else {
			this.rows = checked.result.rows;
			this.phase = 'ready';
		}
	}

	async import(): Promise<void> {
		if (this.phase !== 'ready') return;
		this.phase = 'importing';
		this.done = 0;
		this.total = this.rows.length;
		try {
			this.outcome = await this.api.importBook(this.rows, this.fileName, nowLocal(), (p) => {
				this.done = p.done;
			});
			this.phase = 'done';
		} catch (error) {
			this.failure = 'write-failed';
			this.detail = error instanceof Error ? error.message : String(error);
			this.phase = 'failed';
		}
	}
}
