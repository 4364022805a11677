/**
 * Which office, desk and officer this laptop works as. Until login and desk registration with the
 * provincial server exist (issue 5), the officer sets it once on the laptop; it is device-local.
 */
import { rangeForDesk } from '$lib/domain/codes';
import type { Role } from '$lib/domain/lifecycle';
import type { Desk } from '$lib/domain/model';
import type { DeviceDb } from '$lib/storage/device-db';
import * as v from 'valibot';

export interface Officer {
	readonly userName: string;
	readonly fullName: string;
	readonly role: Role;
}

export interface DeskSetup {
	readonly officeId: string;
	readonly desk: Desk;
	readonly officer: Officer;
}

const KEY = 'desk-setup';

export const DeskSetupInputSchema = v.object({
	officeId: v.pipe(v.string(), v.regex(/^[a-z][a-z0-9_-]*$/)),
	deskNumber: v.pipe(v.number(), v.integer(), v.minValue(1)),
	deskCount: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(99)),
	userName: v.pipe(v.string(), v.trim(), v.regex(/^[a-z0-9._-]{2,40}$/)),
	fullName: v.pipe(v.string(), v.trim(), v.minLength(2), v.maxLength(80)),
	role: v.picklist(['desk-officer', 'supervisor'])
});

export type DeskSetupInput = v.InferInput<typeof DeskSetupInputSchema>;
export type DeskSetupError = 'setup-invalid' | 'desk-number-out-of-range';

export type DeskSetupResult =
	| { readonly ok: true; readonly setup: DeskSetup }
	| { readonly ok: false; readonly error: DeskSetupError; readonly fields: string[] };

/** Builds the desk from its number among the office's desks: its share of the daily sequence. */
export function makeDeskSetup(raw: DeskSetupInput): DeskSetupResult {
	const parsed = v.safeParse(DeskSetupInputSchema, raw);
	if (!parsed.success) {
		const fields = parsed.issues.map((i) => v.getDotPath(i) ?? '').filter((f) => f !== '');
		return { ok: false, error: 'setup-invalid', fields };
	}
	const input = parsed.output;
	if (input.deskNumber > input.deskCount)
		return { ok: false, error: 'desk-number-out-of-range', fields: ['deskNumber'] };
	const planned = rangeForDesk(input.deskNumber - 1, input.deskCount);
	if (!planned.ok) return { ok: false, error: 'desk-number-out-of-range', fields: ['deskCount'] };
	const deskId = `${input.officeId}-desk-${String(input.deskNumber).padStart(2, '0')}`;
	return {
		ok: true,
		setup: {
			officeId: input.officeId,
			desk: {
				id: deskId,
				officeId: input.officeId,
				name: `Bàn ${input.deskNumber}`,
				sequenceRange: planned.range
			},
			officer: { userName: input.userName, fullName: input.fullName, role: input.role }
		}
	};
}

export async function loadDeskSetup(device: DeviceDb): Promise<DeskSetup | null> {
	return device.getSetting<DeskSetup>(KEY);
}

export async function saveDeskSetup(device: DeviceDb, setup: DeskSetup): Promise<void> {
	await device.setSetting(KEY, setup);
}
