/**
 * Numbers written the Vietnamese way for reports (domain.md §8, §14): `.` groups thousands,
 * `,` marks decimals, a space before `%`.
 */

const formatters = new Map<number, Intl.NumberFormat>();

function formatter(decimals: number): Intl.NumberFormat {
	let f = formatters.get(decimals);
	if (f === undefined) {
		f = new Intl.NumberFormat('vi-VN', {
			minimumFractionDigits: decimals,
			maximumFractionDigits: decimals,
			useGrouping: true
		});
		formatters.set(decimals, f);
	}
	return f;
}

/** `47540` → `47.540` (report figures, domain.md §8); `decimals` fixes the digits after the comma. */
export function formatVnNumber(value: number, decimals = 0): string {
	return formatter(decimals).format(value);
}

/** `36.08` → `36,08 %` (shares of §7/§10, 2 decimals); null (no basis) → `–`. */
export function formatVnPercent(value: number | null, decimals = 2): string {
	return value === null ? '–' : `${formatVnNumber(value, decimals)} %`;
}
