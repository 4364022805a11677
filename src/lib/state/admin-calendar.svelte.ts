import { clearAdminDraft, loadAdminDraft, saveAdminDraft } from '$lib/app/admin-draft';
import type {
	AdminCalendar,
	AuditEntry,
	CatalogueAdmin,
	SaveResult
} from '$lib/app/catalogue-admin';
import { todayLocal } from '$lib/app/clock';
import type { CalendarYear } from '$lib/domain/calendar';
import {
	addEntry,
	addNotice,
	emptyEntryDraft,
	emptyYear,
	removeEntry,
	removeNotice,
	setYearStatus,
	type CalendarEditError,
	type EntryDraft,
	type NoticeDraft
} from '$lib/domain/calendar/calendar-edit';
import { failureOf, type AdminLoadStatus } from './admin-procedures.svelte';

interface Working {
	readonly calendar: CalendarYear;
	readonly rev: string | null;
	readonly fields: readonly string[];
}

/**
 * The holiday calendars page (ADR 34): the years the catalogue holds, one year open for editing
 * (its notices, its days off, verified or provisional), saved as a whole. Edits are kept on the
 * device until saved, so a reload loses nothing.
 */
export class AdminCalendarState {
	entry = $state<EntryDraft>(emptyEntryDraft());
	notice = $state<NoticeDraft>({ number: '', date: '', kind: 'Thông báo' });
	newYearText = $state('');
	#years = $state.raw<readonly AdminCalendar[]>([]);
	#status = $state<AdminLoadStatus>('loading');
	#working = $state.raw<Working | null>(null);
	#entryErrors = $state.raw<Readonly<Record<string, CalendarEditError>>>({});
	#noticeErrors = $state.raw<Readonly<Record<string, CalendarEditError>>>({});
	#newYearError = $state<'year-format' | 'year-exists' | null>(null);
	#saving = $state(false);
	#result = $state.raw<SaveResult | null>(null);
	#restored = $state(false);

	constructor(private readonly admin: CatalogueAdmin) {}

	get status(): AdminLoadStatus {
		return this.#status;
	}
	get years(): readonly AdminCalendar[] {
		return this.#years;
	}
	/** The year open for editing, as edited so far. */
	get calendar(): CalendarYear | null {
		return this.#working?.calendar ?? null;
	}
	get dirty(): boolean {
		return (this.#working?.fields.length ?? 0) > 0;
	}
	get isNewYear(): boolean {
		return this.#working !== null && this.#working.rev === null;
	}
	get entryErrors(): Readonly<Record<string, CalendarEditError>> {
		return this.#entryErrors;
	}
	get noticeErrors(): Readonly<Record<string, CalendarEditError>> {
		return this.#noticeErrors;
	}
	get newYearError(): 'year-format' | 'year-exists' | null {
		return this.#newYearError;
	}
	get saving(): boolean {
		return this.#saving;
	}
	get result(): SaveResult | null {
		return this.#result;
	}
	get restored(): boolean {
		return this.#restored;
	}

	get #key(): string {
		return `${this.admin.userName}:calendar`;
	}

	async load(open?: number): Promise<void> {
		this.#status = 'loading';
		try {
			this.#years = await this.admin.calendars();
			this.#status = 'ready';
		} catch (error) {
			this.#status = failureOf(error);
			return;
		}
		const kept = loadAdminDraft<Working>(this.#key);
		if (kept !== null && open === undefined) {
			const stored = this.#years.find((y) => y.calendar.year === kept.calendar.year);
			if ((stored?.rev ?? null) === kept.rev) {
				this.#working = kept;
				this.#restored = kept.fields.length > 0;
				return;
			}
		}
		const year = open ?? this.#working?.calendar.year ?? Number(todayLocal().slice(0, 4));
		this.open(year);
	}

	/** Opens a year of the catalogue; one it lacks starts from the app's data or a proposal. */
	open(year: number): void {
		const stored = this.#years.find((y) => y.calendar.year === year);
		this.#result = null;
		this.#restored = false;
		this.#entryErrors = {};
		this.#noticeErrors = {};
		if (stored !== undefined)
			this.#working = { calendar: stored.calendar, rev: stored.rev, fields: [] };
		else {
			const start = this.admin.startingYear(year) ?? emptyYear(year);
			this.#working = { calendar: start, rev: null, fields: ['entries', 'bases', 'status'] };
		}
		this.#keep();
	}

	/** Starts a year the catalogue does not have yet (typed in the "new year" field). */
	startYear(): void {
		const year = Number(this.newYearText.trim());
		if (!/^\d{4}$/u.test(this.newYearText.trim()) || year < 2019 || year > 2199) {
			this.#newYearError = 'year-format';
			return;
		}
		if (this.#years.some((y) => y.calendar.year === year)) {
			this.#newYearError = 'year-exists';
			return;
		}
		this.#newYearError = null;
		this.newYearText = '';
		this.open(year);
	}

	#change(calendar: CalendarYear, field: string): void {
		const working = this.#working;
		if (working === null) return;
		const fields = working.fields.includes(field) ? working.fields : [...working.fields, field];
		this.#working = { ...working, calendar, fields };
		this.#result = null;
		this.#keep();
	}

	#keep(): void {
		if (this.#working !== null && this.#working.fields.length > 0)
			saveAdminDraft(this.#key, this.#working);
		else clearAdminDraft(this.#key);
	}

	addEntry(): boolean {
		const calendar = this.calendar;
		if (calendar === null) return false;
		const result = addEntry(calendar, $state.snapshot<EntryDraft>(this.entry));
		if (!result.ok) {
			this.#entryErrors = result.errors;
			return false;
		}
		this.#entryErrors = {};
		this.entry = { ...emptyEntryDraft(), basis: this.entry.basis };
		this.#change(result.value, 'entries');
		return true;
	}

	removeEntry(index: number): void {
		const calendar = this.calendar;
		if (calendar !== null) this.#change(removeEntry(calendar, index), 'entries');
	}

	addNotice(): boolean {
		const calendar = this.calendar;
		if (calendar === null) return false;
		const result = addNotice(calendar, $state.snapshot<NoticeDraft>(this.notice));
		if (!result.ok) {
			this.#noticeErrors = result.errors;
			return false;
		}
		this.#noticeErrors = {};
		this.entry.basis = this.notice.number.replace(/\s+/gu, '');
		this.notice = { number: '', date: '', kind: this.notice.kind };
		this.#change(result.value, 'bases');
		return true;
	}

	removeNotice(key: string): void {
		const calendar = this.calendar;
		if (calendar === null) return;
		const result = removeNotice(calendar, key);
		if (!result.ok) {
			this.#noticeErrors = result.errors;
			return;
		}
		this.#noticeErrors = {};
		this.#change(result.value, 'bases');
	}

	setStatus(status: CalendarYear['status']): void {
		const calendar = this.calendar;
		if (calendar !== null && calendar.status !== status) {
			this.#change(setYearStatus(calendar, status), 'status');
		}
	}

	/** Drops the edits of the open year. */
	discard(): void {
		const year = this.calendar?.year;
		clearAdminDraft(this.#key);
		this.#working = null;
		if (year !== undefined) this.open(year);
	}

	async save(): Promise<void> {
		const working = this.#working;
		if (working === null || this.#saving) return;
		this.#saving = true;
		try {
			const original = this.#years.find((y) => y.calendar.year === working.calendar.year) ?? null;
			const result = await this.admin.saveCalendar(working.calendar, original, working.fields);
			this.#result = result;
			if (result.ok) {
				clearAdminDraft(this.#key);
				this.#working = null;
				await this.load(working.calendar.year);
				this.#result = result;
			}
		} finally {
			this.#saving = false;
		}
	}
}

/** The audit trail page: the newest changes first. */
export class AdminAuditState {
	#entries = $state.raw<readonly AuditEntry[]>([]);
	#status = $state<AdminLoadStatus>('loading');

	constructor(private readonly admin: CatalogueAdmin) {}

	get status(): AdminLoadStatus {
		return this.#status;
	}
	get entries(): readonly AuditEntry[] {
		return this.#entries;
	}

	async load(): Promise<void> {
		this.#status = 'loading';
		try {
			this.#entries = await this.admin.audit();
			this.#status = 'ready';
		} catch (error) {
			this.#status = failureOf(error);
		}
	}
}
