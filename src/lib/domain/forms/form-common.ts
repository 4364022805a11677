/**
 * Parts shared by the form models, domain.md §5: the common header (parent body and desk on the
 * left, national motto on the right, "Số: …", "<place>, ngày …"), the applicant block and the
 * subject of a slip, which at intake is a draft without a code (§4.2 T3/T5).
 */
import * as v from 'valibot';
import { normaliseName, printedName } from '../applicant/name';
import type { Applicant, Desk, Dossier, Office } from '../model';
import { isLocalDateTime, type IsoDate, type LocalDateTime } from '../time';
import { resolveForm, type FormError, type FormKind, type FormRef } from './form-sets';
import { NATIONAL_HEADER } from './official-texts';
import type { FormSettings } from './settings';

/** Where and when a form is issued; the date is a parameter, the domain reads no clock. */
export interface FormContext {
	readonly office: Office;
	readonly desk: Desk;
	/** Printed as "<place>, ngày … tháng … năm …". */
	readonly date: IsoDate;
	/** "Số: …" when the office numbers its slips; null leaves the dots. */
	readonly documentNumber?: string | null;
	readonly settings?: FormSettings;
}

export interface FormHeader {
	readonly parentBody: string;
	readonly issuingUnit: string;
	readonly deskName: string;
	readonly country: string;
	readonly motto: string;
	readonly documentNumber: string | null;
	readonly place: string;
	readonly date: IsoDate;
}

/** The applicant block printed on slips (§5.1–§5.4). */
export interface FormParty {
	readonly name: string;
	/** Upper-case, as printed (domain.md §12). */
	readonly printedName: string;
	readonly organisation: string | null;
	readonly address: string;
	readonly phone: string | null;
	readonly email: string | null;
}

export interface SignatureBlock {
	readonly label: string;
	readonly hint: string;
	/** Name written under the signature, or null for a blank line. */
	readonly name: string | null;
}

/** Help line some localities print: who to call about the dossier (§5.2 [R], §5.3 [C local]). */
export interface FormContact {
	readonly name: string;
	readonly phone: string;
}

/** What a slip is about: a received dossier, or at intake a draft with no code yet. */
export interface FormSubject {
	readonly code: string | null;
	readonly applicant: Applicant;
	readonly submitter: Applicant | null;
	readonly procedureCode: string;
	readonly procedureName: string;
	readonly summary: string | null;
	readonly ruleVersion: string;
	readonly receivedAt: LocalDateTime | null;
}

/** "Nội dung yêu cầu giải quyết": the procedure, plus the summary when one was entered. */
export interface FormRequest {
	readonly procedureCode: string;
	readonly procedureName: string;
	readonly summary: string | null;
}

/** An intake that was not received (Form 02 at intake, Form 03), domain.md §4.2 T3/T5. */
export interface IntakeDraft {
	readonly applicant: Applicant;
	readonly submitter?: Applicant;
	readonly procedure: { readonly code: string; readonly name: string };
	/** Rule set in force on the day of the visit (domain.md §1). */
	readonly ruleVersion: string;
	readonly summary?: string;
}

export const LocalDateTimeSchema = v.custom<LocalDateTime>(
	(value) => typeof value === 'string' && isLocalDateTime(value),
	'local-date-time'
);

/** The common header of every form, domain.md §5. */
export function formHeader(context: FormContext): FormHeader {
	return {
		parentBody: context.office.parentName,
		issuingUnit: context.office.name,
		deskName: context.desk.name,
		...NATIONAL_HEADER,
		documentNumber: context.documentNumber ?? null,
		place: context.office.place,
		date: context.date
	};
}

/** The applicant block of slips (§5.1–§5.4), with the upper-case printed name (§12). */
export function partyOf(applicant: Applicant): FormParty {
	return {
		name: applicant.fullName,
		printedName: printedName(applicant.fullName),
		organisation: applicant.organisation ?? null,
		address: applicant.address,
		phone: applicant.phone ?? null,
		email: applicant.email ?? null
	};
}

/** A received dossier as the subject of a slip (§5.2 processing stage, §5.3–§5.4). */
export function subjectOfDossier(dossier: Dossier): FormSubject {
	return {
		code: dossier.code,
		applicant: dossier.applicant,
		submitter: dossier.submitter ?? null,
		procedureCode: dossier.procedure.code,
		procedureName: dossier.procedure.name,
		summary: dossier.summary ?? null,
		ruleVersion: dossier.ruleVersion,
		receivedAt: dossier.receivedAt
	};
}

/** A dossier not received as the subject of Form 02 at intake or Form 03 (§4.2 T3/T5). */
export function subjectOfDraft(draft: IntakeDraft): FormSubject {
	return {
		code: null,
		applicant: draft.applicant,
		submitter: draft.submitter ?? null,
		procedureCode: draft.procedure.code,
		procedureName: draft.procedure.name,
		summary: draft.summary ?? null,
		ruleVersion: draft.ruleVersion,
		receivedAt: null
	};
}

/** The request line of slips (§5.1–§5.3). */
export function requestOf(subject: FormSubject): FormRequest {
	return {
		procedureCode: subject.procedureCode,
		procedureName: subject.procedureName,
		summary: subject.summary
	};
}

/** Catalogue records that do not belong to the dossier are a bug in the caller (§5). */
export function assertBelongs(
	dossier: Dossier,
	context: Pick<FormContext, 'office' | 'desk'>,
	procedure?: { readonly code: string }
): void {
	const { office, desk } = context;
	if (dossier.officeId !== office.id || desk.officeId !== office.id) {
		throw new Error(`Dossier ${dossier.code} or desk ${desk.id} is not from office ${office.id}`);
	}
	if (procedure !== undefined && procedure.code !== dossier.procedure.code) {
		throw new Error(`Procedure ${procedure.code} is not the one of dossier ${dossier.code}`);
	}
}

/** Written reasons and item lists: each normalised, blanks dropped (§4.2 "written reason"). */
export function cleanLines(lines: readonly string[]): string[] {
	return lines.map(normaliseName).filter((line) => line !== '');
}

/** What every slip about one subject opens with (§5.1–§5.5). */
export interface FormOpening {
	/** The form of the subject's rule version (the 2018 or the 2025 set, §5.7). */
	readonly ref: FormRef;
	readonly header: FormHeader;
	readonly code: string | null;
	/** The owner: "Tiếp nhận hồ sơ của", "Kính gửi". */
	readonly party: FormParty;
	readonly request: FormRequest;
}

/**
 * The opening of a slip of `kind` about `subject`, issued in `context`: the builders of the
 * form models add what is theirs to it. An unknown rule version, or a form the subject's set does
 * not have, is the error.
 */
export function formOpening(
	kind: FormKind,
	subject: FormSubject,
	context: FormContext
):
	| { readonly ok: true; readonly opening: FormOpening }
	| { readonly ok: false; readonly error: FormError } {
	const ref = resolveForm(subject.ruleVersion, kind, context.settings);
	if (!ref.ok) return ref;
	return {
		ok: true,
		opening: {
			ref: ref.ref,
			header: formHeader(context),
			code: subject.code,
			party: partyOf(subject.applicant),
			request: requestOf(subject)
		}
	};
}

/** Reasons and items as the forms list them: 1., 2., … */
export function numbered(
	lines: readonly string[]
): { readonly no: number; readonly text: string }[] {
	return lines.map((text, i) => ({ no: i + 1, text }));
}
