/**
 * Days off 2026 (domain.md §11.4); first year of Ngày Văn hóa Việt Nam (24/11, from 01/07/2026).
 * A swap of Mon 23/11 was proposed but not decided in the sources: not listed.
 */
import type { CalendarYearSource } from '../calendar-year';
import { BASES } from './bases';

export const year2026 = {
	year: 2026,
	status: 'verified',
	bases: { V26: BASES.V26, N26: BASES.N26, N26b: BASES.N26b, NQ28: BASES.NQ28, LC: BASES.LC },
	entries: [
		{
			kind: 'holiday',
			from: '2026-01-01',
			occasion: 'new-year',
			name: 'Tết Dương lịch',
			basis: ['LC'],
			evidence: 'C'
		},
		{
			kind: 'swap',
			from: '2026-01-02',
			occasion: 'new-year',
			name: 'Hoán đổi ngày làm việc dịp Tết Dương lịch',
			basis: ['V26'],
			evidence: 'C',
			note: 'off Thu 01/01–Sun 04/01'
		},
		{
			kind: 'makeup',
			from: '2026-01-10',
			occasion: 'new-year',
			name: 'Làm bù cho thứ Sáu 02/01',
			basis: ['V26'],
			evidence: 'C'
		},
		{
			kind: 'holiday',
			from: '2026-02-16',
			to: '2026-02-20',
			occasion: 'tet',
			name: 'Tết Nguyên đán (29 Chạp–mùng 4)',
			basis: ['N26'],
			evidence: 'C',
			note: 'off Sat 14/02–Sun 22/02'
		},
		{
			kind: 'substitute',
			from: '2026-04-27',
			occasion: 'hung-kings',
			name: 'Nghỉ bù Giỗ Tổ Hùng Vương',
			basis: ['LC'],
			evidence: 'C',
			note: 'Giỗ Tổ on Sun 26/04'
		},
		{
			kind: 'holiday',
			from: '2026-04-30',
			occasion: 'victory',
			name: 'Ngày Chiến thắng',
			basis: ['LC'],
			evidence: 'C',
			note: 'no swap (N26b)'
		},
		{
			kind: 'holiday',
			from: '2026-05-01',
			occasion: 'labour',
			name: 'Ngày Quốc tế lao động',
			basis: ['LC'],
			evidence: 'C'
		},
		{
			kind: 'makeup',
			from: '2026-08-22',
			occasion: 'national-day',
			name: 'Làm bù cho thứ Hai 31/08',
			basis: ['N26'],
			evidence: 'C'
		},
		{
			kind: 'swap',
			from: '2026-08-31',
			occasion: 'national-day',
			name: 'Hoán đổi ngày làm việc dịp Quốc khánh',
			basis: ['N26'],
			evidence: 'C',
			note: 'off Sat 29/08–Wed 02/09'
		},
		{
			kind: 'holiday',
			from: '2026-09-01',
			to: '2026-09-02',
			occasion: 'national-day',
			name: 'Quốc khánh (ngày liền trước và 2/9)',
			basis: ['N26'],
			evidence: 'C'
		},
		{
			kind: 'holiday',
			from: '2026-11-24',
			occasion: 'culture-day',
			name: 'Ngày Văn hóa Việt Nam',
			basis: ['NQ28'],
			evidence: 'C',
			note: 'first year'
		}
	]
} satisfies CalendarYearSource;
