/// <reference types="node" />
/**
 * axe-core (a third-party accessibility engine, issue 15) run in the page as it stands: WCAG 2.0
 * and 2.1, levels A and AA. Every violation is listed with its rule, impact and the elements.
 */
import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

interface Violation {
	readonly id: string;
	readonly impact: string | null;
	readonly help: string;
	readonly nodes: readonly string[];
}

/** The violations axe finds on the page now (its script is added once per document). */
export async function axeViolations(page: Page): Promise<Violation[]> {
	const loaded = await page.evaluate(() => 'axe' in window);
	if (!loaded) await page.addScriptTag({ content: source });
	return page.evaluate(
		async (tags) => {
			const axe = (window as unknown as { axe: { run: (...a: unknown[]) => Promise<unknown> } })
				.axe;
			const result = (await axe.run(document, { runOnly: { type: 'tag', values: tags } })) as {
				violations: {
					id: string;
					impact: string | null;
					help: string;
					nodes: { target: unknown[] }[];
				}[];
			};
			return result.violations.map((v) => ({
				id: v.id,
				impact: v.impact,
				help: v.help,
				nodes: v.nodes.map((n) => n.target.map(String).join(' '))
			}));
		},
		[...AXE_TAGS]
	);
}

/** Fails with the list of violations of the page in the state `what` names. */
export async function expectAccessible(page: Page, what: string): Promise<void> {
	const violations = await axeViolations(page);
	const lines = violations.map(
		(v) => `${v.id} (${v.impact ?? '?'}): ${v.help} — ${v.nodes.slice(0, 5).join(', ')}`
	);
	expect(lines, `axe on ${what}`).toEqual([]);
}
