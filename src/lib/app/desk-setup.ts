/**
 * Which office, desk and officer this laptop works as (issue 5). The desk is registered with the
 * provincial server at the first login of the laptop and kept device-local; the officer is the
 * one logged in. Each desk takes a fixed slot of the office's daily sequence (ADR 13): slot `k`
 * of `slots` owns `rangeForDesk(k - 1, slots)`, so ranges never change and never overlap.
 */
import { rangeForDesk } from '$lib/domain/codes';
import { ROLES, type Role } from '$lib/domain/lifecycle';
import type { Desk } from '$lib/domain/model';
import type { DeviceDb } from '$lib/storage/device-db';

export interface Officer {
	readonly userName: string;
	readonly fullName: string;
	/** The function used to offer actions: the first of `roles` in `ROLE_PRIORITY`. */
	readonly role: Role;
	readonly roles: readonly Role[];
}

export interface DeskSetup {
	readonly officeId: string;
	readonly desk: Desk;
	readonly officer: Officer;
}

/** The laptop's registration as a desk of an office, kept device-local. */
export interface DeskRegistration {
	readonly officeId: string;
	readonly desk: Desk;
	readonly slot: number;
	readonly registeredBy: string;
	readonly registeredAt: string;
}

/** Desks an office may register when its catalogue entry does not say (ADR 13). */
export const DEFAULT_DESK_SLOTS = 20;

/** A desk officer's work is offered first; a supervisor without it sees supervision. */
const ROLE_PRIORITY: readonly Role[] = [
	'desk-officer',
	'processing-officer',
	'leader',
	'supervisor',
	'province-admin'
];

/** The office and functions named by CouchDB roles (`office:<id>`, `role:<function>`, ADR 6). */
export function rolesFromServer(serverRoles: readonly string[]): {
	officeId: string | null;
	roles: Role[];
	province: 'province-admin' | 'province-supervisor' | null;
} {
	const office = serverRoles.find((r) => r.startsWith('office:'));
	const roles = ROLES.filter((role) => serverRoles.includes(`role:${role}`));
	const province = serverRoles.includes('province-admin')
		? 'province-admin'
		: serverRoles.includes('province-supervisor')
			? 'province-supervisor'
			: null;
	return { officeId: office ? office.slice('office:'.length) : null, roles, province };
}

export function primaryRole(roles: readonly Role[]): Role | null {
	return ROLE_PRIORITY.find((r) => roles.includes(r)) ?? null;
}

export function deskIdForSlot(officeId: string, slot: number): string {
	return `${officeId}-desk-${String(slot).padStart(2, '0')}`;
}

/** Slot number of a desk id made by `deskIdForSlot`, or null. */
export function slotOfDeskId(officeId: string, deskId: string): number | null {
	const prefix = `${officeId}-desk-`;
	if (!deskId.startsWith(prefix)) return null;
	const n = Number(deskId.slice(prefix.length));
	return Number.isSafeInteger(n) && n >= 1 ? n : null;
}

/** The desk of slot `slot` (1-based) among `slots`, or null when the slot does not exist. */
export function deskForSlot(officeId: string, slot: number, slots: number): Desk | null {
	if (!Number.isSafeInteger(slot) || slot < 1 || slot > slots) return null;
	const planned = rangeForDesk(slot - 1, slots);
	if (!planned.ok) return null;
	return {
		id: deskIdForSlot(officeId, slot),
		officeId,
		name: `Bàn ${slot}`,
		sequenceRange: planned.range
	};
}

const REGISTRATION_KEY = 'desk-registration';

export async function loadRegistration(device: DeviceDb): Promise<DeskRegistration | null> {
	return device.getSetting<DeskRegistration>(REGISTRATION_KEY);
}

export async function saveRegistration(device: DeviceDb, reg: DeskRegistration): Promise<void> {
	await device.setSetting(REGISTRATION_KEY, reg);
}
