/**
 * The officers who write the generated documents, and their desks. They are users of the
 * generator's own (`<office>.gen-desk01`, `…gen-unit01`, `…gen-leader01`, `…gen-supervisor`),
 * created in `_users` with the province administrator's URL exactly as provisioning creates users,
 * and each works at a desk registered as the app registers a laptop (ADR 13): slot k of the
 * office's `deskSlots` owns `rangeForDesk(k - 1, slots)` of the daily sequence.
 */
import { DEFAULT_DESK_SLOTS, deskForSlot, slotOfDeskId } from '$lib/app/desk-setup';
import type { Role } from '$lib/domain/lifecycle';
import type { Desk, Procedure } from '$lib/domain/model';
import { personName } from './people';
import { Rng } from './random';

export type OfficeRole = Exclude<Role, 'province-admin'>;

export interface GenOfficer {
	readonly userName: string;
	readonly fullName: string;
	readonly role: OfficeRole;
	/** The processing unit a processing officer works for. */
	readonly unit: string | null;
	readonly desk: Desk;
}

export interface Staff {
	readonly deskOfficers: readonly GenOfficer[];
	/** Processing officers by unit. */
	readonly units: ReadonlyMap<string, GenOfficer>;
	readonly leaders: readonly GenOfficer[];
	readonly supervisor: GenOfficer;
	readonly all: readonly GenOfficer[];
}

/** A desk registration already on the server: `desk:<id>` and who registered it. */
export interface KnownDesk {
	readonly id: string;
	readonly registeredBy: string;
}

/** Every unit a dossier of the office may be transferred to, in catalogue order. */
export function unitsOf(procedures: readonly Procedure[]): string[] {
	const units = new Set<string>();
	for (const p of procedures) {
		units.add(p.processingUnit);
		for (const step of p.steps) units.add(step.unit);
	}
	return [...units];
}

const two = (n: number) => String(n).padStart(2, '0');

/**
 * Names the officers and gives each a desk slot: the slot its earlier run registered, otherwise
 * the lowest slot nobody holds. When the slots run out, the officers beyond them share desks.
 */
export function planStaff(
	officeId: string,
	deskSlots: number | undefined,
	deskOfficerCount: number,
	units: readonly string[],
	known: readonly KnownDesk[]
): Staff {
	const slots = deskSlots ?? DEFAULT_DESK_SLOTS;
	const taken = new Map<number, string>();
	for (const d of known) {
		const slot = slotOfDeskId(officeId, d.id);
		if (slot !== null) taken.set(slot, d.registeredBy);
	}
	const names = new Rng(7, 1);
	const desks: Desk[] = [];
	let shared = 0;
	function deskFor(userName: string, mustOwn: boolean): Desk {
		let slot = [...taken].find(([, by]) => by === userName)?.[0];
		for (let s = 1; slot === undefined && s <= slots; s++) if (!taken.has(s)) slot = s;
		if (slot === undefined) {
			if (mustOwn || desks.length === 0) {
				throw new Error(`${officeId} has no free desk slot for ${userName} (deskSlots ${slots})`);
			}
			return desks[shared++ % desks.length] as Desk;
		}
		taken.set(slot, userName);
		const desk = deskForSlot(officeId, slot, slots);
		if (desk === null) throw new Error(`slot ${slot} of ${officeId} has no desk`);
		desks.push(desk);
		return desk;
	}
	function officer(suffix: string, role: OfficeRole, unit: string | null): GenOfficer {
		const userName = `${officeId}.gen-${suffix}`;
		const fullName = personName(names, names.chance(0.5) ? 'male' : 'female');
		return { userName, fullName, role, unit, desk: deskFor(userName, role === 'desk-officer') };
	}
	const deskOfficers = Array.from({ length: deskOfficerCount }, (_, i) =>
		officer(`desk${two(i + 1)}`, 'desk-officer', null)
	);
	const byUnit = new Map(
		units.map((u, i) => [u, officer(`unit${two(i + 1)}`, 'processing-officer', u)])
	);
	const leaders = [officer('leader01', 'leader', null), officer('leader02', 'leader', null)];
	const supervisor = officer('supervisor', 'supervisor', null);
	return {
		deskOfficers,
		units: byUnit,
		leaders,
		supervisor,
		all: [...deskOfficers, ...byUnit.values(), ...leaders, supervisor]
	};
}
