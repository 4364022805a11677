import {
	reopenWorkspace,
	startDeskSession,
	type DeskSession,
	type OfficerRecord
} from '$lib/app/desk-session';
import { deskApiOf, type DeskApi, type OfficeEntry } from '$lib/app/desk-api';
import type { DeskRegistration } from '$lib/app/desk-setup';
import type { SyncHost } from '$lib/app/desk-sync';
import { lock, logIn, logOut, touch, type LoginError, type LoginStep } from '$lib/app/login';
import { serverUrlFor } from '$lib/sync/couch-session';

/**
 * - `signed-out`: nobody at the desk (login screen);
 * - `locked`: the officer stays, the screen waits for their password;
 * - `ready`: an office officer at a registered desk;
 * - `province`: a province officer (no desk of their own on this laptop).
 */
export type DeskStatus = 'starting' | 'signed-out' | 'locked' | 'ready' | 'province' | 'failed';

/** The screen locks after this long without a key press, click or touch [A], unless the office says. */
export const LOCK_AFTER_MS = 15 * 60 * 1000;
const TOUCH_EVERY_MS = 30 * 1000;

/** The desk this laptop works as and the officer at it. */
export class DeskState {
	#session = $state.raw<DeskSession | null>(null);
	#status = $state<DeskStatus>('starting');
	#error = $state<string | null>(null);
	#step = $state<LoginStep | null>(null);
	#switching = $state(false);
	#starting: Promise<void> | null = null;
	#lastActivity = 0;
	#lastTouch = 0;
	/** The office's screen-lock timeout (ADR 34: `lockMinutes`, set by the province), else 15 min. */
	get lockAfterMs(): number {
		const minutes = this.#session?.workspace?.office.lockMinutes;
		return minutes === undefined ? LOCK_AFTER_MS : minutes * 60 * 1000;
	}

	get status(): DeskStatus {
		return this.#status;
	}
	get error(): string | null {
		return this.#error;
	}
	/** Where a login in progress is (first login: catalogue, desk registration). */
	get loginStep(): LoginStep | null {
		return this.#step;
	}
	/** Another officer is logging in at a desk that stays open for the current one. */
	get switching(): boolean {
		return this.#switching;
	}
	get offices(): readonly OfficeEntry[] {
		return this.#session?.offices ?? [];
	}
	/** What the screens of a ready desk use; null when nobody works at a desk on this laptop. */
	get api(): DeskApi | null {
		return deskApiOf(this.#session);
	}
	get officer(): OfficerRecord | null {
		return this.#session?.officer ?? null;
	}
	/** The officer supervises the office (day-end page): a supervisor or a leader. */
	get supervises(): boolean {
		return (this.officer?.roles ?? []).some((r) => r === 'supervisor' || r === 'leader');
	}
	get registration(): DeskRegistration | null {
		return this.#session?.registration ?? null;
	}
	get serverUrl(): string | null {
		return this.#session?.serverUrl ?? null;
	}

	start(): Promise<void> {
		this.#starting ??= this.#start();
		return this.#starting;
	}

	async #start(): Promise<void> {
		try {
			const started = await startDeskSession(serverUrlFor(globalThis.location.origin));
			if (!started.ok) {
				this.#error = started.error;
				this.#status = 'failed';
				return;
			}
			this.#session = started.session;
			this.#lastActivity = started.session.active?.lastActiveAt ?? Date.now();
			this.#settle();
		} catch (error) {
			this.#error = error instanceof Error ? error.message : String(error);
			this.#status = 'failed';
		}
	}

	#settle(): void {
		const session = this.#session;
		if (session === null) return;
		const active = session.active;
		if (active === null || session.officer === null) this.#status = 'signed-out';
		else if (active.locked || Date.now() - this.#lastActivity > this.lockAfterMs) {
			this.#status = 'locked';
		} else this.#status = session.workspace ? 'ready' : 'province';
	}

	/** Returns the error code, or null once the officer is in. */
	async logIn(userName: string, password: string): Promise<LoginError | null> {
		const session = this.#session;
		if (session === null) return 'server-error';
		this.#step = { step: 'checking' };
		try {
			const result = await logIn(
				session,
				{ userName, password },
				{
					onStep: (step) => (this.#step = step)
				}
			);
			if (!result.ok) return result.error;
			this.#session = result.session;
			this.#lastActivity = Date.now();
			this.#switching = false;
			this.#settle();
			return null;
		} finally {
			this.#step = null;
		}
	}

	/** Unlocks with the password of the officer at the desk (online when possible). */
	async unlock(password: string): Promise<LoginError | null> {
		const userName = this.#session?.active?.userName;
		if (userName === undefined) return 'missing';
		return this.logIn(userName, password);
	}

	async lock(): Promise<void> {
		if (this.#session === null) return;
		this.#session = await lock(this.#session);
		this.#switching = false;
		this.#settle();
	}

	/** Shows the login screen for another officer; the current one stays until they succeed. */
	beginSwitch(): void {
		this.#switching = true;
	}

	cancelSwitch(): void {
		this.#switching = false;
	}

	async logOut(): Promise<void> {
		if (this.#session === null) return;
		this.#session = await logOut(this.#session);
		this.#switching = false;
		this.#settle();
	}

	/** Any key press, click or touch. */
	activity(at = Date.now()): void {
		if (this.#status !== 'ready' && this.#status !== 'province') return;
		this.#lastActivity = at;
		if (at - this.#lastTouch < TOUCH_EVERY_MS || this.#session === null) return;
		this.#lastTouch = at;
		void touch(this.#session, at).then((s) => {
			if (this.#session?.active?.userName === s.active?.userName) this.#session = s;
		});
	}

	/** Called every few seconds: locks the screen after `lockAfterMs` without activity. */
	tick(at = Date.now()): void {
		if (this.#status !== 'ready' && this.#status !== 'province') return;
		if (at - this.#lastActivity > this.lockAfterMs) void this.lock();
	}

	/** Reopens the workspace after the catalogue changed (procedures, calendars, offices). */
	async reloadCatalogue(): Promise<void> {
		const session = this.#session;
		if (session === null) return;
		const reopened = await reopenWorkspace(session);
		if (reopened !== null) this.#session = reopened;
	}

	/** What the sync asks of this desk; the layout hands it to the sync state. */
	readonly syncHost: SyncHost = {
		user: () => this.officer?.userName ?? null,
		canRun: () => this.#status === 'ready',
		supervises: () => this.supervises,
		catalogueChanged: () => this.reloadCatalogue()
	};
}

export const desk = new DeskState();
