/** Days off 2023 (domain.md §11.4). */
import type { CalendarYearSource } from '../calendar-year';
import { BASES } from './bases';

export const year2023 = {
	year: 2023,
	status: 'verified',
	bases: { V23: BASES.V23, N23: BASES.N23, LC: BASES.LC },
	entries: [
		{
			kind: 'substitute',
			from: '2023-01-02',
			occasion: 'new-year',
			name: 'Nghỉ bù Tết Dương lịch',
			basis: ['LC'],
			evidence: 'C',
			note: 'for Sun 01/01'
		},
		{
			kind: 'holiday',
			from: '2023-01-20',
			occasion: 'tet',
			name: 'Tết Nguyên đán (29 Chạp)',
			basis: ['V23', 'N23'],
			evidence: 'C'
		},
		{
			kind: 'holiday',
			from: '2023-01-23',
			to: '2023-01-24',
			occasion: 'tet',
			name: 'Tết Nguyên đán (mùng 2–3)',
			basis: ['V23', 'N23'],
			evidence: 'C'
		},
		{
			kind: 'substitute',
			from: '2023-01-25',
			to: '2023-01-26',
			occasion: 'tet',
			name: 'Nghỉ bù Tết Nguyên đán',
			basis: ['V23', 'N23'],
			evidence: 'C',
			note: 'for Tết on Sat 21/01, Sun 22/01'
		},
		{
			kind: 'holiday',
			from: '2023-05-01',
			occasion: 'labour',
			name: 'Ngày Quốc tế lao động',
			basis: ['LC'],
			evidence: 'C'
		},
		{
			kind: 'substitute',
			from: '2023-05-02',
			occasion: 'hung-kings',
			name: 'Nghỉ bù Giỗ Tổ Hùng Vương',
			basis: ['LC'],
			evidence: 'C',
			note: 'Giỗ Tổ on Sat 29/04'
		},
		{
			kind: 'substitute',
			from: '2023-05-03',
			occasion: 'victory',
			name: 'Nghỉ bù Ngày Chiến thắng',
			basis: ['LC'],
			evidence: 'C',
			note: 'for Sun 30/04'
		},
		{
			kind: 'holiday',
			from: '2023-09-01',
			occasion: 'national-day',
			name: 'Quốc khánh (ngày liền trước)',
			basis: ['V23'],
			evidence: 'C'
		},
		{
			kind: 'substitute',
			from: '2023-09-04',
			occasion: 'national-day',
			name: 'Nghỉ bù Quốc khánh',
			basis: ['V23'],
			evidence: 'C',
			note: 'for Sat 02/09'
		}
	]
} satisfies CalendarYearSource;
