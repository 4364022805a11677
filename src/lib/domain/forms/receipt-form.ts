/**
 * Form 01, Giấy tiếp nhận hồ sơ và hẹn trả kết quả, as plain data, domain.md §5.1 (same form
 * number in the 2018 and 2025 sets, §5.7). Printed in two copies (Liên 1 kept with the control
 * slip, Liên 2 for the applicant); the QR/barcode carries the dossier code (TT 01/2018 Art. 19(2)).
 */
import type { ComponentForm, Dossier, Procedure, ProcedureTime } from '../model';
import { datePart, type LocalDateTime } from '../time';
import {
	assertBelongs,
	formHeader,
	partyOf,
	requestOf,
	subjectOfDossier,
	type FormContext,
	type FormHeader,
	type FormParty,
	type FormRequest,
	type SignatureBlock
} from './form-common';
import { resolveForm, type FormError, type FormRef } from './form-sets';
import { RECEIPT_COPIES, SIGNATURES } from './official-texts';

export interface ReceiptComponentRow {
	readonly no: number;
	readonly name: string;
	readonly form: ComponentForm;
	readonly count: number;
}

export type ReceiptReturn =
	| { readonly channel: 'desk'; readonly place: string }
	| { readonly channel: 'postal'; readonly place: string }
	| { readonly channel: 'online'; readonly place: null };

export interface ReceiptForm {
	readonly ref: FormRef;
	readonly header: FormHeader;
	readonly copies: typeof RECEIPT_COPIES;
	readonly code: string;
	/** Content of the QR code / barcode: the dossier code itself. */
	readonly qrPayload: string;
	readonly applicant: FormParty;
	/** The person at the desk when not the owner (người nộp / người được ủy quyền). */
	readonly submitter: FormParty | null;
	readonly request: FormRequest;
	readonly components: readonly ReceiptComponentRow[];
	readonly sets: number;
	/** "N ngày (làm việc)" as data: the renderer words the unit. */
	readonly statutoryTime: ProcedureTime;
	readonly receivedAt: LocalDateTime;
	/** Null for procedures without an appointment date. */
	readonly dueAt: LocalDateTime | null;
	/**
	 * The due time counts from the next opening, not from the receipt (received before opening,
	 * in the lunch break or after closing, domain.md §6.2): the receipt time and the due time then
	 * differ in their clock, which Form 01 explains under item 5.
	 */
	readonly dueFromOpening: boolean;
	readonly resultReturn: ReceiptReturn;
	readonly fees: { readonly amountVnd: number; readonly note: string | null };
	/** "Vào Sổ theo dõi hồ sơ, Quyển số … Số thứ tự …"; nulls leave the dots. */
	readonly book: { readonly volume: string | null; readonly entry: number | null };
	readonly signatures: { readonly submitter: SignatureBlock; readonly receiver: SignatureBlock };
}

export interface ReceiptInput extends Omit<FormContext, 'date'> {
	readonly dossier: Dossier;
	readonly procedure: Procedure;
	readonly book?: { readonly volume?: string; readonly entry?: number };
	/** Display name of the receiving officer, printed under the signature. */
	readonly officerName?: string;
}

/**
 * Builds Form 01 for a received dossier, domain.md §5.1, dated on its receipt day; the form set
 * follows the dossier's rule version (§5.7).
 */
export function buildReceiptForm(
	input: ReceiptInput
):
	| { readonly ok: true; readonly form: ReceiptForm }
	| { readonly ok: false; readonly error: FormError } {
	const { dossier } = input;
	assertBelongs(dossier, input, input.procedure);
	if (input.desk.id !== dossier.deskId) {
		throw new Error(`Desk ${input.desk.id} did not receive ${dossier.code}`);
	}
	const ref = resolveForm(dossier.ruleVersion, 'receipt', input.settings);
	return ref.ok ? { ok: true, form: { ref: ref.ref, ...receiptContent(input) } } : ref;
}

/** Days keep the receipt's clock time; a different clock means the clock started at opening. */
function startsAtOpening(dossier: Dossier): boolean {
	const { unit } = dossier.procedure.time;
	if (dossier.dueAt === null || (unit !== 'working-days' && unit !== 'calendar-days')) return false;
	return dossier.dueAt.slice(11, 16) !== dossier.receivedAt.slice(11, 16);
}

function receiptContent({ dossier, procedure, ...input }: ReceiptInput): Omit<ReceiptForm, 'ref'> {
	const submitter = dossier.submitter ?? dossier.applicant;
	return {
		header: formHeader({ ...input, date: datePart(dossier.receivedAt) }),
		copies: RECEIPT_COPIES,
		code: dossier.code,
		qrPayload: dossier.code,
		applicant: partyOf(dossier.applicant),
		submitter: dossier.submitter === undefined ? null : partyOf(dossier.submitter),
		request: requestOf(subjectOfDossier(dossier)),
		components: dossier.components.map((c, i) => ({
			no: i + 1,
			name: c.name,
			form: c.form,
			count: c.count
		})),
		sets: dossier.sets,
		statutoryTime: dossier.procedure.time,
		receivedAt: dossier.receivedAt,
		dueAt: dossier.dueAt,
		dueFromOpening: startsAtOpening(dossier),
		resultReturn: returnOf(dossier, input.office.name),
		fees: { amountVnd: dossier.feeVnd, note: procedure.feeNote ?? null },
		book: { volume: input.book?.volume ?? null, entry: input.book?.entry ?? null },
		signatures: {
			submitter: { ...SIGNATURES.submitter, name: submitter.fullName },
			receiver: { ...SIGNATURES.receiver, name: input.officerName ?? null }
		}
	};
}

function returnOf(dossier: Dossier, officeName: string): ReceiptReturn {
	const r = dossier.resultReturn;
	switch (r.kind) {
		case 'desk':
			return { channel: 'desk', place: officeName };
		case 'postal':
			return { channel: 'postal', place: r.address };
		case 'online':
			return { channel: 'online', place: null };
	}
}
