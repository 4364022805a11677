/**
 * Sync of one desk, composed in one place (architecture.md §5): the catalogue comes down, the
 * office database goes both ways, and the desk tells the server how it stands (for the day-end
 * page). Scheduling (every few minutes, on reconnect, "Đồng bộ ngay") belongs to the state layer.
 */
import { keepClosedDaysOf } from '$lib/domain/catalogue';
import { CATALOGUE_DB_NAME, officeDbName } from '$lib/storage/pouch';
import { CouchHttp, SyncFailure, type Fetch } from '$lib/sync/couch-http';
import { pullCatalogue } from '$lib/sync/catalogue-sync';
import { readDeskReports, writeDeskReport, type DeskReport } from '$lib/sync/desk-reports';
import { registeredDesks } from '$lib/sync/desk-registry';
import { OfficeSync, type OfficeSyncPort } from '$lib/sync/office-sync';
import type { Rejection, SyncResult, SyncStatus } from '$lib/sync/sync-status';
import type { DeviceDb } from '$lib/storage/device-db';
import { saveOfficerNames } from './desk-session';
import type { Workspace } from './workspace';

export type { Rejection, SyncResult, SyncStatus };

export interface DeskSyncResult extends SyncResult {
	/** Catalogue documents that changed (the workspace reopens to use them). */
	readonly catalogueReceived: number;
}

/**
 * What the schedule of a desk's sync asks of the desk it serves. The state layer wires the two
 * (the layout passes the desk's host to the sync), so that neither store calls the other.
 */
export interface SyncHost {
	/** The officer whose server session the sync runs under. */
	user(): string | null;
	/** Scheduled runs go only while an office officer works at an unlocked desk. */
	canRun(): boolean;
	/** The officer supervises the office: the other desks' reports are read after each run. */
	supervises(): boolean;
	/** The catalogue changed on the server: the desk opens its workspace again. */
	catalogueChanged(): Promise<void>;
}

/** A desk of the office as the server knows it, with its last report. */
export interface KnownDesk {
	readonly deskId: string;
	readonly deskName: string;
	readonly registeredBy: string;
	readonly report: DeskReport | null;
}

export class DeskSync {
	readonly office: OfficeSyncPort;
	readonly #http: CouchHttp;
	readonly #catalogueUrl: string;
	readonly #fetch: Fetch | undefined;
	readonly #device: DeviceDb | null;

	constructor(
		readonly workspace: Workspace,
		serverUrl: string,
		user: () => string | null,
		options: { fetch?: Fetch; device?: DeviceDb } = {}
	) {
		this.#device = options.device ?? null;
		const remoteUrl = `${serverUrl}/${officeDbName(workspace.setup.officeId)}`;
		this.#fetch = options.fetch;
		// In a browser the office worker runs it (ADR 16); an injected fetch keeps it on this thread.
		this.office =
			workspace.worker !== null && options.fetch === undefined
				? workspace.worker.officeSync(remoteUrl, user)
				: new OfficeSync({
						db: workspace.store.db,
						remoteUrl,
						user,
						keepClosedDays: () => keepClosedDaysOf(workspace.office),
						...(options.fetch ? { fetch: options.fetch } : {})
					});
		this.#http = new CouchHttp(remoteUrl, options.fetch ? { fetch: options.fetch } : {});
		this.#catalogueUrl = `${serverUrl}/${CATALOGUE_DB_NAME}`;
	}

	#running: Promise<DeskSyncResult> | null = null;

	/** One run at a time: "Đồng bộ ngay" during a scheduled run gets that run's result. */
	run(): Promise<DeskSyncResult> {
		this.#running ??= this.#run().finally(() => (this.#running = null));
		return this.#running;
	}

	async #run(): Promise<DeskSyncResult> {
		let catalogueReceived = 0;
		try {
			catalogueReceived = await pullCatalogue({
				db: this.workspace.catalogue.db,
				remoteUrl: this.#catalogueUrl,
				...(this.#fetch ? { fetch: this.#fetch } : {})
			});
		} catch (error) {
			// The office run below meets the same failure and reports it.
			if (!(error instanceof SyncFailure)) throw error;
		}
		const result = await this.office.sync();
		if (result.status === 'up-to-date') await this.#refreshNames();
		if (result.status !== 'offline') {
			const { setup } = this.workspace;
			await writeDeskReport(this.#http, {
				deskId: setup.desk.id,
				deskName: setup.desk.name,
				officer: setup.officer.userName,
				unsent: result.unsent,
				lastSyncAt: this.office.status.lastSyncAt,
				reportedAt: new Date().toISOString(),
				rejected: (await this.office.rejected())
					.slice(-50)
					.map((r) => ({ id: r.id, reason: r.reason }))
			});
		}
		return { ...result, catalogueReceived };
	}

	/** The officer directory's names (brought with the catalogue), into the workspace and onto the laptop. */
	async #refreshNames(): Promise<void> {
		const officers = await this.workspace.catalogue.officers();
		const names = Object.fromEntries(officers.map((o) => [o.userName, o.fullName]));
		for (const [user, name] of Object.entries(names)) this.workspace.officerNames.set(user, name);
		if (this.#device !== null && officers.length > 0) {
			await saveOfficerNames(this.#device, this.workspace.setup.officeId, names);
		}
	}

	/** The office's desks the server knows and what each last reported (needs the connection). */
	async knownDesks(): Promise<KnownDesk[]> {
		const desks = await registeredDesks(this.#http);
		const reports = await readDeskReports(
			this.#http,
			desks.map((d) => d.id)
		);
		return desks.map((d) => ({
			deskId: d.id,
			deskName: d.name,
			registeredBy: d.registeredBy,
			report: reports.get(d.id) ?? null
		}));
	}
}
