/**
 * Logging in at a desk (issue 5). Online first: CouchDB `_session` checks the password, the
 * officer's `_users` document gives their name and office, the laptop keeps a fresh verifier.
 * Without a connection the verifier of an earlier online login on this laptop lets the same
 * officer in. The first login of an office officer on an empty laptop brings the catalogue and
 * registers the laptop as a desk of the office, with progress.
 */
import { CATALOGUE_DB_NAME, officeDbName } from '$lib/storage/pouch';
import { CouchHttp, SyncFailure, type Fetch } from '$lib/sync/couch-http';
import { closeSession, openSession, readProfile } from '$lib/sync/couch-session';
import { pullCatalogue } from '$lib/sync/catalogue-sync';
import { claimDesk, copiesOf, deskRetirements, registeredDesks } from '$lib/sync/desk-registry';
import { readOfficerName } from '$lib/sync/officer-directory';
import {
	loadOfficer,
	officerOf,
	saveActive,
	saveOfficer,
	workspaceFor,
	type DeskSession,
	type OfficerRecord
} from './desk-session';
import {
	DEFAULT_DESK_SLOTS,
	deskForSlot,
	rolesFromServer,
	saveRegistration,
	claimableSlots,
	type DeskRegistration
} from './desk-setup';
import { checkVerifier, makeVerifier } from './officer-verifier';

export const LOGIN_ERRORS = [
	'missing',
	'wrong-password',
	'first-login-offline',
	'server-error',
	'other-office',
	'no-function',
	'office-not-in-catalogue',
	'no-free-desk',
	/** A node of the server's cluster did not answer: no desk was taken, try again later. */
	'desk-unconfirmed',
	'access-denied'
] as const;
export type LoginError = (typeof LOGIN_ERRORS)[number];

/** What a first login is doing, shown with its progress (`login.steps.*`). */
export const LOGIN_STEPS = ['checking', 'catalogue', 'desk', 'opening'] as const;
export type LoginStepName = (typeof LOGIN_STEPS)[number];

export type LoginStep =
	| { readonly step: Exclude<LoginStepName, 'catalogue'> }
	| { readonly step: 'catalogue'; readonly received: number };

export interface LoginOptions {
	readonly fetch?: Fetch;
	readonly onStep?: (step: LoginStep) => void;
	readonly now?: () => number;
	/** PBKDF2 iterations of new verifiers (tests lower it). */
	readonly iterations?: number;
	/** The server's catalogue database (a test server keeps one per run); `motcua_catalogue`. */
	readonly catalogueDb?: string;
}

export type LoginResult =
	| { readonly ok: true; readonly session: DeskSession; readonly online: boolean }
	| { readonly ok: false; readonly error: LoginError };

function dbHttp(serverUrl: string, db: string, options: LoginOptions): CouchHttp {
	return new CouchHttp(`${serverUrl}/${db}`, options.fetch ? { fetch: options.fetch } : {});
}

function officeHttp(serverUrl: string, officeId: string, options: LoginOptions): CouchHttp {
	return dbHttp(serverUrl, officeDbName(officeId), options);
}

/** The catalogue, where each officer's record gives their name (ADR 34). */
function catalogueHttp(serverUrl: string, options: LoginOptions): CouchHttp {
	return dbHttp(serverUrl, options.catalogueDb ?? CATALOGUE_DB_NAME, options);
}

export function normaliseUserName(raw: string): string {
	return raw.trim().toLowerCase();
}

export async function logIn(
	session: DeskSession,
	input: { userName: string; password: string },
	options: LoginOptions = {}
): Promise<LoginResult> {
	const userName = normaliseUserName(input.userName);
	if (userName === '' || input.password === '') return { ok: false, error: 'missing' };
	const now = options.now ?? (() => Date.now());
	options.onStep?.({ step: 'checking' });
	const opened = await openSession(session.serverUrl, userName, input.password, options.fetch);
	let record: OfficerRecord;
	let online = false;
	if (opened.ok) {
		online = true;
		const profile = await readProfile(session.serverUrl, userName, options.fetch);
		const parsed = rolesFromServer(opened.user.roles);
		const officeId = parsed.officeId ?? profile.officeId;
		if (parsed.roles.length === 0 && parsed.province === null) {
			return { ok: false, error: 'no-function' };
		}
		// Province supervisors and administrators may use any laptop for the province pages; they
		// get no desk and touch no desk data (the desk's officer finds it as it was).
		const provinceOnly = officeId === null && parsed.province !== null;
		if (
			session.registration !== null &&
			officeId !== session.registration.officeId &&
			!provinceOnly
		) {
			// The laptop is another office's desk: do not leave this officer's session on it.
			await closeSession(session.serverUrl, options.fetch);
			return { ok: false, error: 'other-office' };
		}
		// CouchDB 3 keeps `_users` documents from their owners: the name comes from the officer's
		// record in the catalogue, which province administrators keep.
		const listed =
			profile.fullName === null
				? await readOfficerName(catalogueHttp(session.serverUrl, options), userName)
				: null;
		const fullName = profile.fullName ?? listed;
		record = {
			userName,
			fullName: fullName ?? userName,
			officeId,
			roles: parsed.roles,
			province: parsed.province,
			verifier: await makeVerifier(input.password, options.iterations),
			lastOnlineLoginAt: new Date(now()).toISOString()
		};
		await saveOfficer(session.device, record);
	} else if (opened.error === 'wrong-password') {
		return { ok: false, error: 'wrong-password' };
	} else {
		const known = await loadOfficer(session.device, userName);
		if (known === null) return { ok: false, error: 'first-login-offline' };
		if (!(await checkVerifier(known.verifier, input.password))) {
			return { ok: false, error: 'wrong-password' };
		}
		const provinceOnly = known.officeId === null && known.province !== null;
		if (
			session.registration !== null &&
			known.officeId !== session.registration.officeId &&
			!provinceOnly
		) {
			return { ok: false, error: 'other-office' };
		}
		// An office officer on a laptop that is no desk yet (its registration failed) needs the server.
		if (session.registration === null && known.officeId !== null) {
			return { ok: false, error: 'first-login-offline' };
		}
		record = known;
	}

	let current = session;
	if (session.registration === null && record.officeId !== null && online) {
		const registered = await registerLaptop(session, record, options, now);
		if (!registered.ok) return registered;
		current = registered.session;
	}
	options.onStep?.({ step: 'opening' });
	let workspace = current.workspace;
	const officer = officerOf(record);
	if (workspace !== null && officer !== null && record.officeId === workspace.setup.officeId) {
		// Another officer at the same desk: the same stores, their name on what they write.
		workspace = { ...workspace, setup: { ...workspace.setup, officer } };
		workspace.officerNames.set(officer.userName, officer.fullName);
	} else {
		const opened = await workspaceFor(
			current.device,
			current.catalogue,
			current.registration,
			record
		);
		if (!opened.ok) return { ok: false, error: opened.error };
		current.workspace?.projector.stop();
		workspace = opened.workspace;
		workspace?.projector.start();
	}
	const at = now();
	const active = { userName, since: at, lastActiveAt: at, locked: false };
	await saveActive(current.device, active);
	return { ok: true, online, session: { ...current, officer: record, active, workspace } };
}

/** Brings the catalogue, then claims the lowest free desk slot of the office. */
async function registerLaptop(
	session: DeskSession,
	record: OfficerRecord,
	options: LoginOptions,
	now: () => number
): Promise<{ ok: true; session: DeskSession } | { ok: false; error: LoginError }> {
	const officeId = record.officeId;
	if (officeId === null) return { ok: false, error: 'no-function' };
	try {
		options.onStep?.({ step: 'catalogue', received: 0 });
		await pullCatalogue({
			db: session.catalogue.db,
			remoteUrl: `${session.serverUrl}/${options.catalogueDb ?? CATALOGUE_DB_NAME}`,
			...(options.fetch ? { fetch: options.fetch } : {}),
			onProgress: (received) => options.onStep?.({ step: 'catalogue', received })
		});
		const offices = await session.catalogue.offices();
		const office = offices.find((o) => o.id === officeId);
		if (office === undefined) return { ok: false, error: 'office-not-in-catalogue' };
		options.onStep?.({ step: 'desk' });
		const http = officeHttp(session.serverUrl, officeId, options);
		const slots = office.deskSlots ?? DEFAULT_DESK_SLOTS;
		const [desks, retired] = await Promise.all([registeredDesks(http), deskRetirements(http)]);
		const releases = new Map([...retired].map(([id, doc]) => [id, doc.release] as const));
		const open = claimableSlots(
			officeId,
			slots,
			desks.map((d) => d.id),
			releases
		);
		const registeredAt = new Date(now()).toISOString();
		const copies = await copiesOf(http);
		for (const { slot, generation } of open) {
			const desk = deskForSlot(officeId, slot, slots, generation);
			if (desk === null) break;
			const claim = await claimDesk(http, desk, record.userName, registeredAt, copies);
			if (claim === 'taken') continue;
			// Half a claim may stay on some copies: the slot is left to nobody, never numbered from.
			if (claim === 'uncertain') return { ok: false, error: 'desk-unconfirmed' };
			const registration: DeskRegistration = {
				officeId,
				desk,
				slot,
				registeredBy: record.userName,
				registeredAt
			};
			await saveRegistration(session.device, registration);
			return { ok: true, session: { ...session, offices, registration } };
		}
		return { ok: false, error: 'no-free-desk' };
	} catch (error) {
		if (error instanceof SyncFailure) {
			if (error.code === 'access-denied' || error.code === 'needs-login') {
				return { ok: false, error: 'access-denied' };
			}
			return {
				ok: false,
				error: error.code === 'offline' ? 'first-login-offline' : 'server-error'
			};
		}
		throw error;
	}
}

/** Checks the password of the officer at a locked desk: online when possible, else the verifier. */
export async function unlock(
	session: DeskSession,
	password: string,
	options: LoginOptions = {}
): Promise<LoginResult> {
	const userName = session.active?.userName;
	if (userName === undefined) return { ok: false, error: 'missing' };
	return logIn(session, { userName, password }, options);
}

/** Locks the screen: the officer stays, their password is needed to go on. */
export async function lock(session: DeskSession): Promise<DeskSession> {
	if (session.active === null) return session;
	const active = { ...session.active, locked: true };
	await saveActive(session.device, active);
	return { ...session, active };
}

/** Records activity (throttled by the caller) so a reload keeps the lock deadline. */
export async function touch(session: DeskSession, at: number): Promise<DeskSession> {
	if (session.active === null || session.active.locked) return session;
	const active = { ...session.active, lastActiveAt: at };
	await saveActive(session.device, active);
	return { ...session, active };
}

/**
 * Logs the officer out: the server session ends (when reachable), the desk waits for the next
 * login. Nothing local is discarded; unsent changes stay and go with the next sync by their author.
 */
export async function logOut(
	session: DeskSession,
	options: LoginOptions = {}
): Promise<DeskSession> {
	await closeSession(session.serverUrl, options.fetch);
	await saveActive(session.device, null);
	session.workspace?.projector.stop();
	return { ...session, officer: null, active: null, workspace: null };
}
