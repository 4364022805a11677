/** Days off 2022 (domain.md §11.4). */
import type { CalendarYearSource } from '../calendar-year';
import { BASES } from './bases';

export const year2022 = {
	year: 2022,
	status: 'verified',
	bases: { V22: BASES.V22, N22: BASES.N22, LC: BASES.LC },
	entries: [
		{
			kind: 'substitute',
			from: '2022-01-03',
			occasion: 'new-year',
			name: 'Nghỉ bù Tết Dương lịch',
			basis: ['LC'],
			evidence: 'R',
			note: 'for Sat 01/01'
		},
		{
			kind: 'holiday',
			from: '2022-01-31',
			to: '2022-02-04',
			occasion: 'tet',
			name: 'Tết Nguyên đán (29 Chạp–mùng 4)',
			basis: ['V22', 'N22'],
			evidence: 'C',
			note: 'off Sat 29/01–Sun 06/02'
		},
		{
			kind: 'substitute',
			from: '2022-04-11',
			occasion: 'hung-kings',
			name: 'Nghỉ bù Giỗ Tổ Hùng Vương',
			basis: ['LC'],
			evidence: 'C',
			note: 'Giỗ Tổ on Sun 10/04'
		},
		{
			kind: 'substitute',
			from: '2022-05-02',
			occasion: 'victory',
			name: 'Nghỉ bù Ngày Chiến thắng',
			basis: ['LC'],
			evidence: 'C',
			note: 'for Sat 30/04'
		},
		{
			kind: 'substitute',
			from: '2022-05-03',
			occasion: 'labour',
			name: 'Nghỉ bù Ngày Quốc tế lao động',
			basis: ['LC'],
			evidence: 'C',
			note: 'for Sun 01/05'
		},
		{
			kind: 'holiday',
			from: '2022-09-01',
			to: '2022-09-02',
			occasion: 'national-day',
			name: 'Quốc khánh (ngày liền trước và 2/9)',
			basis: ['V22'],
			evidence: 'C'
		}
	]
} satisfies CalendarYearSource;
