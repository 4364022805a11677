/**
 * Reading offices and the office → procedures mapping of the catalogue (architecture.md §3). An
 * office's hours drive every due date (domain.md §6.1) and its agency code every dossier code
 * (§9.1), so both are checked before a desk may use the office.
 */
import * as v from 'valibot';
import { DEFAULT_KEEP_CLOSED_DAYS, type Office } from '../model';
import { addDays, datePart, toLocalDateTime, type IsoDate } from '../time';
import { formatIssue } from './procedure';
import {
	OfficeProceduresSchema,
	OfficeSchema,
	type CatalogueProcedure,
	type OfficeProcedures
} from './schema';

export type ParseOfficeResult =
	| { readonly ok: true; readonly value: Office }
	| { readonly ok: false; readonly error: 'office-invalid'; readonly issues: string[] };

export type ParseOfficeProceduresResult =
	| { readonly ok: true; readonly value: OfficeProcedures }
	| { readonly ok: false; readonly error: 'office-procedures-invalid'; readonly issues: string[] };

/** Days a desk of `office` keeps a closed dossier after it closed (ADR 18). */
export function keepClosedDaysOf(office: Pick<Office, 'keepClosedDays'>): number {
	return office.keepClosedDays ?? DEFAULT_KEEP_CLOSED_DAYS;
}

/** The first Vietnam day whose closed dossiers a desk keeps, `days` before the day of `nowMs`. */
export function keptSinceDay(days: number, nowMs: number): IsoDate {
	return addDays(datePart(toLocalDateTime(nowMs)), -days);
}

export function parseOffice(input: unknown): ParseOfficeResult {
	const parsed = v.safeParse(OfficeSchema, input);
	return parsed.success
		? { ok: true, value: parsed.output }
		: { ok: false, error: 'office-invalid', issues: parsed.issues.map(formatIssue) };
}

/**
 * Validates which procedures each office receives against the offices and procedures loaded
 * with it: an unknown office or code would offer the desk a procedure it cannot receive, and a
 * code listed twice would show twice in the picker.
 */
export function parseOfficeProcedures(
	input: unknown,
	offices: readonly Pick<Office, 'id'>[],
	procedures: readonly Pick<CatalogueProcedure, 'code'>[]
): ParseOfficeProceduresResult {
	const parsed = v.safeParse(OfficeProceduresSchema, input);
	if (!parsed.success) {
		return {
			ok: false,
			error: 'office-procedures-invalid',
			issues: parsed.issues.map(formatIssue)
		};
	}
	const officeIds = new Set(offices.map((o) => o.id));
	const codes = new Set(procedures.map((p) => p.code));
	const issues: string[] = [];
	for (const [officeId, list] of Object.entries(parsed.output)) {
		if (!officeIds.has(officeId)) issues.push(`${officeId}: no such office`);
		const seen = new Set<string>();
		for (const code of list) {
			if (!codes.has(code)) issues.push(`${officeId}: no procedure ${code}`);
			if (seen.has(code)) issues.push(`${officeId}: ${code} listed twice`);
			seen.add(code);
		}
	}
	return issues.length > 0
		? { ok: false, error: 'office-procedures-invalid', issues }
		: { ok: true, value: parsed.output };
}
