import { setUpDesk, startDeskSession, type DeskSession } from '$lib/app/desk-session';
import type { DeskSetupInput } from '$lib/app/desk-setup';
import type { Workspace } from '$lib/app/workspace';
import type { OfficeEntry } from '$lib/storage/catalogue-store';
import type { DeviceDb } from '$lib/storage/device-db';

export type DeskStatus = 'starting' | 'needs-setup' | 'ready' | 'failed';

/** The desk this laptop works as: starting, waiting for its set-up, or ready with a workspace. */
export class DeskState {
	#session = $state.raw<DeskSession | null>(null);
	#status = $state<DeskStatus>('starting');
	#error = $state<string | null>(null);
	#starting: Promise<void> | null = null;

	get status(): DeskStatus {
		return this.#status;
	}
	get error(): string | null {
		return this.#error;
	}
	get offices(): readonly OfficeEntry[] {
		return this.#session?.offices ?? [];
	}
	get device(): DeviceDb | null {
		return this.#session?.device ?? null;
	}
	get workspace(): Workspace | null {
		return this.#session?.workspace ?? null;
	}

	/** The workspace of a ready desk; only call where status is 'ready'. */
	get ready(): Workspace {
		const ws = this.workspace;
		if (ws === null) throw new Error('The desk is not set up');
		return ws;
	}

	start(): Promise<void> {
		this.#starting ??= this.#start();
		return this.#starting;
	}

	async #start(): Promise<void> {
		try {
			const started = await startDeskSession();
			if (!started.ok) {
				this.#error = started.error;
				this.#status = 'failed';
				return;
			}
			this.#session = started.session;
			this.#status = started.session.workspace ? 'ready' : 'needs-setup';
		} catch (error) {
			this.#error = error instanceof Error ? error.message : String(error);
			this.#status = 'failed';
		}
	}

	/** Returns the fields in error, or an empty list once the desk is ready. */
	async setUp(input: DeskSetupInput): Promise<{ error: string | null; fields: string[] }> {
		const session = this.#session;
		if (session === null) return { error: 'not-started', fields: [] };
		const result = await setUpDesk(session, input);
		if (!result.ok) return { error: result.error, fields: result.fields };
		this.#session = result.session;
		this.#status = 'ready';
		return { error: null, fields: [] };
	}
}

export const desk = new DeskState();
