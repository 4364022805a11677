/** Days off 2020 (domain.md §11.4): Labour Code 2012, Quốc khánh 1 day; the seed year. */
import type { CalendarYearSource } from '../calendar-year';
import { BASES } from './bases';

export const year2020 = {
	year: 2020,
	status: 'verified',
	bases: { N20: BASES.N20, LC: BASES.LC },
	entries: [
		{
			kind: 'holiday',
			from: '2020-01-01',
			occasion: 'new-year',
			name: 'Tết Dương lịch',
			basis: ['LC'],
			evidence: 'C',
			note: 'no bridge'
		},
		{
			kind: 'holiday',
			from: '2020-01-23',
			to: '2020-01-24',
			occasion: 'tet',
			name: 'Tết Nguyên đán (29–30 Chạp)',
			basis: ['N20'],
			evidence: 'C'
		},
		{
			kind: 'holiday',
			from: '2020-01-27',
			occasion: 'tet',
			name: 'Tết Nguyên đán (mùng 3)',
			basis: ['N20'],
			evidence: 'C'
		},
		{
			kind: 'substitute',
			from: '2020-01-28',
			to: '2020-01-29',
			occasion: 'tet',
			name: 'Nghỉ bù Tết Nguyên đán',
			basis: ['N20'],
			evidence: 'C',
			note: 'for Tết on Sat 25/01, Sun 26/01'
		},
		{
			kind: 'holiday',
			from: '2020-04-02',
			occasion: 'hung-kings',
			name: 'Giỗ Tổ Hùng Vương',
			basis: ['LC'],
			evidence: 'C'
		},
		{
			kind: 'holiday',
			from: '2020-04-30',
			occasion: 'victory',
			name: 'Ngày Chiến thắng',
			basis: ['LC'],
			evidence: 'C'
		},
		{
			kind: 'holiday',
			from: '2020-05-01',
			occasion: 'labour',
			name: 'Ngày Quốc tế lao động',
			basis: ['LC'],
			evidence: 'C'
		},
		{
			kind: 'holiday',
			from: '2020-09-02',
			occasion: 'national-day',
			name: 'Quốc khánh',
			basis: ['LC'],
			evidence: 'C',
			note: '1 day before 2021'
		}
	]
} satisfies CalendarYearSource;
