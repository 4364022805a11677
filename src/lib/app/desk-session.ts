/**
 * Starting the desk: the device database, the catalogue (the demo one on an empty laptop), this
 * laptop's desk set-up and, when there is one, the office workspace with its projector running.
 */
import { DeviceDb } from '$lib/storage/device-db';
import type { CatalogueStore, OfficeEntry } from '$lib/storage/catalogue-store';
import { loadDemoCatalogue } from './demo-catalogue';
import {
	loadDeskSetup,
	makeDeskSetup,
	saveDeskSetup,
	type DeskSetupError,
	type DeskSetupInput
} from './desk-setup';
import { openCatalogue, openWorkspace, type OpenWorkspaceError, type Workspace } from './workspace';

export interface DeskSession {
	readonly device: DeviceDb;
	readonly catalogue: CatalogueStore;
	readonly offices: readonly OfficeEntry[];
	readonly workspace: Workspace | null;
}

async function catalogueWithData(): Promise<CatalogueStore> {
	const catalogue = openCatalogue();
	if (await catalogue.isEmpty()) await catalogue.seed(await loadDemoCatalogue());
	return catalogue;
}

export type StartError = OpenWorkspaceError;

export async function startDeskSession(): Promise<
	{ ok: true; session: DeskSession } | { ok: false; error: StartError }
> {
	const device = new DeviceDb();
	const catalogue = await catalogueWithData();
	const offices = await catalogue.offices();
	const setup = await loadDeskSetup(device);
	if (setup === null) return { ok: true, session: { device, catalogue, offices, workspace: null } };
	const opened = await openWorkspace(setup, catalogue);
	if (!opened.ok) return opened;
	opened.workspace.projector.start();
	return { ok: true, session: { device, catalogue, offices, workspace: opened.workspace } };
}

/** Sets this laptop up as a desk of an office and opens its workspace. */
export async function setUpDesk(
	session: DeskSession,
	input: DeskSetupInput
): Promise<
	| { ok: true; session: DeskSession }
	| { ok: false; error: DeskSetupError | OpenWorkspaceError; fields: string[] }
> {
	const made = makeDeskSetup(input);
	if (!made.ok) return made;
	const opened = await openWorkspace(made.setup, session.catalogue);
	if (!opened.ok) return { ...opened, fields: ['officeId'] };
	await saveDeskSetup(session.device, made.setup);
	session.workspace?.projector.stop();
	opened.workspace.projector.start();
	return { ok: true, session: { ...session, workspace: opened.workspace } };
}
