/**
 * Days off 2027, provisional: no notice found (domain.md §11.4, §15 item 6). Only the fixed
 * solar dates, the computed Giỗ Tổ and the Labour Code substitute are listed; the Tết days and
 * the day next to Quốc khánh await the notice (`open`). `proposeProvisionalYear(2027)` shows a
 * proposal for them.
 */
import type { CalendarYearSource } from '../calendar-year';
import { BASES } from './bases';

export const year2027 = {
	year: 2027,
	status: 'provisional',
	open: ['tet', 'national-day'],
	bases: { LC: BASES.LC, NQ28: BASES.NQ28 },
	entries: [
		{
			kind: 'holiday',
			from: '2027-01-01',
			occasion: 'new-year',
			name: 'Tết Dương lịch',
			basis: ['LC'],
			evidence: 'A'
		},
		{
			kind: 'holiday',
			from: '2027-04-16',
			occasion: 'hung-kings',
			name: 'Giỗ Tổ Hùng Vương',
			basis: ['LC'],
			evidence: 'A',
			note: 'computed'
		},
		{
			kind: 'holiday',
			from: '2027-04-30',
			occasion: 'victory',
			name: 'Ngày Chiến thắng',
			basis: ['LC'],
			evidence: 'A'
		},
		{
			kind: 'substitute',
			from: '2027-05-03',
			occasion: 'labour',
			name: 'Nghỉ bù Ngày Quốc tế lao động',
			basis: ['LC'],
			evidence: 'A',
			note: 'for Sat 01/05'
		},
		{
			kind: 'holiday',
			from: '2027-09-02',
			occasion: 'national-day',
			name: 'Quốc khánh',
			basis: ['LC'],
			evidence: 'A',
			note: 'adjacent day (Wed 01/09 or Fri 03/09) awaits the notice'
		},
		{
			kind: 'holiday',
			from: '2027-11-24',
			occasion: 'culture-day',
			name: 'Ngày Văn hóa Việt Nam',
			basis: ['NQ28'],
			evidence: 'A'
		}
	]
} satisfies CalendarYearSource;
