import { clearAdminDraft, loadAdminDraft, saveAdminDraft } from '$lib/app/admin-draft';
import type { AdminDesk, AdminOffice, CatalogueAdmin, SaveResult } from '$lib/app/catalogue-admin';
import { draftOfOffice, type OfficeDraft } from '$lib/domain/catalogue/office-draft';
import { failureOf, type AdminLoadStatus } from './admin-procedures.svelte';

/**
 * The offices page (ADR 34): one office open at a time, its entry (names, agency code, hours,
 * desk slots, window, screen lock) and the laptops registered as its desks, which a province
 * administrator may retire. The form is kept on the device until saved.
 */
export class AdminOfficesState {
	draft = $state<OfficeDraft | null>(null);
	retireRelease = $state<'free' | 'never'>('free');
	lossConfirmed = $state(false);
	#offices = $state.raw<readonly AdminOffice[]>([]);
	#status = $state<AdminLoadStatus>('loading');
	#officeId = $state<string | null>(null);
	#desks = $state.raw<readonly AdminDesk[] | null>(null);
	#desksStatus = $state<AdminLoadStatus>('loading');
	#result = $state.raw<SaveResult | null>(null);
	#retiring = $state<string | null>(null);
	#saving = $state(false);
	#restored = $state(false);

	constructor(private readonly admin: CatalogueAdmin) {}

	get status(): AdminLoadStatus {
		return this.#status;
	}
	get offices(): readonly AdminOffice[] {
		return this.#offices;
	}
	get officeId(): string | null {
		return this.#officeId;
	}
	get entry(): AdminOffice | null {
		return this.#offices.find((o) => o.office.id === this.#officeId) ?? null;
	}
	get desks(): readonly AdminDesk[] | null {
		return this.#desks;
	}
	get desksStatus(): AdminLoadStatus {
		return this.#desksStatus;
	}
	get result(): SaveResult | null {
		return this.#result;
	}
	get saving(): boolean {
		return this.#saving;
	}
	get restored(): boolean {
		return this.#restored;
	}
	/** The desk whose retirement form is open. */
	get retiring(): AdminDesk | null {
		return this.#desks?.find((d) => d.deskId === this.#retiring) ?? null;
	}

	get #key(): string {
		return `${this.admin.userName}:office`;
	}

	async load(): Promise<void> {
		this.#status = 'loading';
		try {
			this.#offices = await this.admin.offices();
			this.#status = 'ready';
		} catch (error) {
			this.#status = failureOf(error);
			return;
		}
		const kept = loadAdminDraft<{ officeId: string; rev: string; draft: OfficeDraft }>(this.#key);
		const keptEntry = kept && this.#offices.find((o) => o.office.id === kept.officeId);
		if (kept && keptEntry && keptEntry.rev === kept.rev) {
			await this.open(kept.officeId, kept.draft);
			this.#restored = true;
		} else {
			const first = this.#officeId ?? this.#offices[0]?.office.id ?? null;
			if (first !== null) await this.open(first);
		}
	}

	/** Opens an office: its form and its desks. */
	async open(officeId: string, draft?: OfficeDraft): Promise<void> {
		const entry = this.#offices.find((o) => o.office.id === officeId);
		if (entry === undefined) return;
		this.#officeId = officeId;
		this.#result = null;
		this.#restored = false;
		this.#retiring = null;
		this.draft = draft ?? draftOfOffice(entry.office);
		await this.loadDesks();
	}

	async loadDesks(): Promise<void> {
		const officeId = this.#officeId;
		if (officeId === null) return;
		this.#desksStatus = 'loading';
		try {
			this.#desks = await this.admin.officeDesks(officeId);
			this.#desksStatus = 'ready';
		} catch (error) {
			this.#desks = null;
			this.#desksStatus = failureOf(error);
		}
	}

	keep(): void {
		const entry = this.entry;
		if (entry === null || this.draft === null) return;
		saveAdminDraft(this.#key, {
			officeId: entry.office.id,
			rev: entry.rev,
			draft: $state.snapshot(this.draft)
		});
	}

	discard(): void {
		clearAdminDraft(this.#key);
		const id = this.#officeId;
		if (id !== null) void this.open(id);
	}

	async save(): Promise<void> {
		const entry = this.entry;
		if (entry === null || this.draft === null || this.#saving) return;
		this.#saving = true;
		try {
			const draft = $state.snapshot<OfficeDraft>(this.draft);
			const result = await this.admin.saveOffice(draft, entry, this.#desks ?? []);
			this.#result = result;
			if (result.ok) {
				clearAdminDraft(this.#key);
				await this.load();
				this.#result = result;
			}
		} finally {
			this.#saving = false;
		}
	}

	startRetiring(desk: AdminDesk | null): void {
		this.#retiring = desk?.deskId ?? null;
		this.retireRelease = desk?.report?.unsent === 0 ? 'free' : 'never';
		this.lossConfirmed = false;
		this.#result = null;
	}

	async retire(): Promise<void> {
		const desk = this.retiring;
		const officeId = this.#officeId;
		if (desk === null || officeId === null || this.#saving) return;
		this.#saving = true;
		try {
			const result = await this.admin.retireDesk(
				officeId,
				desk,
				this.retireRelease,
				this.lossConfirmed
			);
			this.#result = result;
			if (result.ok) {
				this.#retiring = null;
				await this.loadDesks();
			}
		} finally {
			this.#saving = false;
		}
	}
}
