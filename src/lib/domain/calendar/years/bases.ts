/**
 * Documents behind the built-in calendars, by the basis codes of domain.md §11.4.
 * Numbers seen in one secondary source only are marked there [R]; entries carry that marker.
 */
export const BASES = {
	LC: 'Bộ luật Lao động (ngày nghỉ lễ, tết; nghỉ bù khi trùng ngày nghỉ hằng tuần)',
	V19: 'Công văn 6519/VPCP-KGVX (11/07/2018)',
	N20: 'Thông báo 4544 của Bộ LĐTBXH (25/10/2019)',
	N21: 'Thông báo 4875/TB-LĐTBXH',
	V22: 'Công văn 245/VPCP-KGVX (11/01/2022)',
	N22: 'Thông báo 119/TB-LĐTBXH',
	V23: 'Công văn 8056/VPCP-KGVX (01/12/2022)',
	N23: 'Thông báo 5034/TB-LĐTBXH',
	N24: 'Thông báo 5015/TB-LĐTBXH (22/11/2023)',
	V24: 'Công văn 2450/VPCP-KGVX (12/04/2024)',
	N24b: 'Thông báo 1570/TB-LĐTBXH',
	V25: 'Công văn 8726/VPCP-KGVX (26/11/2024)',
	N25: 'Thông báo 6150/TB-BLĐTBXH (12/2024)',
	N26: 'Thông báo 9441/TB-BNV (16/10/2025)',
	V26: 'Công văn 12729/VPCP-KGVX (25/12/2025)',
	N26b: 'Công văn 3383/BNV-CVL (10/04/2026)',
	NQ28: 'Nghị quyết 28/2026/QH16'
} as const;

/** Vietnamese names of the holidays (data, shown as is). */
export const HOLIDAY_NAMES = {
	'new-year': 'Tết Dương lịch',
	tet: 'Tết Nguyên đán',
	'hung-kings': 'Giỗ Tổ Hùng Vương',
	victory: 'Ngày Chiến thắng',
	labour: 'Ngày Quốc tế lao động',
	'national-day': 'Quốc khánh',
	'culture-day': 'Ngày Văn hóa Việt Nam'
} as const;
