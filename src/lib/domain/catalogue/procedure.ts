/**
 * Reading catalogue procedures (architecture.md §3): the desk loads them from the bundled demo
 * province today and from the provincial catalogue database later, so every entry goes through
 * the same checks before a dossier can snapshot it.
 */
import * as v from 'valibot';
import { foldForSearch } from '../applicant/name';
import type { Procedure, ProcedureStep, ProcedureTime } from '../model';
import { ProcedureSchema, type CatalogueProcedure } from './schema';

export type ParseProcedureResult =
	| { readonly ok: true; readonly value: CatalogueProcedure }
	| { readonly ok: false; readonly error: 'procedure-invalid'; readonly issues: string[] };

export type ParseProcedureListResult =
	| { readonly ok: true; readonly value: readonly CatalogueProcedure[] }
	| { readonly ok: false; readonly error: 'procedure-invalid'; readonly issues: string[] };

/** `path: message` for one valibot issue; the path tells an administrator which field to fix. */
export function formatIssue(issue: v.BaseIssue<unknown>): string {
	return `${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`;
}

/**
 * Why a procedure's inter-agency steps (domain.md §6.5) cannot be scheduled: each step's due time
 * is computed from the previous one in the same unit, and together they must fit in the time the
 * applicant was promised. Steps on a same-day or no-date procedure have nothing to split.
 */
export function stepIssues(time: ProcedureTime, steps: readonly ProcedureStep[]): string[] {
	if (steps.length === 0) return [];
	if (time.unit === 'same-day' || time.unit === 'none') {
		return [`steps: a ${time.unit} procedure cannot be split into steps`];
	}
	const issues: string[] = [];
	let total = 0;
	steps.forEach((step, i) => {
		if (step.time.unit !== time.unit) {
			issues.push(
				`steps.${i}.time.unit: ${step.time.unit} differs from the procedure's ${time.unit}`
			);
		} else {
			total += step.time.amount;
		}
	});
	if (issues.length === 0 && total > time.amount) {
		issues.push(
			`steps: the steps take ${total} ${time.unit}, more than the ${time.amount} allowed`
		);
	}
	return issues;
}

/** Component ids are what a received dossier records (`ReceivedComponent`), so they must be unique. */
function componentIssues(p: Procedure): string[] {
	const seen = new Set<string>();
	const issues: string[] = [];
	p.components.forEach((c, i) => {
		if (seen.has(c.id)) issues.push(`components.${i}.id: ${c.id} appears twice`);
		seen.add(c.id);
	});
	return issues;
}

/** Validates one catalogue entry: its shape (model.ts) and the cross-field rules above. */
export function parseProcedure(input: unknown): ParseProcedureResult {
	const parsed = v.safeParse(ProcedureSchema, input);
	if (!parsed.success) {
		return { ok: false, error: 'procedure-invalid', issues: parsed.issues.map(formatIssue) };
	}
	const issues = [
		...componentIssues(parsed.output),
		...stepIssues(parsed.output.time, parsed.output.steps)
	];
	if (issues.length > 0) return { ok: false, error: 'procedure-invalid', issues };
	return { ok: true, value: parsed.output };
}

/**
 * Validates a whole catalogue file: every entry, and one entry per national code, since a dossier
 * refers to its procedure by code and version. Issues are prefixed with the entry's position.
 */
export function parseProcedureList(input: unknown): ParseProcedureListResult {
	if (!Array.isArray(input)) {
		return { ok: false, error: 'procedure-invalid', issues: ['(root): must be an array'] };
	}
	const issues: string[] = [];
	const value: CatalogueProcedure[] = [];
	const seen = new Set<string>();
	input.forEach((entry: unknown, i) => {
		const parsed = parseProcedure(entry);
		if (!parsed.ok) {
			issues.push(...parsed.issues.map((issue) => `[${i}] ${issue}`));
			return;
		}
		if (seen.has(parsed.value.code)) issues.push(`[${i}] code: ${parsed.value.code} appears twice`);
		seen.add(parsed.value.code);
		value.push(parsed.value);
	});
	return issues.length > 0
		? { ok: false, error: 'procedure-invalid', issues }
		: { ok: true, value };
}

/**
 * Name, code and sector folded for search without accents (domain.md §12): officers type
 * "dang ky khai sinh", "1.001193" or "ho tich" on keyboards without Vietnamese input.
 */
export function procedureSearchText(p: Pick<Procedure, 'name' | 'code' | 'sector'>): string {
	return foldForSearch(`${p.name} ${p.code} ${p.sector}`);
}
