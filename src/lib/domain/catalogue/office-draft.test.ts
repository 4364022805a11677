import { describe, expect, it } from 'vitest';
import type { Office } from '../model';
import {
	draftOfOffice,
	hoursText,
	officeOfDraft,
	overlappingDesks,
	parseHoursText
} from './office-draft';

const office: Office = {
	id: 'lson-luongvantri',
	name: 'Trung tâm Phục vụ hành chính công phường Lương Văn Tri',
	parentName: 'UBND PHƯỜNG LƯƠNG VĂN TRI',
	agencyCode: '000.10.39.H39',
	place: 'Lạng Sơn',
	hours: {
		periods: [
			{ start: 450, end: 690 },
			{ start: 810, end: 1020 }
		]
	}
};

describe('an office edited by an administrator', () => {
	it('reads and writes office hours as text', () => {
		expect(hoursText(office.hours)).toBe('07:30-11:30, 13:30-17:00');
		expect(parseHoursText('7h30 – 11h30; 13:30-17:00')).toEqual(office.hours);
		for (const bad of ['', '07:30', '25:00-26:00', 'sáng']) expect(parseHoursText(bad)).toBeNull();
	});

	it('gives back the office unchanged through its form, with a lock timeout when typed', () => {
		expect(officeOfDraft(draftOfOffice(office), office, [])).toEqual({ ok: true, value: office });
		const locked = officeOfDraft({ ...draftOfOffice(office), lockMinutes: '5' }, office, []);
		expect(locked.ok && locked.value.lockMinutes).toBe(5);
		const placed = officeOfDraft(
			{ ...draftOfOffice(office), adminUnitCode: ' 06160 ', address: 'Số 1  đường Lê Lợi' },
			office,
			[]
		);
		expect(placed.ok && [placed.value.adminUnitCode, placed.value.address]).toEqual([
			'06160',
			'Số 1 đường Lê Lợi'
		]);
		expect(officeOfDraft({ ...draftOfOffice(office), adminUnitCode: 'LS' }, office, [])).toEqual({
			ok: false,
			errors: { adminUnitCode: 'admin-unit-code' }
		});
	});

	it('says which field is wrong', () => {
		const result = officeOfDraft(
			{
				...draftOfOffice(office),
				name: ' ',
				hours: '13:30-17:00, 07:30-11:30',
				lockMinutes: '0',
				keepClosedDays: 'ba'
			},
			office,
			[]
		);
		expect(result).toEqual({
			ok: false,
			errors: { name: 'required', lockMinutes: 'out-of-range', keepClosedDays: 'whole-number' }
		});
		// Periods out of order parse, and the catalogue's own check refuses them.
		expect(
			officeOfDraft({ ...draftOfOffice(office), hours: '13:30-17:00, 07:30-11:30' }, office, [])
		).toEqual({
			ok: false,
			errors: { hours: 'hours-format' }
		});
		expect(officeOfDraft({ ...draftOfOffice(office), agencyCode: 'abc' }, office, [])).toEqual({
			ok: false,
			errors: { agencyCode: 'agency-code' }
		});
	});

	it('refuses a number of desk slots that gives a free slot a registered laptop’s numbers', () => {
		// 20 slots: slot 2 owns 501–1000. At 40 slots, free slot 3 would own 501–750.
		const desk2 = { deskId: 'lvt-desk-02', slot: 2, range: { first: 501, last: 1000 } };
		expect(overlappingDesks(40, [desk2])).toEqual([desk2]);
		const refused = officeOfDraft({ ...draftOfOffice(office), deskSlots: '40' }, office, [desk2]);
		expect(refused).toEqual({
			ok: false,
			errors: { deskSlots: 'slots-overlap' },
			overlapping: [desk2]
		});
		// With no laptop registered any count goes; the same count is no change.
		expect(officeOfDraft({ ...draftOfOffice(office), deskSlots: '40' }, office, []).ok).toBe(true);
		expect(officeOfDraft({ ...draftOfOffice(office), deskSlots: '20' }, office, [desk2]).ok).toBe(
			true
		);
		// Slot 1 of 20 (1–500) under 10 slots keeps slot 1 as 1–1000: free slot 2 (1001–2000) is clear.
		const desk1 = { deskId: 'lvt-desk-01', slot: 1, range: { first: 1, last: 500 } };
		expect(overlappingDesks(10, [desk1])).toEqual([]);
	});
});
