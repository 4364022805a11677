/**
 * Numbers as the reader expects them: Vietnamese `47.540` and `36,08 %`, English `47,540` and
 * `36.08 %`. Percentages keep a space before the sign in both, as Vietnamese documents write it.
 */
import type { Locale } from './index';

const TAG: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' };

export function formatNumber(value: number, lang: Locale, fractionDigits = 0): string {
	return new Intl.NumberFormat(TAG[lang], {
		minimumFractionDigits: fractionDigits,
		maximumFractionDigits: fractionDigits
	}).format(value);
}

/** `ratio` 0.3608 → "36,08 %" (vi) / "36.08 %" (en). */
export function formatPercent(ratio: number, lang: Locale, fractionDigits = 2): string {
	return `${formatNumber(ratio * 100, lang, fractionDigits)} %`;
}

const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'] as const;

/** Bytes in the largest unit that keeps the number at or above 1, one decimal from KB up. */
export function formatBytes(bytes: number, lang: Locale): string {
	let value = bytes;
	let unit = 0;
	while (value >= 1024 && unit < UNITS.length - 1) {
		value /= 1024;
		unit += 1;
	}
	return `${formatNumber(value, lang, unit === 0 ? 0 : 1)} ${UNITS[unit]}`;
}
