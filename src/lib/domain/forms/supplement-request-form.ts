/**
 * Form 02, Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ, as plain data, domain.md §5.2. Used at intake
 * (the dossier is not received: no code, §4.2 T3) and during processing via the desk (§4.2 T8).
 * Everything missing is listed in one go, with a written reason.
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

export interface SupplementRequestInput extends FormContext {
	/** `subjectOfDraft` at intake, `subjectOfDossier` during processing. */
	readonly subject: FormSubject;
	/** What to add or fix, one entry per line of the numbered list. */
	readonly items: readonly string[];
	readonly reason: string;
	readonly contact?: FormContact;
	/** The officer who gives the guidance, printed under the signature. */
	readonly guideName?: string;
}

export interface SupplementRequestForm {
	readonly ref: FormRef;
	readonly header: FormHeader;
	readonly stage: 'intake' | 'processing';
	readonly code: string | null;
	readonly applicant: FormParty;
	readonly request: FormRequest;
	readonly items: readonly { readonly no: number; readonly text: string }[];
	readonly reason: string;
	readonly contact: FormContact | null;
	readonly signature: SignatureBlock;
}

export const SUPPLEMENT_REQUEST_ERRORS = [
	...FORM_ERRORS,
	'items-required',
	'reason-required'
] as const;
export type SupplementRequestError = (typeof SUPPLEMENT_REQUEST_ERRORS)[number];

/**
 * Builds Form 02, domain.md §5.2: at least one item and a written reason (§4.2); the stage is
 * "intake" for a draft without a code, "processing" for a received dossier.
 */
export function buildSupplementRequestForm(
	input: SupplementRequestInput
):
	| { readonly ok: true; readonly form: SupplementRequestForm }
	| { readonly ok: false; readonly error: SupplementRequestError } {
	const items = cleanLines(input.items);
	const [reason = ''] = cleanLines([input.reason]);
	if (items.length === 0) return { ok: false, error: 'items-required' };
	if (reason === '') return { ok: false, error: 'reason-required' };
	const opened = formOpening('supplement-request', input.subject, input);
	if (!opened.ok) return opened;
	const { party, ...opening } = opened.opening;
	const form: SupplementRequestForm = {
		...opening,
		stage: input.subject.code === null ? 'intake' : 'processing',
		applicant: party,
		items: numbered(items),
		reason,
		contact: input.contact ?? null,
		signature: { ...SIGNATURES.guide, name: input.guideName ?? null }
	};
	return { ok: true, form };
}
