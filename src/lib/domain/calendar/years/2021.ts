/** Days off 2021 (domain.md §11.4): first year of Labour Code 2019, Quốc khánh 2 days. */
import type { CalendarYearSource } from '../calendar-year';
import { BASES } from './bases';

export const year2021 = {
	year: 2021,
	status: 'verified',
	bases: { N21: BASES.N21, LC: BASES.LC },
	entries: [
		{
			kind: 'holiday',
			from: '2021-01-01',
			occasion: 'new-year',
			name: 'Tết Dương lịch',
			basis: ['LC'],
			evidence: 'C'
		},
		{
			kind: 'holiday',
			from: '2021-02-10',
			to: '2021-02-12',
			occasion: 'tet',
			name: 'Tết Nguyên đán (29 Chạp–mùng 1)',
			basis: ['N21'],
			evidence: 'C'
		},
		{
			kind: 'substitute',
			from: '2021-02-15',
			to: '2021-02-16',
			occasion: 'tet',
			name: 'Nghỉ bù Tết Nguyên đán',
			basis: ['N21'],
			evidence: 'C',
			note: 'for Tết on Sat 13/02, Sun 14/02'
		},
		{
			kind: 'holiday',
			from: '2021-04-21',
			occasion: 'hung-kings',
			name: 'Giỗ Tổ Hùng Vương',
			basis: ['LC'],
			evidence: 'C'
		},
		{
			kind: 'holiday',
			from: '2021-04-30',
			occasion: 'victory',
			name: 'Ngày Chiến thắng',
			basis: ['LC'],
			evidence: 'C'
		},
		{
			kind: 'substitute',
			from: '2021-05-03',
			occasion: 'labour',
			name: 'Nghỉ bù Ngày Quốc tế lao động',
			basis: ['LC'],
			evidence: 'C',
			note: 'for Sat 01/05'
		},
		{
			kind: 'holiday',
			from: '2021-09-02',
			to: '2021-09-03',
			occasion: 'national-day',
			name: 'Quốc khánh (2/9 và ngày liền sau)',
			basis: ['N21'],
			evidence: 'C'
		}
	]
} satisfies CalendarYearSource;
