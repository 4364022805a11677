/**
 * Names and free text of applicants, domain.md §12: stored in Unicode NFC with single spaces,
 * printed upper-case on forms, and folded (no diacritics, đ → d) for search without accents
 * (architecture.md §7 "search by … name without diacritics").
 */

/** NFC, trimmed, inner runs of white space collapsed to one space (domain.md §12 "Full name"). */
export function normaliseName(value: string): string {
	return value.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** The name as printed on forms: normalised and upper-case (domain.md §12). */
export function printedName(value: string): string {
	return normaliseName(value).toUpperCase();
}

/**
 * Lower-case text without Vietnamese diacritics, for search (domain.md §12, §2 glossary):
 * "Nguyễn Thị Ánh" → "nguyen thi anh"; đ/Đ → d, which Unicode does not decompose.
 */
export function foldForSearch(value: string): string {
	return normaliseName(value)
		.replace(/[đĐ]/gu, 'd')
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase();
}

/**
 * Distinct folded words of a text, in first-seen order, for a search index (domain.md §12):
 * punctuation separates words, so "Lê-Văn  Đức," gives ["le", "van", "duc"].
 */
export function searchTokens(value: string): string[] {
	const words = foldForSearch(value)
		.split(/[^\p{L}\p{N}]+/u)
		.filter((w) => w !== '');
	return [...new Set(words)];
}

/** Whether every token of `query` starts some token of `text` (both folded), domain.md §12. */
export function matchesSearch(text: string, query: string): boolean {
	const haystack = searchTokens(text);
	return searchTokens(query).every((q) => haystack.some((t) => t.startsWith(q)));
}
