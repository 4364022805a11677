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
export { DEFAULT_DESK_SLOTS } from '$lib/domain/model';

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

/**
 * The id of the laptop that holds slot `slot`: `<office>-desk-03` for the first, then
 * `<office>-desk-03-2`, `-3`… for the laptops that take the slot after a retired one (ADR 34).
 */
export function deskIdForSlot(officeId: string, slot: number, generation = 1): string {
	const base = `${officeId}-desk-${String(slot).padStart(2, '0')}`;
	return generation > 1 ? `${base}-${generation}` : base;
}

/** Slot and generation of a desk id made by `deskIdForSlot`, or null. */
export function slotAndGenerationOf(
	officeId: string,
	deskId: string
): { slot: number; generation: number } | null {
	const prefix = `${officeId}-desk-`;
	if (!deskId.startsWith(prefix)) return null;
	const m = /^(\d+)(?:-(\d+))?$/u.exec(deskId.slice(prefix.length));
	if (m === null) return null;
	const slot = Number(m[1]);
	const generation = m[2] === undefined ? 1 : Number(m[2]);
	return slot >= 1 && generation >= 1 ? { slot, generation } : null;
}

/** Slot number of a desk id made by `deskIdForSlot`, or null. */
export function slotOfDeskId(officeId: string, deskId: string): number | null {
	return slotAndGenerationOf(officeId, deskId)?.slot ?? null;
}

/** The desk of slot `slot` (1-based) among `slots`, or null when the slot does not exist. */
export function deskForSlot(
	officeId: string,
	slot: number,
	slots: number,
	generation = 1
): Desk | null {
	if (!Number.isSafeInteger(slot) || slot < 1 || slot > slots) return null;
	const planned = rangeForDesk(slot - 1, slots);
	if (!planned.ok) return null;
	return {
		id: deskIdForSlot(officeId, slot, generation),
		officeId,
		name: `Bàn ${slot}`,
		sequenceRange: planned.range
	};
}

/**
 * Which generation a new laptop claims in each slot (ADR 34): 1 in a slot nobody ever held; the
 * next one in a slot whose last laptop was retired with its slot freed; none in a slot held, or
 * retired for good.
 */
export function claimableSlots(
	officeId: string,
	slots: number,
	deskIds: readonly string[],
	retirements: ReadonlyMap<string, 'free' | 'never'>
): { slot: number; generation: number }[] {
	const latest = new Map<number, { generation: number; deskId: string }>();
	for (const id of deskIds) {
		const parsed = slotAndGenerationOf(officeId, id);
		if (parsed === null) continue;
		const seen = latest.get(parsed.slot);
		if (seen === undefined || seen.generation < parsed.generation) {
			latest.set(parsed.slot, { generation: parsed.generation, deskId: id });
		}
	}
	const open: { slot: number; generation: number }[] = [];
	for (let slot = 1; slot <= slots; slot += 1) {
		const held = latest.get(slot);
		if (held === undefined) open.push({ slot, generation: 1 });
		else if (retirements.get(held.deskId) === 'free') {
			open.push({ slot, generation: held.generation + 1 });
		}
	}
	return open;
}

const REGISTRATION_KEY = 'desk-registration';

export async function loadRegistration(device: DeviceDb): Promise<DeskRegistration | null> {
	return device.getSetting<DeskRegistration>(REGISTRATION_KEY);
}

export async function saveRegistration(device: DeviceDb, reg: DeskRegistration): Promise<void> {
	await device.setSetting(REGISTRATION_KEY, reg);
}
