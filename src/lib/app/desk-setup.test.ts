import { describe, expect, it } from 'vitest';
import { checkDeskRanges } from '$lib/domain/codes';
import { deskForSlot, primaryRole, rolesFromServer, slotOfDeskId } from './desk-setup';

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
});
