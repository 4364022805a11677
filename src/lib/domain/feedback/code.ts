/**
 * The code of a feedback (mã phản ánh): `PA-<yyMMdd>-<NNNN>`, the day it was received and a
 * number from the desk's own block of the office's daily sequence (domain.md §9.1, ADR 13), so
 * two laptops offline never give one code twice. Separate from the dossier codes: feedback has
 * its own series, and the letters tell the two apart at a glance.
 */
import { codeDate } from '../codes';
import { isIsoDate, type IsoDate } from '../time';

export const FEEDBACK_CODE_PREFIX = 'PA';
const CODE_RE = /^PA-(\d{6})-(\d{4,})$/;

/** `PA-<yyMMdd>-` of a day: every code of that day starts with it. */
export function feedbackCodeDayPrefix(date: IsoDate): string {
	return `${FEEDBACK_CODE_PREFIX}-${codeDate(date)}-`;
}

export function formatFeedbackCode(date: IsoDate, sequence: number): string {
	if (!Number.isSafeInteger(sequence) || sequence < 1) {
		throw new RangeError(`Sequence must be a positive integer: ${sequence}`);
	}
	return `${feedbackCodeDayPrefix(date)}${String(sequence).padStart(4, '0')}`;
}

export function parseFeedbackCode(
	code: string
): { readonly date: IsoDate; readonly sequence: number } | null {
	const m = CODE_RE.exec(code.trim().toUpperCase());
	if (m === null) return null;
	const d = m[1] as string;
	const date = `20${d.slice(0, 2)}-${d.slice(2, 4)}-${d.slice(4, 6)}`;
	const sequence = Number(m[2]);
	if (!isIsoDate(date) || !Number.isSafeInteger(sequence) || sequence < 1) return null;
	return { date, sequence };
}

/**
 * The next number of a desk's block on a day after `lastUsed` (null: none used yet), or null
 * when the block is used up.
 */
export function nextFeedbackSequence(
	range: { readonly first: number; readonly last: number },
	lastUsed: number | null
): number | null {
	const next = lastUsed === null ? range.first : Math.max(range.first, lastUsed + 1);
	return next > range.last ? null : next;
}
