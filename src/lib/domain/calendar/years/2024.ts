/** Days off 2024 (domain.md §11.4); the 30/4 swap was decided later in the year (V24). */
import type { CalendarYearSource } from '../calendar-year';
import { BASES } from './bases';

export const year2024 = {
	year: 2024,
	status: 'verified',
	bases: { N24: BASES.N24, V24: BASES.V24, N24b: BASES.N24b, LC: BASES.LC },
	entries: [
		{
			kind: 'holiday',
			from: '2024-01-01',
			occasion: 'new-year',
			name: 'Tết Dương lịch',
			basis: ['LC'],
			evidence: 'C'
		},
		{
			kind: 'holiday',
			from: '2024-02-08',
			to: '2024-02-09',
			occasion: 'tet',
			name: 'Tết Nguyên đán (29–30 Chạp)',
			basis: ['N24'],
			evidence: 'C'
		},
		{
			kind: 'holiday',
			from: '2024-02-12',
			occasion: 'tet',
			name: 'Tết Nguyên đán (mùng 3)',
			basis: ['N24'],
			evidence: 'C'
		},
		{
			kind: 'substitute',
			from: '2024-02-13',
			to: '2024-02-14',
			occasion: 'tet',
			name: 'Nghỉ bù Tết Nguyên đán',
			basis: ['N24'],
			evidence: 'C',
			note: 'for Tết on Sat 10/02, Sun 11/02'
		},
		{
			kind: 'holiday',
			from: '2024-04-18',
			occasion: 'hung-kings',
			name: 'Giỗ Tổ Hùng Vương',
			basis: ['LC'],
			evidence: 'C'
		},
		{
			kind: 'swap',
			from: '2024-04-29',
			occasion: 'victory',
			name: 'Hoán đổi ngày làm việc dịp 30/4 – 1/5',
			basis: ['V24', 'N24b'],
			evidence: 'C',
			note: 'off Sat 27/04–Wed 01/05'
		},
		{
			kind: 'holiday',
			from: '2024-04-30',
			occasion: 'victory',
			name: 'Ngày Chiến thắng',
			basis: ['LC'],
			evidence: 'C'
		},
		{
			kind: 'holiday',
			from: '2024-05-01',
			occasion: 'labour',
			name: 'Ngày Quốc tế lao động',
			basis: ['LC'],
			evidence: 'C'
		},
		{
			kind: 'makeup',
			from: '2024-05-04',
			occasion: 'victory',
			name: 'Làm bù cho thứ Hai 29/04',
			basis: ['V24'],
			evidence: 'C'
		},
		{
			kind: 'holiday',
			from: '2024-09-02',
			to: '2024-09-03',
			occasion: 'national-day',
			name: 'Quốc khánh (2/9 và ngày liền sau)',
			basis: ['N24'],
			evidence: 'C'
		}
	]
} satisfies CalendarYearSource;
