import { clearAdminDraft, loadAdminDraft, saveAdminDraft } from '$lib/app/admin-draft';
import type {
	AdminAccount,
	AdminOffice,
	CatalogueAdmin,
	SaveResult
} from '$lib/app/catalogue-admin';
import { foldForSearch } from '$lib/domain/applicant/name';
import {
	emptyAccountDraft,
	type AccountDraft,
	type AccountError
} from '$lib/domain/officers/account';
import { failureOf, type AdminLoadStatus } from './admin-procedures.svelte';

type Kept = Omit<AccountDraft, 'password'> & { editing: string | null };

/**
 * The accounts page (ADR 34): every officer's account from the directory, found by name or
 * office, and one account's form (new, or the one being changed). What is typed is kept on the
 * device until saved, except the password, which is never stored.
 */
export class AdminAccountsState {
	query = $state('');
	office = $state('');
	draft = $state<AccountDraft>(emptyAccountDraft());
	#accounts = $state.raw<readonly AdminAccount[]>([]);
	#offices = $state.raw<readonly AdminOffice[]>([]);
	#status = $state<AdminLoadStatus>('loading');
	#editing = $state<string | null>(null);
	#formOpen = $state(false);
	#errors = $state.raw<Readonly<Record<string, AccountError>>>({});
	#result = $state.raw<SaveResult | null>(null);
	#saving = $state(false);

	constructor(private readonly admin: CatalogueAdmin) {}

	get status(): AdminLoadStatus {
		return this.#status;
	}
	get offices(): readonly AdminOffice[] {
		return this.#offices;
	}
	get editing(): AdminAccount | null {
		return this.#accounts.find((a) => a.account.userName === this.#editing) ?? null;
	}
	get formOpen(): boolean {
		return this.#formOpen;
	}
	get errors(): Readonly<Record<string, AccountError>> {
		return this.#errors;
	}
	get result(): SaveResult | null {
		return this.#result;
	}
	get saving(): boolean {
		return this.#saving;
	}
	get total(): number {
		return this.#accounts.length;
	}

	/** Accounts matching the search (name or user name, without diacritics) and the office. */
	get shown(): readonly AdminAccount[] {
		const words = foldForSearch(this.query).split(/\s+/u).filter(Boolean);
		return this.#accounts.filter((a) => {
			if (this.office === 'province' && a.account.officeId !== null) return false;
			if (this.office !== '' && this.office !== 'province' && a.account.officeId !== this.office) {
				return false;
			}
			const text = foldForSearch(`${a.account.fullName} ${a.account.userName}`);
			return words.every((w) => text.includes(w));
		});
	}

	officeName(id: string | null): string | null {
		if (id === null) return null;
		return this.#offices.find((o) => o.office.id === id)?.office.name ?? id;
	}

	get #key(): string {
		return `${this.admin.userName}:account`;
	}

	async load(): Promise<void> {
		this.#status = 'loading';
		try {
			const [accounts, offices] = await Promise.all([this.admin.accounts(), this.admin.offices()]);
			this.#accounts = accounts;
			this.#offices = offices;
			this.#status = 'ready';
		} catch (error) {
			this.#status = failureOf(error);
			return;
		}
		const kept = loadAdminDraft<Kept>(this.#key);
		if (kept !== null && !this.#formOpen) {
			const { editing, ...draft } = kept;
			this.#editing = editing;
			this.draft = { ...draft, password: '' };
			this.#formOpen = true;
		}
	}

	/** Opens the form for a new account, or for `userName`'s. */
	open(userName: string | null): void {
		this.#editing = userName;
		this.#errors = {};
		this.#result = null;
		const entry = this.editing;
		this.draft =
			entry === null
				? emptyAccountDraft()
				: {
						userName: entry.account.userName,
						fullName: entry.account.fullName,
						officeId: entry.account.officeId ?? '',
						functions: [...entry.account.functions],
						password: ''
					};
		this.#formOpen = true;
		this.keep();
	}

	close(): void {
		this.#formOpen = false;
		this.#editing = null;
		this.#errors = {};
		clearAdminDraft(this.#key);
	}

	/** Keeps the form on the device, without the password. */
	keep(): void {
		const { password, ...rest } = $state.snapshot<AccountDraft>(this.draft);
		void password;
		saveAdminDraft(this.#key, { ...rest, editing: this.#editing } satisfies Kept);
	}

	async save(): Promise<boolean> {
		if (this.#saving) return false;
		this.#saving = true;
		try {
			const draft = $state.snapshot<AccountDraft>(this.draft);
			const result = await this.admin.saveAccount(draft, this.editing);
			this.#result = result;
			if (!result.ok) {
				this.#errors = result.error === 'invalid-account' ? result.errors : {};
				return false;
			}
			this.close();
			await this.load();
			this.#result = result;
			return true;
		} finally {
			this.#saving = false;
		}
	}

	async setDisabled(entry: AdminAccount, disabled: boolean): Promise<void> {
		if (this.#saving) return;
		this.#saving = true;
		try {
			const result = await this.admin.setDisabled(entry, disabled);
			this.#result = result;
			if (result.ok) {
				await this.load();
				this.#result = result;
			}
		} finally {
			this.#saving = false;
		}
	}
}
