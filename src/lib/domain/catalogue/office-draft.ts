/**
 * An office as a province administrator edits it (issue 12, ADR 34): names, agency code, hours,
 * desk slots, the window of closed dossiers its desks keep and the screen-lock timeout. The
 * number of desk slots decides each slot's block of the daily sequence (ADR 13): a new count
 * that would give a free slot numbers a registered desk already owns is refused, or two desks
 * could issue the same dossier code.
 */
import { rangeForDesk, type SequenceRange } from '../codes/desk-ranges';
import { DEFAULT_DESK_SLOTS, type Office } from '../model';
import { OFFICE_ERRORS, OFFICE_FORM_FIELDS, type OfficeError } from './form-codes';
import { parseOffice } from './office';

export { OFFICE_ERRORS, OFFICE_FORM_FIELDS, type OfficeError };

export interface OfficeDraft {
	name: string;
	parentName: string;
	agencyCode: string;
	adminUnitCode: string;
	address: string;
	place: string;
	/** "07:30-11:30, 13:30-17:00" */
	hours: string;
	deskSlots: string;
	keepClosedDays: string;
	lockMinutes: string;
}

/** A desk the server knows, with the block of numbers it was given. */
export interface RegisteredRange {
	readonly deskId: string;
	readonly slot: number;
	readonly range: SequenceRange;
}

export type OfficeResult =
	| { readonly ok: true; readonly value: Office }
	| {
			readonly ok: false;
			readonly errors: Readonly<Record<string, OfficeError>>;
			/** The registered desks whose numbers a free slot would take (`slots-overlap`). */
			readonly overlapping?: readonly RegisteredRange[];
	  };

const pad = (n: number): string => String(n).padStart(2, '0');
const clock = (minutes: number): string => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;

/** "07:30-11:30, 13:30-17:00" from opening periods. */
export function hoursText(hours: Office['hours']): string {
	return hours.periods.map((p) => `${clock(p.start)}-${clock(p.end)}`).join(', ');
}

/** Opening periods from "07:30-11:30, 13:30-17:00" (dashes or en dashes), or null. */
export function parseHoursText(text: string): Office['hours'] | null {
	const parts = text
		.split(/[,;]/u)
		.map((p) => p.trim())
		.filter(Boolean);
	if (parts.length === 0) return null;
	const periods = [];
	for (const part of parts) {
		const m = /^(\d{1,2})[:h](\d{2})\s*[-–]\s*(\d{1,2})[:h](\d{2})$/u.exec(part);
		if (m === null) return null;
		const [h1, m1, h2, m2] = [m[1], m[2], m[3], m[4]].map(Number) as [
			number,
			number,
			number,
			number
		];
		if (h1 > 23 || h2 > 23 || m1 > 59 || m2 > 59) return null;
		periods.push({ start: h1 * 60 + m1, end: h2 * 60 + m2 });
	}
	return { periods };
}

export function draftOfOffice(office: Office): OfficeDraft {
	return {
		name: office.name,
		parentName: office.parentName,
		agencyCode: office.agencyCode,
		adminUnitCode: office.adminUnitCode ?? '',
		address: office.address ?? '',
		place: office.place,
		hours: hoursText(office.hours),
		deskSlots: office.deskSlots === undefined ? '' : String(office.deskSlots),
		keepClosedDays: office.keepClosedDays === undefined ? '' : String(office.keepClosedDays),
		lockMinutes: office.lockMinutes === undefined ? '' : String(office.lockMinutes)
	};
}

/**
 * Registered desks whose block a free slot would overlap if the office had `slots` slots: each
 * registered desk keeps the block it was given; a free slot gets the new split's block.
 */
export function overlappingDesks(
	slots: number,
	registered: readonly RegisteredRange[]
): RegisteredRange[] {
	const taken = new Set(registered.map((d) => d.slot));
	const hits = new Map<string, RegisteredRange>();
	for (let slot = 1; slot <= slots; slot += 1) {
		if (taken.has(slot)) continue;
		const planned = rangeForDesk(slot - 1, slots);
		if (!planned.ok) continue;
		for (const desk of registered) {
			if (planned.range.first <= desk.range.last && desk.range.first <= planned.range.last) {
				hits.set(desk.deskId, desk);
			}
		}
	}
	return [...hits.values()].sort((a, b) => a.slot - b.slot);
}

function optionalWhole(
	text: string,
	field: string,
	min: number,
	max: number,
	errors: Record<string, OfficeError>
): number | undefined {
	const t = text.trim();
	if (t === '') return undefined;
	if (!/^\d+$/u.test(t)) {
		errors[field] = 'whole-number';
		return undefined;
	}
	const n = Number(t);
	if (n < min || n > max) errors[field] = 'out-of-range';
	return n;
}

const clean = (s: string): string => s.normalize('NFC').replace(/\s+/gu, ' ').trim();

/** The office a draft describes, checked as every desk checks it, or each field's problem. */
export function officeOfDraft(
	draft: OfficeDraft,
	base: Office,
	registered: readonly RegisteredRange[]
): OfficeResult {
	const errors: Record<string, OfficeError> = {};
	const name = clean(draft.name);
	const parentName = clean(draft.parentName);
	const place = clean(draft.place);
	const agencyCode = draft.agencyCode.trim();
	const adminUnitCode = draft.adminUnitCode.trim();
	const address = clean(draft.address);
	if (adminUnitCode !== '' && !/^\d{2,5}$/u.test(adminUnitCode))
		errors.adminUnitCode = 'admin-unit-code';
	if (name === '') errors.name = 'required';
	if (parentName === '') errors.parentName = 'required';
	if (place === '') errors.place = 'required';
	if (agencyCode === '') errors.agencyCode = 'required';
	const hours = parseHoursText(draft.hours);
	if (hours === null) errors.hours = 'hours-format';
	const deskSlots = optionalWhole(draft.deskSlots, 'deskSlots', 1, 99, errors);
	const keepClosedDays = optionalWhole(draft.keepClosedDays, 'keepClosedDays', 7, 3660, errors);
	const lockMinutes = optionalWhole(draft.lockMinutes, 'lockMinutes', 1, 240, errors);
	if (Object.keys(errors).length > 0 || hours === null) return { ok: false, errors };
	const office: Office = {
		id: base.id,
		name,
		parentName,
		agencyCode,
		...(adminUnitCode === '' ? {} : { adminUnitCode }),
		...(address === '' ? {} : { address }),
		place,
		hours,
		...(deskSlots === undefined ? {} : { deskSlots }),
		...(keepClosedDays === undefined ? {} : { keepClosedDays }),
		...(lockMinutes === undefined ? {} : { lockMinutes })
	};
	const parsed = parseOffice(office);
	if (!parsed.ok) {
		const agency = parsed.issues.some((i) => i.startsWith('agencyCode'));
		return {
			ok: false,
			errors: agency ? { agencyCode: 'agency-code' } : { hours: 'hours-format' }
		};
	}
	const slotsBefore = base.deskSlots ?? DEFAULT_DESK_SLOTS;
	const slotsAfter = office.deskSlots ?? DEFAULT_DESK_SLOTS;
	if (slotsAfter !== slotsBefore) {
		const overlapping = overlappingDesks(slotsAfter, registered);
		if (overlapping.length > 0) {
			return { ok: false, errors: { deskSlots: 'slots-overlap' }, overlapping };
		}
	}
	return { ok: true, value: parsed.value };
}
