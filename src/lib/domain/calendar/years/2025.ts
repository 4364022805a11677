/** Days off 2025 (domain.md §11.4); the Tết break has no swapped day. */
import type { CalendarYearSource } from '../calendar-year';
import { BASES } from './bases';

export const year2025 = {
	year: 2025,
	status: 'verified',
	bases: { V25: BASES.V25, N25: BASES.N25, LC: BASES.LC },
	entries: [
		{
			kind: 'holiday',
			from: '2025-01-01',
			occasion: 'new-year',
			name: 'Tết Dương lịch',
			basis: ['LC'],
			evidence: 'C',
			note: 'no bridge'
		},
		{
			kind: 'holiday',
			from: '2025-01-27',
			to: '2025-01-31',
			occasion: 'tet',
			name: 'Tết Nguyên đán (28 Chạp–mùng 3)',
			basis: ['V25', 'N25'],
			evidence: 'C',
			note: 'off Sat 25/01–Sun 02/02'
		},
		{
			kind: 'holiday',
			from: '2025-04-07',
			occasion: 'hung-kings',
			name: 'Giỗ Tổ Hùng Vương',
			basis: ['LC'],
			evidence: 'C'
		},
		{
			kind: 'makeup',
			from: '2025-04-26',
			occasion: 'labour',
			name: 'Làm bù cho thứ Sáu 02/05',
			basis: ['N25'],
			evidence: 'C'
		},
		{
			kind: 'holiday',
			from: '2025-04-30',
			occasion: 'victory',
			name: 'Ngày Chiến thắng',
			basis: ['LC'],
			evidence: 'C'
		},
		{
			kind: 'holiday',
			from: '2025-05-01',
			occasion: 'labour',
			name: 'Ngày Quốc tế lao động',
			basis: ['LC'],
			evidence: 'C'
		},
		{
			kind: 'swap',
			from: '2025-05-02',
			occasion: 'labour',
			name: 'Hoán đổi ngày làm việc dịp 30/4 – 1/5',
			basis: ['N25'],
			evidence: 'C',
			note: 'off Wed 30/04–Sun 04/05'
		},
		{
			kind: 'holiday',
			from: '2025-09-01',
			to: '2025-09-02',
			occasion: 'national-day',
			name: 'Quốc khánh (ngày liền trước và 2/9)',
			basis: ['N25'],
			evidence: 'C',
			note: 'off Sat 30/08–Tue 02/09'
		}
	]
} satisfies CalendarYearSource;
