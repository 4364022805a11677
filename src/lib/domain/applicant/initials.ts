/**
 * A name reduced to the first letter of each word, for screens that citizens read at a kiosk
 * (domain.md §12, personal-data law 91/2025/QH15): "Nguyễn Thị Ánh" → "N*** T** Á**". The stars
 * stand for at most three letters, so long words do not give their length away.
 */
import { normaliseName } from './name';

const MAX_STARS = 3;
/** A first letter with its combining marks, or a digit; anything else is starred too. */
const FIRST = /^(?:\p{L}\p{M}*|\p{N})/u;
/** Control and format characters (bidi overrides, zero-width marks) are dropped first. */
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;

/** Each word as its first letter followed by 1–3 stars; words without a letter become stars. */
export function maskedInitials(fullName: string): string {
	return normaliseName(fullName.replace(INVISIBLE, ' '))
		.split(' ')
		.filter((word) => word !== '')
		.map((word) => {
			const first = FIRST.exec(word)?.[0] ?? '';
			const rest = Array.from(word.slice(first.length)).length;
			const stars = Math.max(1, Math.min(rest, MAX_STARS));
			return first.toUpperCase() + '*'.repeat(first === '' ? Math.min(rest, MAX_STARS) : stars);
		})
		.join(' ');
}
