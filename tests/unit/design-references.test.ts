import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The design documents are in docs/: domain.md, architecture.md and style.md. Comments, tests and
 * other documents cite them as `domain.md §6.2`, `architecture.md §4–§6` or `domain.md §4.2, §6.3`,
 * which always means the file in docs/ (the convention stated at the top of each document). Every
 * cited section must have a numbered heading there (`## 6. Time rules`, `### 6.2 Start of the
 * clock`), and nothing may send a reader to the notes that once lived outside the repository.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const THIS_FILE = relative(ROOT, fileURLToPath(import.meta.url));
const DOCS = ['domain', 'architecture', 'style'] as const;
type Doc = (typeof DOCS)[number];

/** Folders that are generated, installed or not part of the project's text. */
const SKIPPED_DIRS = new Set([
	'node_modules',
	'.git',
	'.svelte-kit',
	'build',
	'build-next',
	'coverage',
	'data',
	'test-results',
	'playwright-report',
	'tmp',
	'.exp'
]);
const TEXT_EXTENSIONS = new Set([
	'.ts',
	'.js',
	'.mjs',
	'.cjs',
	'.svelte',
	'.md',
	'.json',
	'.html',
	'.css',
	'.yml',
	'.yaml',
	'.sh'
]);
const SKIPPED_FILES = new Set(['package-lock.json', THIS_FILE]);

/** Every text file of the project, relative to its root, `/`-separated. */
function projectFiles(dir = ROOT): string[] {
	const files: string[] = [];
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		const rel = relative(ROOT, path).split(sep).join('/');
		if (entry.isDirectory()) {
			if (!SKIPPED_DIRS.has(entry.name) && !entry.name.startsWith('build-')) {
				files.push(...projectFiles(path));
			}
		} else if (
			entry.isFile() &&
			!SKIPPED_FILES.has(rel) &&
			(TEXT_EXTENSIONS.has(extname(entry.name)) || rel.startsWith('.ci/'))
		) {
			files.push(rel);
		}
	}
	return files;
}

const NUM = String.raw`\d+(?:\.\d+)*`;
/** A space, or a line break with the next line's comment marker (`*`, `//`): citations wrap. */
const _ = String.raw`(?:[ \t]|\r?\n[ \t]*(?:\*(?!\/)|\/\/)?[ \t]*)`;
/** `§5`, `§6.2`, or a range `§4–§6` / `§6.1-6.3`. */
const SECTION = String.raw`§${NUM}(?:${_}?[–-]${_}?§?${NUM})?`;
/** Between two sections of one citation: `, ` · ` and ` · `/` · ` or `. */
const JOIN = String.raw`(?:${_}?,${_}?|${_}?\/${_}?|,?${_}+(?:and|or)${_}+)`;
const CITATION = new RegExp(
	String.raw`\b(domain|architecture|style)\.md\`?${_}+(${SECTION}(?:${JOIN}${SECTION})*)`,
	'g'
);
const SECTION_NUMBERS = new RegExp(String.raw`(${NUM})(?:\s*[–-]\s*§?(${NUM}))?`, 'g');

interface Citation {
	readonly doc: Doc;
	/** 1-based line where the citation starts. */
	readonly line: number;
	/** Every section number named, both ends of a range included. */
	readonly sections: readonly string[];
	readonly text: string;
}

/** The citations of design documents in a text, wrapped ones included. */
function citationsIn(text: string): Citation[] {
	const found: Citation[] = [];
	for (const m of text.matchAll(CITATION)) {
		const sections: string[] = [];
		for (const s of (m[2] ?? '').matchAll(SECTION_NUMBERS)) {
			if (s[1] !== undefined) sections.push(s[1]);
			if (s[2] !== undefined) sections.push(s[2]);
		}
		const line = text.slice(0, m.index).split('\n').length;
		const oneLine = m[0].replace(/\s*\r?\n[ \t]*(?:\*(?!\/)|\/\/)?[ \t]*/g, ' ');
		found.push({ doc: m[1] as Doc, line, sections, text: oneLine });
	}
	return found;
}

/** The numbers of a markdown document's numbered headings: `## 4. Lifecycle` → `4`. */
function headingNumbers(markdown: string): Set<string> {
	const numbers = new Set<string>();
	for (const m of markdown.matchAll(/^#{1,6}\s+(\d+(?:\.\d+)*)\.?\s/gm)) {
		if (m[1] !== undefined) numbers.add(m[1]);
	}
	return numbers;
}

/** `file:line: "citation" names §x, …` for each cited section without a heading in its document. */
function problemsIn(
	file: string,
	text: string,
	headings: Readonly<Record<Doc, ReadonlySet<string>>>
): { count: number; problems: string[] } {
	const citations = citationsIn(text);
	const problems: string[] = [];
	for (const c of citations) {
		const missing = c.sections.filter((s) => !headings[c.doc].has(s));
		if (missing.length > 0) {
			const named = missing.map((s) => `§${s}`).join(', ');
			problems.push(
				`${file}:${c.line}: "${c.text}" names ${named}, not a heading of docs/${c.doc}.md`
			);
		}
	}
	return { count: citations.length, problems };
}

describe('citations of the design documents', () => {
	it('reads single sections, ranges and lists', () => {
		const sections = (line: string) => citationsIn(line).map((c) => [c.doc, c.sections]);
		expect(sections('due date counts working days, domain.md §6.2.')).toEqual([
			['domain', ['6.2']]
		]);
		expect(sections('(architecture.md §4–§6, issue 5)')).toEqual([['architecture', ['4', '6']]]);
		expect(sections('domain.md §4.2, §6.3, §6.4, §10')).toEqual([
			['domain', ['4.2', '6.3', '6.4', '10']]
		]);
		expect(sections('domain.md §5 and §5.7; `style.md` §2')).toEqual([
			['domain', ['5', '5.7']],
			['style', ['2']]
		]);
		expect(sections('domain.md §3/§4.2 and architecture.md §2–§3')).toEqual([
			['domain', ['3', '4.2']],
			['architecture', ['2', '3']]
		]);
		expect(sections('domain.md §6.1-6.3 T14/T15; style.md "Habits"')).toEqual([
			['domain', ['6.1', '6.3']]
		]);
		expect(
			sections('/**\n * rules of domain.md §4.2, §6.3,\n * §10 and domain.md\n * §12.1.\n */')
		).toEqual([
			['domain', ['4.2', '6.3', '10']],
			['domain', ['12.1']]
		]);
	});

	it('finds the numbered headings of a document', () => {
		const numbers = headingNumbers('# Title\n\n## 4. Lifecycle\n\n### 4.3 Related\n\n## Notes\n');
		expect([...numbers]).toEqual(['4', '4.3']);
	});

	it('reports a citation whose section has no heading, naming file and line', () => {
		const headings = {
			domain: new Set(['4', '4.2', '6']),
			architecture: new Set(['4', '5']),
			style: new Set<string>()
		};
		const text =
			'/**\n * See domain.md §4.2, §4.3 and architecture.md §4–§6; domain.md\n * §7.\n */';
		expect(problemsIn('src/x.ts', text, headings)).toEqual({
			count: 3,
			problems: [
				'src/x.ts:2: "domain.md §4.2, §4.3" names §4.3, not a heading of docs/domain.md',
				'src/x.ts:2: "architecture.md §4–§6" names §6, not a heading of docs/architecture.md',
				'src/x.ts:2: "domain.md §7" names §7, not a heading of docs/domain.md'
			]
		});
	});

	it('every citation in the project names a section that docs/ has a heading for', () => {
		const headings = Object.fromEntries(
			DOCS.map((doc) => [
				doc,
				headingNumbers(readFileSync(join(ROOT, 'docs', `${doc}.md`), 'utf8'))
			])
		) as Record<Doc, Set<string>>;
		expect(headings.domain.has('4.2')).toBe(true);
		expect(headings.architecture.has('5')).toBe(true);
		let count = 0;
		const problems: string[] = [];
		for (const file of projectFiles()) {
			const found = problemsIn(file, readFileSync(join(ROOT, file), 'utf8'), headings);
			count += found.count;
			problems.push(...found.problems);
		}
		// The walk found the project's citations (hundreds), so an empty list of problems means something.
		expect(count).toBeGreaterThan(100);
		expect(problems).toEqual([]);
	});

	it('no file outside .ci/ sends a reader to the notes outside the repository', () => {
		const needle = ['shared', 'docs'].join('/');
		const mentions = projectFiles()
			.filter((file) => !file.startsWith('.ci/'))
			.flatMap((file) =>
				readFileSync(join(ROOT, file), 'utf8')
					.split('\n')
					.flatMap((line, i) => (line.includes(needle) ? [`${file}:${i + 1}: ${line.trim()}`] : []))
			);
		expect(mentions).toEqual([]);
	});
});
