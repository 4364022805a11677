/**
 * Forms of an intake that receives nothing (domain.md §4.2 T3/T5): Form 02 listing what is
 * missing, and Form 03 refusing the dossier. Nothing is written; the receive page prints these
 * from its draft (the applicant as typed, the chosen procedure and the officer's reasons).
 */
import { normaliseName, validateApplicant, type ApplicantInput } from '$lib/domain/applicant';
import { ruleVersionAt } from '$lib/domain/calendar';
import {
	buildRefusalForm,
	buildSupplementRequestForm,
	COMPONENT_FORM_LABELS,
	REFUSAL_ERRORS,
	SUPPLEMENT_REQUEST_ERRORS,
	subjectOfDraft,
	type RefusalError,
	type RefusalForm,
	type SupplementRequestError,
	type SupplementRequestForm
} from '$lib/domain/forms';
import type { Applicant, ProcedureComponent } from '$lib/domain/model';
import { datePart, type LocalDateTime } from '$lib/domain/time';
import type { Workspace } from './workspace';

/** The receive form's data as far as these slips need it. */
export interface IntakeFormDraft {
	readonly procedureCode: string;
	readonly applicant: ApplicantInput;
	readonly submitter?: ApplicantInput | null;
	readonly summary?: string;
}

const DRAFT_ERRORS = [
	'procedure-not-found',
	'applicant-name-required',
	'rule-version-missing'
] as const;
type DraftError = (typeof DRAFT_ERRORS)[number];

/** Why a slip of an intake that receives nothing cannot be made (`receive.slipErrors.*`). */
export const INTAKE_FORM_ERRORS = [
	...DRAFT_ERRORS,
	...SUPPLEMENT_REQUEST_ERRORS,
	...REFUSAL_ERRORS
] as const;
export type IntakeFormError = (typeof INTAKE_FORM_ERRORS)[number];

/**
 * The applicant as printed on a slip. A slip is handed out even when, say, the phone number is
 * mistyped (nothing is stored): the checked, normalised applicant when valid, else the text as
 * typed. Only a name is required.
 */
export function applicantForSlip(input: ApplicantInput, today: LocalDateTime): Applicant | null {
	const checked = validateApplicant(input, datePart(today));
	if (checked.ok) return checked.applicant;
	const fullName = normaliseName(input.fullName);
	if (fullName === '') return null;
	const optional = (key: 'phone' | 'email' | 'organisation') => {
		const value = normaliseName(input[key] ?? '');
		return value === '' ? {} : { [key]: value };
	};
	return {
		fullName,
		idType: input.idType,
		idNumber: normaliseName(input.idNumber ?? ''),
		address: normaliseName(input.address ?? ''),
		...optional('phone'),
		...optional('email'),
		...optional('organisation')
	};
}

function contextOf(ws: Workspace, draft: IntakeFormDraft, now: LocalDateTime) {
	const procedure = ws.procedures.find((p) => p.code === draft.procedureCode);
	if (!procedure) return { ok: false as const, error: 'procedure-not-found' as const };
	const applicant = applicantForSlip(draft.applicant, now);
	if (applicant === null) return { ok: false as const, error: 'applicant-name-required' as const };
	const submitter = draft.submitter ? applicantForSlip(draft.submitter, now) : null;
	const rule = ruleVersionAt(now);
	if (!rule.ok) return { ok: false as const, error: 'rule-version-missing' as const };
	const subject = subjectOfDraft({
		applicant,
		...(submitter ? { submitter } : {}),
		procedure: { code: procedure.code, name: procedure.name },
		ruleVersion: rule.value,
		...(draft.summary?.trim() ? { summary: draft.summary.trim() } : {})
	});
	const { office } = ws;
	const { desk, officer } = ws.setup;
	return { ok: true as const, subject, office, desk, officer, date: datePart(now) };
}

/** "Giấy chứng sinh (Bản chính, 1 bản)": one line of Form 02 per missing component. */
export function missingComponentLine(component: ProcedureComponent): string {
	return `${component.name} (${COMPONENT_FORM_LABELS[component.form]}, ${component.count} bản)`;
}

/**
 * Form 02 at intake, domain.md §5.2 / §4.2 T3: the missing components (as `receiveDossier`
 * reports them) and any further items, everything in one go, with the officer's reason.
 */
export function intakeSupplementRequestForm(
	ws: Workspace,
	draft: IntakeFormDraft,
	request: {
		readonly missing: readonly ProcedureComponent[];
		readonly items?: readonly string[];
		readonly reason: string;
	},
	now: LocalDateTime
):
	| { readonly ok: true; readonly form: SupplementRequestForm }
	| { readonly ok: false; readonly error: SupplementRequestError | DraftError } {
	const context = contextOf(ws, draft, now);
	if (!context.ok) return context;
	const { officer, ...formContext } = context;
	return buildSupplementRequestForm({
		...formContext,
		items: [...request.missing.map(missingComponentLine), ...(request.items ?? [])],
		reason: request.reason,
		guideName: officer.fullName
	});
}

/** Form 03, domain.md §5.3 / §4.2 T5: the dossier is refused at intake, with written reasons. */
export function intakeRefusalForm(
	ws: Workspace,
	draft: IntakeFormDraft,
	reasons: readonly string[],
	now: LocalDateTime
):
	| { readonly ok: true; readonly form: RefusalForm }
	| { readonly ok: false; readonly error: RefusalError | DraftError } {
	const context = contextOf(ws, draft, now);
	if (!context.ok) return context;
	const { officer, ...formContext } = context;
	return buildRefusalForm({ ...formContext, reasons, officerName: officer.fullName });
}
