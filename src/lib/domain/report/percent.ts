/**
 * Shares rounded half-up to 2 decimals with integer arithmetic only, so 16,787 / 46,528 gives
 * exactly 36.08 (domain.md §7 "percentages are shares of resolved", §14).
 */

/**
 * `numerator / denominator` rounded half-up to an integer (both non-negative safe integers), the
 * rounding of the published figures, domain.md §14.
 */
export function roundHalfUp(numerator: number, denominator: number): number {
	if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || denominator <= 0) {
		throw new Error(`roundHalfUp needs safe integers and a positive denominator`);
	}
	const n = 2 * numerator + denominator;
	const d = 2 * denominator;
	return (n - (n % d)) / d;
}

/** Hundredths of a percent of `part` in `whole`, half-up; null when `whole` is 0. */
export function percentHundredths(part: number, whole: number): number | null {
	return whole === 0 ? null : roundHalfUp(part * 10_000, whole);
}

/** `part` as a percentage of `whole`, 2 decimals, half-up (e.g. 36.08); null when `whole` is 0. */
export function percentOf(part: number, whole: number): number | null {
	const hundredths = percentHundredths(part, whole);
	return hundredths === null ? null : hundredths / 100;
}

/** `part / whole × max`, 2 decimals, half-up (a score such as QĐ 766's out of 20). */
export function scoreOf(part: number, whole: number, max: number): number | null {
	return whole === 0 ? null : roundHalfUp(part * max * 100, whole) / 100;
}
