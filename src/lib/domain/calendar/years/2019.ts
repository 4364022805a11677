/** Days off 2019 (domain.md §11.4): Labour Code 2012, Quốc khánh 1 day. */
import type { CalendarYearSource } from '../calendar-year';
import { BASES } from './bases';

export const year2019 = {
	year: 2019,
	status: 'verified',
	bases: { V19: BASES.V19, LC: BASES.LC },
	entries: [
		{
			kind: 'swap',
			from: '2018-12-31',
			occasion: 'new-year',
			name: 'Hoán đổi ngày làm việc dịp Tết Dương lịch',
			basis: ['V19'],
			evidence: 'C',
			note: 'off Sat 29/12/2018–Tue 01/01/2019'
		},
		{
			kind: 'holiday',
			from: '2019-01-01',
			occasion: 'new-year',
			name: 'Tết Dương lịch',
			basis: ['V19'],
			evidence: 'C'
		},
		{
			kind: 'makeup',
			from: '2019-01-05',
			occasion: 'new-year',
			name: 'Làm bù cho thứ Hai 31/12/2018',
			basis: ['V19'],
			evidence: 'C'
		},
		{
			kind: 'holiday',
			from: '2019-02-04',
			to: '2019-02-08',
			occasion: 'tet',
			name: 'Tết Nguyên đán',
			basis: ['V19'],
			evidence: 'C',
			note: 'off Sat 02/02–Sun 10/02'
		},
		{
			kind: 'substitute',
			from: '2019-04-15',
			occasion: 'hung-kings',
			name: 'Nghỉ bù Giỗ Tổ Hùng Vương',
			basis: ['LC'],
			evidence: 'C',
			note: 'Giỗ Tổ on Sun 14/04'
		},
		{
			kind: 'swap',
			from: '2019-04-29',
			occasion: 'victory',
			name: 'Hoán đổi ngày làm việc dịp 30/4 – 1/5',
			basis: ['V19'],
			evidence: 'C',
			note: 'off Sat 27/04–Wed 01/05'
		},
		{
			kind: 'holiday',
			from: '2019-04-30',
			occasion: 'victory',
			name: 'Ngày Chiến thắng',
			basis: ['V19'],
			evidence: 'C'
		},
		{
			kind: 'holiday',
			from: '2019-05-01',
			occasion: 'labour',
			name: 'Ngày Quốc tế lao động',
			basis: ['V19'],
			evidence: 'C'
		},
		{
			kind: 'makeup',
			from: '2019-05-04',
			occasion: 'victory',
			name: 'Làm bù cho thứ Hai 29/04',
			basis: ['V19'],
			evidence: 'C'
		},
		{
			kind: 'holiday',
			from: '2019-09-02',
			occasion: 'national-day',
			name: 'Quốc khánh',
			basis: ['LC'],
			evidence: 'C',
			note: '1 day before 2021'
		}
	]
} satisfies CalendarYearSource;
