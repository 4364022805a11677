/**
 * Receiving a dossier at the desk (domain.md §4.2 T2/T3, §6.2): check the applicant and the
 * components, compute the due time, allocate the code and write the intake record — one
 * document, so a receipt is either whole or absent.
 */
import {
	APPLICANT_ERROR_CODES,
	validateApplicant,
	type ApplicantInput,
	type FieldErrors,
	type FieldWarnings
} from '$lib/domain/applicant';
import { computeDueAt, ruleVersionAt } from '$lib/domain/calendar';
import { ALLOCATE_CODE_ERRORS } from '$lib/domain/codes';
import type {
	Applicant,
	Channel,
	Dossier,
	Procedure,
	ProcedureComponent,
	ReceivedComponent,
	ResultReturn
} from '$lib/domain/model';
import { datePart, type LocalDateTime } from '$lib/domain/time';
import { reserveCode } from './code-allocator';
import type { Workspace } from './workspace';

export interface ReceiveInput {
	readonly procedureCode: string;
	readonly applicant: ApplicantInput;
	/** The person at the desk when not the owner. */
	readonly submitter: ApplicantInput | null;
	/** Components handed in, with the number of each. */
	readonly components: readonly { readonly componentId: string; readonly count: number }[];
	readonly sets: number;
	readonly channel: Channel;
	readonly resultReturn: ResultReturn;
	readonly feeVnd: number;
	readonly summary: string;
}

/** What the form checks beyond the applicant. */
const SHAPE_ERRORS = [
	'procedure-required',
	'sets-invalid',
	'fee-invalid',
	'postal-address-required',
	'text-too-long'
] as const;

/** A field's error code, shown next to the field (`errors.*`). */
export const RECEIVE_FIELD_ERRORS = [...APPLICANT_ERROR_CODES, ...SHAPE_ERRORS] as const;
export type ReceiveFieldError = (typeof RECEIVE_FIELD_ERRORS)[number];

/** Field → error code; the UI shows each next to its field. */
export type ReceiveFieldErrors = Record<string, ReceiveFieldError>;

/** Why a valid, complete dossier could not be received (`errors.*`, above the form). */
export const RECEIVE_FAILURES = [
	'calendar-year-missing',
	'rule-version-missing',
	...ALLOCATE_CODE_ERRORS,
	'desk-retired'
] as const;
export type ReceiveFailure = (typeof RECEIVE_FAILURES)[number];

export type ReceiveResult =
	| { readonly ok: true; readonly dossier: Dossier; readonly warnings: FieldWarnings }
	| { readonly ok: false; readonly error: 'invalid'; readonly fields: ReceiveFieldErrors }
	/** T3: incomplete — Form 02 lists what is missing; nothing is received. */
	| {
			readonly ok: false;
			readonly error: 'components-missing';
			readonly missing: ProcedureComponent[];
	  }
	| { readonly ok: false; readonly error: 'calendar-year-missing'; readonly year: number }
	| {
			readonly ok: false;
			readonly error: Exclude<ReceiveFailure, 'calendar-year-missing'>;
	  };

function prefixed(prefix: string, errors: FieldErrors): ReceiveFieldErrors {
	return Object.fromEntries(Object.entries(errors).map(([k, v]) => [`${prefix}.${k}`, v]));
}

function checkShape(input: ReceiveInput, procedure: Procedure | undefined): ReceiveFieldErrors {
	const fields: ReceiveFieldErrors = {};
	if (!procedure) fields.procedureCode = 'procedure-required';
	if (!Number.isInteger(input.sets) || input.sets < 1 || input.sets > 99)
		fields.sets = 'sets-invalid';
	if (!Number.isInteger(input.feeVnd) || input.feeVnd < 0) fields.feeVnd = 'fee-invalid';
	if (input.resultReturn.kind === 'postal' && input.resultReturn.address.trim() === '')
		fields['resultReturn.address'] = 'postal-address-required';
	if (input.summary.length > 2000) fields.summary = 'text-too-long';
	return fields;
}

function receivedComponents(input: ReceiveInput, procedure: Procedure): ReceivedComponent[] {
	const counts = new Map(input.components.map((c) => [c.componentId, c.count]));
	return procedure.components
		.filter((c) => (counts.get(c.id) ?? 0) > 0)
		.map((c) => ({ componentId: c.id, name: c.name, form: c.form, count: counts.get(c.id) ?? 0 }));
}

/** Validates and writes a new dossier received at `now` by this desk's officer. */
export async function receiveDossier(
	ws: Workspace,
	input: ReceiveInput,
	now: LocalDateTime
): Promise<ReceiveResult> {
	// A retired procedure (ADR 34) takes no new dossier, even from a draft typed before it retired.
	const procedure = ws.procedures.find((p) => p.code === input.procedureCode && !p.retired);
	const applicant = validateApplicant(input.applicant, datePart(now));
	const submitter = input.submitter ? validateApplicant(input.submitter, datePart(now)) : null;
	const fields = {
		...checkShape(input, procedure),
		...(applicant.ok ? {} : prefixed('applicant', applicant.errors)),
		...(submitter && !submitter.ok ? prefixed('submitter', submitter.errors) : {})
	};
	if (!procedure || !applicant.ok || (submitter && !submitter.ok) || Object.keys(fields).length > 0)
		return { ok: false, error: 'invalid', fields };
	const components = receivedComponents(input, procedure);
	const have = new Set(components.map((c) => c.componentId));
	const missing = procedure.components.filter((c) => c.required && !have.has(c.id));
	if (missing.length > 0) return { ok: false, error: 'components-missing', missing };

	const due = computeDueAt(now, procedure.time, ws.deadlines);
	if (!due.ok) return { ok: false, error: 'calendar-year-missing', year: due.year };
	const rule = ruleVersionAt(now);
	if (!rule.ok) return { ok: false, error: 'rule-version-missing' };
	const draft = { procedure, applicant: applicant.applicant, components, input, now };
	// Another tab of this desk may take a number at the same moment: then take the next one.
	for (let attempt = 0; attempt < 5; attempt++) {
		const code = await reserveCode(ws.store, ws.office.agencyCode, ws.setup.desk, datePart(now));
		if (!code.ok) return code;
		const dossier = intakeRecord(ws, code.code, draft, submitter?.ok ? submitter.applicant : null, {
			dueAt: due.value,
			ruleVersion: rule.value
		});
		if ((await ws.store.putDossier(dossier)).ok)
			return { ok: true, dossier, warnings: applicant.warnings };
	}
	throw new Error('No free dossier code after 5 attempts');
}

interface Draft {
	readonly procedure: Procedure;
	readonly applicant: Applicant;
	readonly components: ReceivedComponent[];
	readonly input: ReceiveInput;
	readonly now: LocalDateTime;
}

/** The catalogue entry as a dossier keeps it from its receipt on (`Dossier.procedure`). */
export function procedureSnapshot(procedure: Procedure): Dossier['procedure'] {
	return {
		code: procedure.code,
		version: procedure.version,
		name: procedure.name,
		sector: procedure.sector,
		time: procedure.time,
		steps: procedure.steps
	};
}

function intakeRecord(
	ws: Workspace,
	code: string,
	{ procedure, applicant, components, input, now }: Draft,
	submitter: Applicant | null,
	computed: { dueAt: LocalDateTime | null; ruleVersion: string }
): Dossier {
	return {
		code,
		officeId: ws.office.id,
		deskId: ws.setup.desk.id,
		receivedBy: ws.setup.officer.userName,
		procedure: procedureSnapshot(procedure),
		applicant,
		...(submitter ? { submitter } : {}),
		components,
		sets: input.sets,
		channel: input.channel,
		resultReturn: input.resultReturn,
		feeVnd: input.feeVnd,
		receivedAt: now,
		dueAt: computed.dueAt,
		ruleVersion: computed.ruleVersion,
		...(input.summary.trim() ? { summary: input.summary.trim() } : {})
	};
}
