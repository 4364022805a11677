/**
 * Sổ theo dõi hồ sơ (Form 06 in 2018, 07 in 2025), A4, as plain data, domain.md §5.6: one row
 * per dossier with the columns of §5.6. Transfer, result and return times come from the
 * lifecycle as plain input. Rows are in receipt order; "Quyển số / Số thứ tự" of Form 01 refers
 * to this book.
 */
import * as v from 'valibot';
import { compareDossierCodes } from '../codes/dossier-code';
import type { Dossier } from '../model';
import { compareText, type LocalDateTime } from '../time';
import {
	assertBelongs,
	formHeader,
	LocalDateTimeSchema,
	type FormContext,
	type FormHeader
} from './form-common';
import { formSetFor, resolveForm, type FormError, type FormRef } from './form-sets';
import { TRACKING_BOOK_COLUMNS } from './official-texts';

const TrackingFactsSchema = v.object({
	/** Cơ quan chủ trì giải quyết. */
	leadUnit: v.string(),
	transferredAt: v.optional(v.nullable(LocalDateTimeSchema), null),
	resultReceivedAt: v.optional(v.nullable(LocalDateTimeSchema), null),
	returnedAt: v.optional(v.nullable(LocalDateTimeSchema), null),
	note: v.optional(v.string())
});

export type TrackingBookEntry = v.InferInput<typeof TrackingFactsSchema> & {
	readonly dossier: Dossier;
};

export interface TrackingBookRow {
	readonly no: number;
	readonly code: string;
	readonly procedureName: string;
	readonly sets: number;
	readonly applicantName: string;
	readonly addressAndPhone: { readonly address: string; readonly phone: string | null };
	readonly leadUnit: string;
	readonly receivedAt: LocalDateTime;
	readonly dueAt: LocalDateTime | null;
	readonly transferredAt: LocalDateTime | null;
	readonly resultReceivedAt: LocalDateTime | null;
	readonly returnedAt: LocalDateTime | null;
	/** "Ký nhận": signed on paper, always blank in the data. */
	readonly signature: null;
	readonly note: string | null;
}

export interface TrackingBookForm {
	readonly ref: FormRef;
	readonly header: FormHeader;
	readonly volume: string | null;
	readonly columns: typeof TRACKING_BOOK_COLUMNS;
	readonly rows: readonly TrackingBookRow[];
}

export interface TrackingBookInput extends FormContext {
	/** Rule version the book is kept under; every entry must print with the same form set. */
	readonly ruleVersion: string;
	readonly entries: readonly TrackingBookEntry[];
	readonly volume?: string;
	/** Number of the first row, when a page continues the book (default 1). */
	readonly firstNumber?: number;
}

export type TrackingBookError = FormError | 'mixed-form-sets';

/** Builds the tracking book pages for a list of dossiers, domain.md §5.6. */
export function buildTrackingBookForm(
	input: TrackingBookInput
):
	| { readonly ok: true; readonly form: TrackingBookForm }
	| { readonly ok: false; readonly error: TrackingBookError } {
	const ref = resolveForm(input.ruleVersion, 'tracking-book', input.settings);
	if (!ref.ok) return ref;
	for (const { dossier } of input.entries) {
		assertBelongs(dossier, input);
		const set = formSetFor(dossier.ruleVersion, input.settings);
		if (!set.ok) return set;
		if (set.set !== ref.ref.set) return { ok: false, error: 'mixed-form-sets' };
	}
	const entries = [...input.entries].sort(
		(a, b) =>
			compareText(a.dossier.receivedAt, b.dossier.receivedAt) ||
			compareDossierCodes(a.dossier.code, b.dossier.code)
	);
	const first = input.firstNumber ?? 1;
	const form: TrackingBookForm = {
		ref: ref.ref,
		header: formHeader(input),
		volume: input.volume ?? null,
		columns: TRACKING_BOOK_COLUMNS,
		rows: entries.map((entry, i) => bookRow(entry, first + i))
	};
	return { ok: true, form };
}

function bookRow({ dossier, ...rest }: TrackingBookEntry, no: number): TrackingBookRow {
	const facts = v.parse(TrackingFactsSchema, rest);
	return {
		no,
		code: dossier.code,
		procedureName: dossier.procedure.name,
		sets: dossier.sets,
		applicantName: dossier.applicant.organisation ?? dossier.applicant.fullName,
		addressAndPhone: { address: dossier.applicant.address, phone: dossier.applicant.phone ?? null },
		leadUnit: facts.leadUnit,
		receivedAt: dossier.receivedAt,
		dueAt: dossier.dueAt,
		transferredAt: facts.transferredAt,
		resultReceivedAt: facts.resultReceivedAt,
		returnedAt: facts.returnedAt,
		signature: null,
		note: facts.note ?? null
	};
}
