import { clearAdminDraft, loadAdminDraft, saveAdminDraft } from '$lib/app/admin-draft';
import {
	CatalogueAdmin,
	type AdminOffice,
	type AdminProcedure,
	type SaveResult
} from '$lib/app/catalogue-admin';
import { provinceServerUrl } from '$lib/app/province-overview';
import { foldForSearch } from '$lib/domain/applicant/name';
import { procedureSearchText } from '$lib/domain/catalogue';
import {
	draftOfProcedure,
	emptyComponentDraft,
	emptyProcedureDraft,
	type DraftErrors,
	type ProcedureDraft
} from '$lib/domain/catalogue/procedure-draft';
import { CATALOGUE_DB } from '$lib/sync/province-counts';
import { SyncFailure, type FailureCode } from '$lib/sync/couch-http';

export type AdminLoadStatus = 'loading' | 'ready' | FailureCode;

/** The catalogue administration of the province administrator logged in (ADR 34). */
export function catalogueAdminFor(userName: string): CatalogueAdmin {
	const serverUrl = provinceServerUrl(globalThis.location.origin);
	return new CatalogueAdmin(`${serverUrl}/${CATALOGUE_DB}`, userName);
}

export function failureOf(error: unknown): FailureCode {
	return error instanceof SyncFailure ? error.code : 'server-error';
}

/** The procedures page: every procedure of the province, searched without diacritics. */
export class AdminProceduresState {
	query = $state('');
	showRetired = $state(false);
	#all = $state.raw<readonly AdminProcedure[]>([]);
	#offices = $state.raw<readonly AdminOffice[]>([]);
	#status = $state<AdminLoadStatus>('loading');

	constructor(private readonly admin: CatalogueAdmin) {}

	get status(): AdminLoadStatus {
		return this.#status;
	}
	get total(): number {
		return this.#all.length;
	}
	/** How many offices receive each procedure. */
	officeCount(code: string): number {
		return this.#offices.filter((o) => o.office.procedureCodes.includes(code)).length;
	}

	get shown(): readonly AdminProcedure[] {
		const words = foldForSearch(this.query).split(/\s+/u).filter(Boolean);
		return this.#all.filter((entry) => {
			if (entry.procedure.retired && !this.showRetired) return false;
			const text = procedureSearchText(entry.procedure);
			return words.every((w) => text.includes(w));
		});
	}

	async load(): Promise<void> {
		this.#status = 'loading';
		try {
			const [procedures, offices] = await Promise.all([
				this.admin.procedures(),
				this.admin.offices()
			]);
			this.#all = procedures;
			this.#offices = offices;
			this.#status = 'ready';
		} catch (error) {
			this.#status = failureOf(error);
		}
	}
}

export type EditorMessage =
	| { readonly kind: 'saved'; readonly version: number; readonly result: SaveResult & { ok: true } }
	| { readonly kind: 'error'; readonly result: SaveResult & { ok: false } }
	| { readonly kind: 'restored' };

/**
 * One procedure's form: a new one (`code` null) or the next version of an existing one, the
 * offices that receive it, and retiring it. What is typed is kept on the device until saved.
 */
export class ProcedureEditorState {
	draft = $state<ProcedureDraft>(emptyProcedureDraft());
	receiving = $state<string[]>([]);
	#errors = $state.raw<DraftErrors>({});
	#original = $state.raw<AdminProcedure | null>(null);
	#offices = $state.raw<readonly AdminOffice[]>([]);
	#status = $state<AdminLoadStatus | 'not-found'>('loading');
	#saving = $state(false);
	#message = $state.raw<EditorMessage | null>(null);
	/** Null until a new procedure is first saved; then its code. */
	#code = $state<string | null>(null);

	constructor(
		private readonly admin: CatalogueAdmin,
		code: string | null
	) {
		this.#code = code;
	}

	get #key(): string {
		return `${this.admin.userName}:procedure:${this.#code ?? 'new'}`;
	}

	get status(): AdminLoadStatus | 'not-found' {
		return this.#status;
	}
	get errors(): DraftErrors {
		return this.#errors;
	}
	get original(): AdminProcedure | null {
		return this.#original;
	}
	get offices(): readonly AdminOffice[] {
		return this.#offices;
	}
	get saving(): boolean {
		return this.#saving;
	}
	get message(): EditorMessage | null {
		return this.#message;
	}
	get isNew(): boolean {
		return this.#code === null;
	}

	async load(): Promise<void> {
		this.#status = 'loading';
		try {
			const [procedures, offices] = await Promise.all([
				this.admin.procedures(),
				this.admin.offices()
			]);
			this.#offices = offices;
			const original =
				this.#code === null
					? null
					: (procedures.find((p) => p.procedure.code === this.#code) ?? null);
			if (this.#code !== null && original === null) {
				this.#status = 'not-found';
				return;
			}
			this.#original = original;
			const kept = loadAdminDraft<{
				draft: ProcedureDraft;
				receiving: string[];
				rev: string | null;
			}>(this.#key);
			if (kept !== null && kept.rev === (original?.rev ?? null)) {
				this.draft = kept.draft;
				this.receiving = kept.receiving;
				this.#message = { kind: 'restored' };
			} else {
				this.draft =
					original === null ? emptyProcedureDraft() : draftOfProcedure(original.procedure);
				this.receiving =
					original === null
						? []
						: offices
								.filter((o) => o.office.procedureCodes.includes(original.procedure.code))
								.map((o) => o.office.id);
			}
			this.#status = 'ready';
		} catch (error) {
			this.#status = failureOf(error);
		}
	}

	/** Called on every edit: keeps what is typed on the device. */
	keep(): void {
		saveAdminDraft(this.#key, {
			draft: $state.snapshot(this.draft),
			receiving: $state.snapshot(this.receiving),
			rev: this.#original?.rev ?? null
		});
	}

	addComponent(): void {
		this.draft.components = [...this.draft.components, emptyComponentDraft()];
		this.keep();
	}
	removeComponent(index: number): void {
		this.draft.components = this.draft.components.filter((_, i) => i !== index);
		this.keep();
	}
	addStep(): void {
		this.draft.steps = [...this.draft.steps, { unit: '', amount: '' }];
		this.keep();
	}
	removeStep(index: number): void {
		this.draft.steps = this.draft.steps.filter((_, i) => i !== index);
		this.keep();
	}

	/** Drops what was typed and shows the saved version again. */
	discard(): void {
		clearAdminDraft(this.#key);
		this.#message = null;
		this.#errors = {};
		void this.load();
	}

	/** Saves the next version; returns the code saved under, or null. */
	async save(): Promise<string | null> {
		if (this.#saving) return null;
		this.#saving = true;
		this.#message = null;
		try {
			const draft = $state.snapshot<ProcedureDraft>(this.draft);
			const receiving: ReadonlySet<string> = new Set(this.receiving); // eslint-disable-line svelte/prefer-svelte-reactivity -- a value handed to the save, never watched
			const result = await this.admin.saveProcedure(
				draft,
				this.#original,
				receiving,
				this.#offices
			);
			if (!result.ok) {
				this.#errors = result.error === 'invalid' ? result.errors : {};
				this.#message = { kind: 'error', result };
				return null;
			}
			this.#errors = {};
			clearAdminDraft(this.#key);
			const version = (this.#original?.procedure.version ?? 0) + 1;
			// A new procedure's page becomes its own page: the next save is its version 2.
			this.#code = draft.code.trim();
			await this.load();
			this.#message = { kind: 'saved', version, result };
			return draft.code.trim();
		} finally {
			this.#saving = false;
		}
	}

	async setRetired(retired: boolean): Promise<void> {
		const original = this.#original;
		if (original === null || this.#saving) return;
		this.#saving = true;
		try {
			const result = await this.admin.setRetired(original, retired);
			if (!result.ok) {
				this.#message = { kind: 'error', result };
				return;
			}
			clearAdminDraft(this.#key);
			await this.load();
			this.#message = { kind: 'saved', version: original.procedure.version + 1, result };
		} finally {
			this.#saving = false;
		}
	}
}
