/**
 * The office validation carries a copy of the lifecycle's roles (CouchDB cannot import the app):
 * it must stay equal to the table in src/lib/domain/lifecycle/states.ts, and name the same kinds
 * as the domain's events. Its text must also be plain ES5 for older CouchDB JavaScript engines.
 */
import { parse } from 'espree';
import { describe, expect, it } from 'vitest';
import {
	LIFECYCLE_ACTIONS,
	TRANSITIONS,
	type IntakeAction
} from '../../src/lib/domain/lifecycle/states';
import {
	FEEDBACK_INTAKE_ROLES,
	FEEDBACK_STEP_KINDS,
	feedbackStepRoles
} from '../../src/lib/domain/feedback';
import {
	MAX_SUBMITTED_ROWS,
	REPORT_SUBMIT_ROLES,
	SUBMITTED_COLUMNS
} from '../../src/lib/domain/report';
import { validateCatalogueSource } from '../../server/couch/validate-catalogue.js';
import {
	ACTION_ROLES,
	FEEDBACK_ROLES,
	OFFICE_RULES,
	REPORT_COLUMNS,
	REPORT_ROLES,
	validateOfficeSource
} from '../../server/couch/validate-office.js';

/** Roles that may take each action in some state: the union over the table's rows. */
function rolesPerAction(): Record<string, string[]> {
	const union = new Map<string, Set<string>>();
	for (const row of Object.values(TRANSITIONS)) {
		for (const [action, transition] of Object.entries(row)) {
			const roles = union.get(action) ?? new Set<string>();
			for (const role of (transition as { roles: readonly string[] }).roles) roles.add(role);
			union.set(action, roles);
		}
	}
	return Object.fromEntries([...union].map(([action, roles]) => [action, [...roles].sort()]));
}

describe('the office validation mirrors the lifecycle table', () => {
	it('has the same roles per action as TRANSITIONS (states.ts)', () => {
		const copy = Object.fromEntries(
			Object.entries(ACTION_ROLES).map(([action, roles]) => [action, [...roles].sort()])
		);
		expect(copy).toEqual(rolesPerAction());
		expect(Object.keys(ACTION_ROLES).sort()).toEqual([...LIFECYCLE_ACTIONS].sort());
	});

	it('checks a payload for every event kind and for nothing else', () => {
		const intake: IntakeAction[] = ['receive', 'give-guidance', 'reject-at-intake'];
		const kinds = LIFECYCLE_ACTIONS.filter((a) => !(intake as string[]).includes(a));
		expect(Object.keys(OFFICE_RULES.payloadFields).sort()).toEqual([...kinds].sort());
	});
});

describe('the office validation mirrors the feedback table (ADR 29)', () => {
	it('has the same roles for the intake and each step as FEEDBACK_TRANSITIONS', () => {
		const expected: Record<string, string[]> = {
			intake: [...FEEDBACK_INTAKE_ROLES].sort(),
			...Object.fromEntries(
				FEEDBACK_STEP_KINDS.map((kind) => [kind, feedbackStepRoles(kind).sort()])
			)
		};
		const copy = Object.fromEntries(
			Object.entries(FEEDBACK_ROLES).map(([step, roles]) => [step, [...roles].sort()])
		);
		expect(copy).toEqual(expected);
		expect(Object.keys(OFFICE_RULES.feedbackStepFields).sort()).toEqual(
			[...FEEDBACK_STEP_KINDS].sort()
		);
	});
});

describe('the office validation mirrors the report submission (ADR 32)', () => {
	it('lets the same roles submit and checks every column of a row', () => {
		expect([...REPORT_ROLES].sort()).toEqual([...REPORT_SUBMIT_ROLES].sort());
		expect(REPORT_COLUMNS).toEqual([...SUBMITTED_COLUMNS]);
		expect(OFFICE_RULES.maxReportRows).toBe(MAX_SUBMITTED_ROWS);
	});
});

describe('validation texts CouchDB runs', () => {
	it.each([
		['office', validateOfficeSource],
		['catalogue', validateCatalogueSource]
	])('the %s function is one anonymous ES5 function', (_name, source) => {
		expect(source.startsWith('function (newDoc, ')).toBe(true);
		const program = parse(`(${source})`, { ecmaVersion: 5 });
		expect(program.body).toHaveLength(1);
		expect(source).not.toMatch(/\bRULES = [A-Z_]+;/);
	});
});
