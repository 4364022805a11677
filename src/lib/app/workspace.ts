/**
 * Everything one desk works with, composed in one place (architecture.md §2): the office's
 * replicated store, its read model and projector, the catalogue, and the deadline context.
 */
import type { CatalogueProcedure } from '$lib/domain/catalogue';
import { BUILT_IN_YEARS, type CalendarYear, type DeadlineContext } from '$lib/domain/calendar';
import { keepClosedDaysOf } from '$lib/domain/catalogue';
import type { LifecycleSettings } from '$lib/domain/lifecycle';
import { CatalogueStore, type OfficeEntry } from '$lib/storage/catalogue-store';
import { OfficeStore } from '$lib/storage/office-store';
import { CATALOGUE_DB_NAME, officeDbName, openDb } from '$lib/storage/pouch';
import { Projector, type Projection } from '$lib/storage/projector';
import { ReadModelDb } from '$lib/storage/read-model';
import type { DeskSetup } from './desk-setup';
import { foldContextOf } from './fold-context';
import { officeWorkerFor, type OfficeWorker } from './office-worker';

export interface Workspace {
	readonly setup: DeskSetup;
	readonly office: OfficeEntry;
	/** The office's procedures, retired ones included (old dossiers still name them, ADR 34). */
	readonly procedures: readonly CatalogueProcedure[];
	readonly store: OfficeStore;
	readonly readModel: ReadModelDb;
	/** In the office worker in a browser (ADR 16), on this thread in unit tests. */
	readonly projector: Projection;
	/** Where the office's sync and projector run off the page; null: on this thread. */
	readonly worker: OfficeWorker | null;
	readonly deadlines: DeadlineContext;
	readonly lifecycle: LifecycleSettings;
	readonly catalogue: CatalogueStore;
	/**
	 * Names of the office's officers by user name, for forms and the day-end page: those who
	 * logged in on this laptop and those the office directory on the server lists (ADR 13).
	 */
	readonly officerNames: Map<string, string>;
}

/**
 * Calls `listener` after each dossier document written at this desk (never for documents that
 * sync brings); returns the function that stops it.
 */
export function onLocalWrite(ws: Workspace, listener: () => void): () => void {
	return ws.store.onWrite(listener);
}

export function openCatalogue(name = CATALOGUE_DB_NAME): CatalogueStore {
	return new CatalogueStore(openDb(name));
}

/** Catalogue calendars win over the built-in years of the same year (the province keeps them). */
export function mergeCalendars(fromCatalogue: readonly CalendarYear[]): CalendarYear[] {
	const byYear = new Map<number, CalendarYear>(BUILT_IN_YEARS.map((y) => [y.year, y]));
	for (const year of fromCatalogue) byYear.set(year.year, year);
	return [...byYear.values()].sort((a, b) => a.year - b.year);
}

export type OpenWorkspaceError = 'office-not-in-catalogue';

export async function openWorkspace(
	setup: DeskSetup,
	catalogue: CatalogueStore,
	options: {
		dbName?: string;
		worker?: boolean;
		/**
		 * The workspace this one replaces (the catalogue changed): its local databases are kept
		 * open and used again, so that a reopening never leaves a PouchDB or Dexie handle behind.
		 */
		previous?: Workspace;
	} = {}
): Promise<{ ok: true; workspace: Workspace } | { ok: false; error: OpenWorkspaceError }> {
	const [offices, allProcedures, calendars, officers] = await Promise.all([
		catalogue.offices(),
		catalogue.procedures(),
		catalogue.calendars(),
		catalogue.officers()
	]);
	const office = offices.find((o) => o.id === setup.officeId);
	if (!office) return { ok: false, error: 'office-not-in-catalogue' };
	const codes = new Set(office.procedureCodes);
	const procedures = allProcedures.filter((p) => codes.has(p.code));
	const years = mergeCalendars(calendars.years);
	const rules = foldContextOf(years, office.hours);
	const { deadlines, settings: lifecycle } = rules;
	const dbName = options.dbName ?? officeDbName(office.id);
	const readModelName = options.dbName ?? office.id;
	const previous = options.previous;
	const same = previous?.store.db.name === dbName && previous.store.officeId === office.id;
	const store = same ? previous.store : new OfficeStore(openDb(dbName), office.id);
	const readModel = same ? previous.readModel : new ReadModelDb(readModelName);
	const worker =
		options.worker === false
			? null
			: officeWorkerFor({
					officeId: office.id,
					dbName,
					readModelName,
					years,
					hours: office.hours,
					keepClosedDays: keepClosedDaysOf(office)
				});
	const projector = worker?.projection(store) ?? new Projector(store, readModel, () => rules);
	return {
		ok: true,
		workspace: {
			setup,
			office,
			procedures,
			store,
			readModel,
			projector,
			worker,
			deadlines,
			lifecycle,
			catalogue,
			// Every officer's name from the directory the province keeps (ADR 34), this one's last.
			officerNames: new Map([
				...officers.map((o) => [o.userName, o.fullName] as const),
				[setup.officer.userName, setup.officer.fullName]
			])
		}
	};
}
