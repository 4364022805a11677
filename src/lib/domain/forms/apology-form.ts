/**
 * Form 04, domain.md §5.4: Phiếu xin lỗi và hẹn lại ngày trả kết quả (2018), Văn bản xin lỗi và
 * đề nghị gia hạn thời gian giải quyết (2025), as plain data. The original due time stays on the
 * form (and remains the basis of classification, §4.2 T14); the lifecycle checks the "once only"
 * and "1 day before the due date" rules, not this builder.
 */
import * as v from 'valibot';
import type { Dossier, Procedure } from '../model';
import type { LocalDateTime } from '../time';
import {
	assertBelongs,
	cleanLines,
	formOpening,
	LocalDateTimeSchema,
	subjectOfDossier,
	type FormContext,
	type FormHeader,
	type FormParty,
	type FormRequest,
	type SignatureBlock
} from './form-common';
import { FORM_ERRORS, type FormRef } from './form-sets';
import { SIGNATURES } from './official-texts';

/** The apology data, shaped like the lifecycle's `apology` event payload. */
export const ApologyDataSchema = v.object({ reason: v.string(), newDueAt: LocalDateTimeSchema });
export type ApologyData = v.InferOutput<typeof ApologyDataSchema>;

export interface ApologyInput extends FormContext {
	readonly dossier: Dossier;
	readonly procedure: Procedure;
	readonly apology: ApologyData;
	/** Agency apologising; defaults to the procedure's processing unit. */
	readonly agencyName?: string;
	readonly signerName?: string;
}

export interface ApologyForm {
	readonly ref: FormRef;
	readonly header: FormHeader;
	/** "Kính gửi: …" */
	readonly addressee: FormParty;
	readonly code: string;
	readonly request: FormRequest;
	readonly receivedAt: LocalDateTime;
	readonly originalDueAt: LocalDateTime;
	readonly reason: string;
	readonly newDueAt: LocalDateTime;
	readonly agencyName: string;
	readonly signature: SignatureBlock;
}

export const APOLOGY_ERRORS = [
	...FORM_ERRORS,
	'reason-required',
	'no-due-date',
	'new-due-not-later'
] as const;
export type ApologyError = (typeof APOLOGY_ERRORS)[number];

/**
 * Builds Form 04, domain.md §5.4: needs a written reason and a new return time later than the
 * original due time; a dossier without an appointment date has nothing to postpone.
 */
export function buildApologyForm(
	input: ApologyInput
):
	| { readonly ok: true; readonly form: ApologyForm }
	| { readonly ok: false; readonly error: ApologyError } {
	const { dossier, procedure } = input;
	assertBelongs(dossier, input, procedure);
	const apology = v.parse(ApologyDataSchema, input.apology);
	const [reason = ''] = cleanLines([apology.reason]);
	if (reason === '') return { ok: false, error: 'reason-required' };
	if (dossier.dueAt === null) return { ok: false, error: 'no-due-date' };
	if (apology.newDueAt <= dossier.dueAt) return { ok: false, error: 'new-due-not-later' };
	const opened = formOpening('apology', subjectOfDossier(dossier), input);
	if (!opened.ok) return opened;
	const { party, ...opening } = opened.opening;
	const form: ApologyForm = {
		...opening,
		addressee: party,
		code: dossier.code,
		receivedAt: dossier.receivedAt,
		originalDueAt: dossier.dueAt,
		reason,
		newDueAt: apology.newDueAt,
		agencyName: input.agencyName ?? procedure.processingUnit,
		signature: { ...SIGNATURES.agencyHead, name: input.signerName ?? null }
	};
	return { ok: true, form };
}
