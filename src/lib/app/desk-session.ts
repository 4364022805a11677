/**
 * Starting the desk and who works at it (issue 5): the device database, the catalogue brought
 * from the server, this laptop's desk registration, and the officer logged in. A laptop with no
 * registration is registered at the first login of an officer of an office; later logins of the
 * same officers work offline through their verifiers (`officer-verifier.ts`).
 */
import type { Role } from '$lib/domain/lifecycle';
import type { CatalogueStore, OfficeEntry } from '$lib/storage/catalogue-store';
import { DeviceDb } from '$lib/storage/device-db';
import { loadRegistration, primaryRole, type DeskRegistration, type Officer } from './desk-setup';
import type { OfficerVerifier } from './officer-verifier';
import { openCatalogue, openWorkspace, type OpenWorkspaceError, type Workspace } from './workspace';

/** What the laptop remembers of an officer who logged in on it online. */
export interface OfficerRecord {
	readonly userName: string;
	readonly fullName: string;
	readonly officeId: string | null;
	readonly roles: readonly Role[];
	readonly province: 'province-admin' | 'province-supervisor' | null;
	readonly verifier: OfficerVerifier;
	readonly lastOnlineLoginAt: string;
}

/** The officer at the desk now, and when they last did something (for the screen lock). */
export interface ActiveOfficer {
	readonly userName: string;
	readonly since: number;
	readonly lastActiveAt: number;
	/** Locked by hand or by inactivity; unlocking needs the password. */
	readonly locked: boolean;
}

export interface DeskSession {
	readonly device: DeviceDb;
	readonly catalogue: CatalogueStore;
	readonly offices: readonly OfficeEntry[];
	/** `<origin>/db`: the provincial server, or the embedded one, beside the app. */
	readonly serverUrl: string;
	readonly registration: DeskRegistration | null;
	readonly officer: OfficerRecord | null;
	readonly active: ActiveOfficer | null;
	readonly workspace: Workspace | null;
}

const ACTIVE_KEY = 'active-officer';
const recordKey = (userName: string) => `officer:${userName}`;

export async function loadOfficer(
	device: DeviceDb,
	userName: string
): Promise<OfficerRecord | null> {
	return device.getSetting<OfficerRecord>(recordKey(userName));
}

export async function saveOfficer(device: DeviceDb, record: OfficerRecord): Promise<void> {
	await device.setSetting(recordKey(record.userName), record);
}

export async function loadActive(device: DeviceDb): Promise<ActiveOfficer | null> {
	return device.getSetting<ActiveOfficer>(ACTIVE_KEY);
}

export async function saveActive(device: DeviceDb, active: ActiveOfficer | null): Promise<void> {
	if (active === null) await device.settings.delete(ACTIVE_KEY);
	else await device.setSetting(ACTIVE_KEY, active);
}

export function officerOf(record: OfficerRecord): Officer | null {
	const role = primaryRole(record.roles);
	if (role === null) return null;
	return { userName: record.userName, fullName: record.fullName, role, roles: record.roles };
}

const namesKey = (officeId: string) => `officer-names:${officeId}`;

/** Names of the office's officers this laptop knows: its own logins and the office directory. */
export async function knownOfficerNames(
	device: DeviceDb,
	officeId: string
): Promise<Map<string, string>> {
	const names = new Map(
		Object.entries((await device.getSetting<Record<string, string>>(namesKey(officeId))) ?? {})
	);
	const records = await device.settings.where('key').startsWith('officer:').toArray();
	for (const { value } of records) {
		const record = value as OfficerRecord;
		if (record.officeId === officeId) names.set(record.userName, record.fullName);
	}
	return names;
}

/** Keeps the office directory's names on the laptop, for offline days. */
export async function saveOfficerNames(
	device: DeviceDb,
	officeId: string,
	names: Record<string, string>
): Promise<void> {
	const kept = (await device.getSetting<Record<string, string>>(namesKey(officeId))) ?? {};
	await device.setSetting(namesKey(officeId), { ...kept, ...names });
}

/** The workspace of the registered desk for `record`, or null when they do not work there. */
export async function workspaceFor(
	device: DeviceDb,
	catalogue: CatalogueStore,
	registration: DeskRegistration | null,
	record: OfficerRecord | null,
	previous?: Workspace
): Promise<{ ok: true; workspace: Workspace | null } | { ok: false; error: OpenWorkspaceError }> {
	if (registration === null || record === null || record.officeId !== registration.officeId) {
		return { ok: true, workspace: null };
	}
	const officer = officerOf(record);
	if (officer === null) return { ok: true, workspace: null };
	const opened = await openWorkspace(
		{ officeId: registration.officeId, desk: registration.desk, officer },
		catalogue,
		previous ? { previous } : {}
	);
	if (!opened.ok) return opened;
	for (const [user, name] of await knownOfficerNames(device, registration.officeId)) {
		if (!opened.workspace.officerNames.has(user)) opened.workspace.officerNames.set(user, name);
	}
	return { ok: true, workspace: opened.workspace };
}

/**
 * The session with its workspace opened again after the catalogue changed (procedures, calendars,
 * offices): the projector moves to the new workspace. Null when there is none to reopen, or when
 * the office is no longer in the catalogue (the session then stays as it is).
 */
export async function reopenWorkspace(session: DeskSession): Promise<DeskSession | null> {
	if (session.workspace === null) return null;
	const opened = await workspaceFor(
		session.device,
		session.catalogue,
		session.registration,
		session.officer,
		session.workspace
	);
	if (!opened.ok || opened.workspace === null) return null;
	session.workspace.projector.stop();
	opened.workspace.projector.start();
	return { ...session, offices: await session.catalogue.offices(), workspace: opened.workspace };
}

export type StartError = OpenWorkspaceError;

export async function startDeskSession(
	serverUrl: string
): Promise<{ ok: true; session: DeskSession } | { ok: false; error: StartError }> {
	const device = new DeviceDb();
	const catalogue = openCatalogue();
	const [offices, registration, active] = await Promise.all([
		catalogue.offices(),
		loadRegistration(device),
		loadActive(device)
	]);
	const officer = active === null ? null : await loadOfficer(device, active.userName);
	const opened = await workspaceFor(device, catalogue, registration, officer);
	if (!opened.ok) return opened;
	opened.workspace?.projector.start();
	return {
		ok: true,
		session: {
			device,
			catalogue,
			offices,
			serverUrl,
			registration,
			officer,
			active: officer === null ? null : active,
			workspace: opened.workspace
		}
	};
}
