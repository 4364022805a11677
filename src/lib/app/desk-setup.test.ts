import { describe, expect, it } from 'vitest';
import { checkDeskRanges } from '$lib/domain/codes';
import {
	claimableSlots,
	deskForSlot,
	deskIdForSlot,
	primaryRole,
	rolesFromServer,
	slotAndGenerationOf,
	slotOfDeskId
} from './desk-setup';

describe('desks and officers from the server', () => {
	it('reads the office and functions from CouchDB roles (ADR 6)', () => {
		expect(rolesFromServer(['office:lson-a', 'role:supervisor', 'role:desk-officer'])).toEqual({
			officeId: 'lson-a',
			roles: ['desk-officer', 'supervisor'],
			province: null
		});
		expect(rolesFromServer(['province-supervisor'])).toEqual({
			officeId: null,
			roles: [],
			province: 'province-supervisor'
		});
		expect(rolesFromServer(['province-admin', 'province-supervisor']).province).toBe(
			'province-admin'
		);
		expect(rolesFromServer(['_admin', 'role:unknown'])).toEqual({
			officeId: null,
			roles: [],
			province: null
		});
	});

	it('offers desk work first, then processing, leading and supervision', () => {
		expect(primaryRole(['supervisor', 'desk-officer'])).toBe('desk-officer');
		expect(primaryRole(['supervisor', 'leader'])).toBe('leader');
		expect(primaryRole([])).toBeNull();
	});

	it('gives each slot a fixed part of the daily sequence, never overlapping another', () => {
		const desks = [1, 2, 3, 20].map((slot) => deskForSlot('lson-a', slot, 20));
		expect(desks.map((d) => d?.id)).toEqual([
			'lson-a-desk-01',
			'lson-a-desk-02',
			'lson-a-desk-03',
			'lson-a-desk-20'
		]);
		expect(desks[0]).toMatchObject({ name: 'Bàn 1', sequenceRange: { first: 1, last: 500 } });
		expect(desks[3]?.sequenceRange).toEqual({ first: 9501, last: 9999 });
		const all = Array.from({ length: 20 }, (_, i) => deskForSlot('lson-a', i + 1, 20));
		expect(checkDeskRanges(all.map((d) => d?.sequenceRange ?? { first: 0, last: 0 }))).toEqual({
			ok: true
		});
		expect(deskForSlot('lson-a', 0, 20)).toBeNull();
		expect(deskForSlot('lson-a', 21, 20)).toBeNull();
		expect(deskForSlot('lson-a', 1.5, 20)).toBeNull();
	});

	it('reads the slot back from a desk id of its office only', () => {
		expect(slotOfDeskId('lson-a', 'lson-a-desk-07')).toBe(7);
		expect(slotOfDeskId('lson-a', 'lson-b-desk-07')).toBeNull();
		expect(slotOfDeskId('lson-a', 'lson-a-desk-x')).toBeNull();
		expect(slotOfDeskId('lson-a', 'lson-a-desk-00')).toBeNull();
	});

	it('gives a slot freed by a retirement to the next laptop, under a new id with the same numbers', () => {
		expect(deskIdForSlot('lson-a', 3, 2)).toBe('lson-a-desk-03-2');
		expect(slotAndGenerationOf('lson-a', 'lson-a-desk-03-2')).toEqual({ slot: 3, generation: 2 });
		expect(slotOfDeskId('lson-a', 'lson-a-desk-03-2')).toBe(3);
		expect(deskForSlot('lson-a', 3, 20, 2)?.sequenceRange).toEqual(
			deskForSlot('lson-a', 3, 20)?.sequenceRange
		);
		const held = ['lson-a-desk-01', 'lson-a-desk-02', 'lson-a-desk-03', 'lson-a-desk-03-2'];
		const retired = new Map<string, 'free' | 'never'>([
			['lson-a-desk-01', 'never'],
			['lson-a-desk-02', 'free'],
			['lson-a-desk-03', 'free']
		]);
		// Slot 1 stays closed, slot 2's next laptop is generation 2, slot 3 is held by its second.
		expect(claimableSlots('lson-a', 5, held, retired)).toEqual([
			{ slot: 2, generation: 2 },
			{ slot: 4, generation: 1 },
			{ slot: 5, generation: 1 }
		]);
	});
});
