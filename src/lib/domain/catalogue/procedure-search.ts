/**
 * Finding a procedure at the desk by typing (domain.md §12 search without diacritics): a wrong
 * procedure prints a wrong due date, so the one the officer means must come first. "khai tu"
 * must give "Đăng ký khai tử" before "Đăng ký lại khai tử", however the catalogue words them.
 */
import { foldForSearch, searchTokens } from '../applicant/name';
import type { Procedure } from '../model';

/** Words every catalogue name may start with, which say nothing about the procedure. */
const LEAD = ['thu', 'tuc'];

interface Candidate {
	readonly procedure: Procedure;
	/** The folded words of the name without the leading "Thủ tục". */
	readonly words: readonly string[];
	readonly code: string;
}

/** Folded, ready to rank (build once per catalogue). */
export function searchableProcedures(procedures: readonly Procedure[]): Candidate[] {
	return procedures.map((procedure) => {
		const words = searchTokens(procedure.name);
		const lead = LEAD.every((w, i) => words[i] === w) ? LEAD.length : 0;
		return { procedure, words: words.slice(lead), code: procedure.code.toLowerCase() };
	});
}

/**
 * 0: the code, or the name as typed (whole or its beginning); 1: the words typed, in that order,
 * inside the name; 2: every word typed begins some word of the name or sector; null: no match.
 */
function tierOf(c: Candidate, query: readonly string[], raw: string): 0 | 1 | 2 | null {
	if (raw !== '' && c.code.startsWith(raw)) return 0;
	if (query.length === 0) return null;
	const prefixOf = (word: string, q: string, last: boolean) =>
		last ? word.startsWith(q) : word === q;
	const phraseAt = (start: number) =>
		query.every((q, i) => {
			const word = c.words[start + i];
			return word !== undefined && prefixOf(word, q, i === query.length - 1);
		});
	if (phraseAt(0)) return 0;
	for (let start = 1; start + query.length <= c.words.length; start += 1) {
		if (phraseAt(start)) return 1;
	}
	const haystack = [...c.words, ...searchTokens(c.procedure.sector)];
	return query.every((q) => haystack.some((w) => w.startsWith(q))) ? 2 : null;
}

/**
 * The procedures matching `query`, best first: by tier, then by how few words of the name the
 * officer did not type (the plain procedure before its variants), then by how often this desk
 * received each (`usage`, by code), then by name.
 */
export function rankProcedures(
	candidates: readonly Candidate[],
	query: string,
	usage: ReadonlyMap<string, number> = new Map()
): Procedure[] {
	const words = searchTokens(query);
	const raw = foldForSearch(query).trim();
	const ranked: { c: Candidate; tier: number; extra: number; used: number }[] = [];
	for (const c of candidates) {
		const tier = tierOf(c, words, raw);
		if (tier === null) continue;
		const extra = c.words.filter((w) => !words.some((q) => w.startsWith(q))).length;
		ranked.push({ c, tier, extra, used: usage.get(c.procedure.code) ?? 0 });
	}
	return ranked
		.sort(
			(a, b) =>
				a.tier - b.tier ||
				a.extra - b.extra ||
				b.used - a.used ||
				a.c.procedure.name.localeCompare(b.c.procedure.name, 'vi')
		)
		.map((r) => r.c.procedure);
}
