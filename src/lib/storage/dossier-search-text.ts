/**
 * What the one search box of the dossier list holds, told apart by its shape (architecture.md §7
 * "search by code, citizen ID or name without diacritics"), and the index ranges that find it.
 */
import type { Collection } from 'dexie';
import { searchTokens } from '$lib/domain/applicant';
import type { DossierRow, ReadModelDb } from './read-model';

/**
 * - `id`: digits only, a citizen ID (or the start of a code whose agency part is numeric);
 * - `code`: letters, digits, dots and hyphens with at least one digit, a dossier code (or a
 *   passport number);
 * - `name`: anything else, searched without diacritics.
 * Codes and IDs are both looked up for `id` and `code`.
 */
export const SEARCH_KINDS = ['none', 'id', 'code', 'name'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export function searchKind(text: string): SearchKind {
	const t = text.trim();
	if (t === '') return 'none';
	if (/^\d+$/u.test(t)) return 'id';
	if (/^[0-9A-Za-z.-]+$/u.test(t) && /\d/u.test(t)) return 'code';
	return 'name';
}

/** The variants a code or ID prefix is looked up with: upper-case (as codes are) and as typed. */
export function numberPrefixes(text: string): string[] {
	const t = text.trim();
	return [...new Set([t.toUpperCase(), t])];
}

type TextFields = Pick<DossierRow, 'code' | 'applicantIdNumber' | 'nameTokens'>;

/**
 * Whether a row matches the text, the rule the index ranges implement: a code or ID that starts
 * with the text as typed or in upper case (codes are upper case, so case does not matter); or
 * every folded query word starting some word of the names.
 */
export function textMatcher(kind: SearchKind, text: string): (row: TextFields) => boolean {
	if (kind === 'none') return () => true;
	if (kind === 'name') {
		const tokens = searchTokens(text);
		return (row) => tokens.every((q) => row.nameTokens.some((t) => t.startsWith(q)));
	}
	const ps = numberPrefixes(text);
	return (row) => ps.some((p) => row.code.startsWith(p) || row.applicantIdNumber.startsWith(p));
}

export type DossierRange = Collection<DossierRow, string>;

/** Index ranges whose union holds every code or ID match. */
export function numberRanges(db: ReadModelDb, text: string): DossierRange[] {
	return numberPrefixes(text).flatMap((p) => [
		db.dossiers.where('code').startsWith(p),
		db.dossiers.where('applicantIdNumber').startsWith(p)
	]);
}

/** The query's folded words with the size of their index range, rarest first. */
export async function tokenRanges(
	db: ReadModelDb,
	text: string
): Promise<{ range: DossierRange; count: number }[]> {
	const ranges = searchTokens(text).map((t) => db.dossiers.where('nameTokens').startsWith(t));
	const counts = await Promise.all(ranges.map((r) => r.count()));
	return ranges
		.map((range, i) => ({ range, count: counts[i] ?? 0 }))
		.sort((a, b) => a.count - b.count);
}

/** Codes whose names hold every query word: the token ranges' keys intersected, rarest first. */
export async function nameKeys(db: ReadModelDb, text: string): Promise<Set<string>> {
	let keys: Set<string> | undefined;
	for (const { range } of await tokenRanges(db, text)) {
		const found = await range.primaryKeys();
		const previous = keys;
		keys = new Set(previous ? found.filter((k) => previous.has(k)) : found);
		if (keys.size === 0) break;
	}
	return keys ?? new Set();
}
