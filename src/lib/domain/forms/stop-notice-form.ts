/**
 * Form 05 of the 2025 set, Thông báo dừng giải quyết hồ sơ, as plain data (TT 03/2025 Art. 7,
 * ND 118 Art. 21; domain.md §4.2 T13, §5.7). The 2018 set has no such form. The field list of
 * the 2025 form was not available (§15 item 2): these fields are an assumption [A].
 */
import * as v from 'valibot';
import type { Dossier } from '../model';
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

/** The stop data: the reason (as in the lifecycle's `stop` payload) and when it was asked for. */
export const StopDataSchema = v.object({
	reason: v.string(),
	/** When the applicant asked to stop; null for stops on the authority's side. */
	requestedAt: v.nullable(LocalDateTimeSchema)
});
export type StopData = v.InferOutput<typeof StopDataSchema>;

export interface StopNoticeInput extends FormContext {
	readonly dossier: Dossier;
	readonly stop: StopData;
	readonly officerName?: string;
}

export interface StopNoticeForm {
	readonly ref: FormRef;
	readonly header: FormHeader;
	readonly addressee: FormParty;
	readonly code: string;
	readonly request: FormRequest;
	readonly receivedAt: LocalDateTime;
	readonly requestedAt: LocalDateTime | null;
	readonly reason: string;
	readonly signature: SignatureBlock;
}

export const STOP_NOTICE_ERRORS = [...FORM_ERRORS, 'reason-required'] as const;
export type StopNoticeError = (typeof STOP_NOTICE_ERRORS)[number];

/** Builds the 2025 stop notice, domain.md §5.7; `form-not-in-set` for 2018 dossiers. */
export function buildStopNoticeForm(
	input: StopNoticeInput
):
	| { readonly ok: true; readonly form: StopNoticeForm }
	| { readonly ok: false; readonly error: StopNoticeError } {
	const { dossier } = input;
	assertBelongs(dossier, input);
	const stop = v.parse(StopDataSchema, input.stop);
	const opened = formOpening('stop-notice', subjectOfDossier(dossier), input);
	if (!opened.ok) return opened;
	const [reason = ''] = cleanLines([stop.reason]);
	if (reason === '') return { ok: false, error: 'reason-required' };
	const { party, ...opening } = opened.opening;
	const form: StopNoticeForm = {
		...opening,
		addressee: party,
		code: dossier.code,
		receivedAt: dossier.receivedAt,
		requestedAt: stop.requestedAt,
		reason,
		signature: { ...SIGNATURES.receiver, name: input.officerName ?? null }
	};
	return { ok: true, form };
}
