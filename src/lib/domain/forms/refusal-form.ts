/**
 * Form 03, Phiếu từ chối tiếp nhận giải quyết hồ sơ, as plain data, domain.md §5.3: after
 * examination the desk does not accept the dossier (§4.2 T5), stating the concrete reasons.
 */
import {
	cleanLines,
	formOpening,
	numbered,
	type FormContact,
	type FormContext,
	type FormHeader,
	type FormParty,
	type FormRequest,
	type FormSubject,
	type SignatureBlock
} from './form-common';
import { FORM_ERRORS, type FormRef } from './form-sets';
import { SIGNATURES } from './official-texts';

export interface RefusalInput extends FormContext {
	/** Usually `subjectOfDraft`: a refused dossier is never received. */
	readonly subject: FormSubject;
	readonly reasons: readonly string[];
	readonly contact?: FormContact;
	readonly officerName?: string;
	/** Some localities add the applicant's signature (§5.3 [C local]). */
	readonly applicantSigns?: boolean;
}

export interface RefusalForm {
	readonly ref: FormRef;
	readonly header: FormHeader;
	readonly code: string | null;
	readonly applicant: FormParty;
	readonly request: FormRequest;
	readonly reasons: readonly { readonly no: number; readonly text: string }[];
	readonly contact: FormContact | null;
	readonly signatures: {
		readonly receiver: SignatureBlock;
		readonly submitter: SignatureBlock | null;
	};
}

export const REFUSAL_ERRORS = [...FORM_ERRORS, 'reason-required'] as const;
export type RefusalError = (typeof REFUSAL_ERRORS)[number];

/** Builds Form 03, domain.md §5.3; at least one written reason (§4.2). */
export function buildRefusalForm(
	input: RefusalInput
):
	| { readonly ok: true; readonly form: RefusalForm }
	| { readonly ok: false; readonly error: RefusalError } {
	const reasons = cleanLines(input.reasons);
	if (reasons.length === 0) return { ok: false, error: 'reason-required' };
	const opened = formOpening('refusal', input.subject, input);
	if (!opened.ok) return opened;
	const { party, ...opening } = opened.opening;
	const submitter = input.subject.submitter ?? input.subject.applicant;
	const form: RefusalForm = {
		...opening,
		applicant: party,
		reasons: numbered(reasons),
		contact: input.contact ?? null,
		signatures: {
			receiver: { ...SIGNATURES.receiver, name: input.officerName ?? null },
			submitter:
				input.applicantSigns === true ? { ...SIGNATURES.submitter, name: submitter.fullName } : null
		}
	};
	return { ok: true, form };
}
