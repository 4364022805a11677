/**
 * Phiếu kiểm soát quá trình giải quyết hồ sơ (Form 05 in 2018, 06 in 2025), as plain data,
 * domain.md §5.5: a heading about the dossier and one row per handover ("Giao: …" / "Nhận: …",
 * time, per-step result early/on time/late, note, two signatures). The rows come from the
 * lifecycle as plain input; this module does not fold events.
 */
import * as v from 'valibot';
import type { Dossier, Procedure } from '../model';
import { compareText, type LocalDateTime } from '../time';
import {
	assertBelongs,
	formHeader,
	LocalDateTimeSchema,
	partyOf,
	type FormContext,
	type FormHeader,
	type FormParty,
	type SignatureBlock
} from './form-common';
import { resolveForm, type FormError, type FormRef } from './form-sets';
import { CONTROL_SLIP_COLUMNS, SIGNATURES } from './official-texts';

/** One handover of the dossier between units (desk → unit → … → desk → applicant). */
export const HandoverRowSchema = v.object({
	fromUnit: v.string(),
	toUnit: v.string(),
	at: LocalDateTimeSchema,
	/** Deadline of the step, when the procedure has per-step deadlines (§5.5 [A]). */
	dueAt: v.nullable(LocalDateTimeSchema),
	result: v.nullable(v.picklist(['early', 'on-time', 'late'])),
	note: v.optional(v.string()),
	handedBy: v.optional(v.string()),
	receivedBy: v.optional(v.string())
});
export type HandoverRow = v.InferInput<typeof HandoverRowSchema>;

export interface ControlSlipRow {
	readonly no: number;
	readonly handOver: { readonly unit: string; readonly signature: SignatureBlock };
	readonly takeOver: { readonly unit: string; readonly signature: SignatureBlock };
	readonly at: LocalDateTime;
	readonly dueAt: LocalDateTime | null;
	readonly result: 'early' | 'on-time' | 'late' | null;
	readonly note: string | null;
}

export interface ControlSlipForm {
	readonly ref: FormRef;
	readonly header: FormHeader;
	readonly heading: {
		/** "Kèm theo hồ sơ của: …" */
		readonly owner: FormParty;
		readonly code: string;
		readonly procedureName: string;
		readonly receivedAt: LocalDateTime;
		readonly dueAt: LocalDateTime | null;
		readonly processingUnit: string;
		readonly coordinatingUnits: readonly string[];
	};
	readonly columns: typeof CONTROL_SLIP_COLUMNS;
	readonly rows: readonly ControlSlipRow[];
}

export interface ControlSlipInput extends FormContext {
	readonly dossier: Dossier;
	readonly procedure: Procedure;
	/** In any order; printed by time. Empty when the slip is opened at receipt. */
	readonly handovers: readonly HandoverRow[];
}

/** Builds the control slip, domain.md §5.5; the form number follows the set (05 or 06). */
export function buildControlSlipForm(
	input: ControlSlipInput
):
	| { readonly ok: true; readonly form: ControlSlipForm }
	| { readonly ok: false; readonly error: FormError } {
	const { dossier, procedure } = input;
	assertBelongs(dossier, input, procedure);
	const rows = input.handovers.map((row) => v.parse(HandoverRowSchema, row));
	const ref = resolveForm(dossier.ruleVersion, 'control-slip', input.settings);
	if (!ref.ok) return ref;
	const heading = {
		owner: partyOf(dossier.applicant),
		code: dossier.code,
		procedureName: dossier.procedure.name,
		receivedAt: dossier.receivedAt,
		dueAt: dossier.dueAt,
		processingUnit: procedure.processingUnit,
		coordinatingUnits: coordinatingUnits(dossier, procedure)
	};
	const sorted = rows
		.map((row, order) => ({ row, order }))
		.sort((a, b) => compareText(a.row.at, b.row.at) || a.order - b.order);
	const form: ControlSlipForm = {
		ref: ref.ref,
		header: formHeader(input),
		heading,
		columns: CONTROL_SLIP_COLUMNS,
		rows: sorted.map(({ row }, i) => slipRow(row, i + 1))
	};
	return { ok: true, form };
}

/** Units of the inter-agency steps other than the processing unit, once each, in step order. */
function coordinatingUnits(dossier: Dossier, procedure: Procedure): string[] {
	const units = dossier.procedure.steps
		.map((s) => s.unit)
		.filter((u) => u !== procedure.processingUnit);
	return [...new Set(units)];
}

function slipRow(row: v.InferOutput<typeof HandoverRowSchema>, no: number): ControlSlipRow {
	return {
		no,
		handOver: {
			unit: row.fromUnit,
			signature: { ...SIGNATURES.handOver, name: row.handedBy ?? null }
		},
		takeOver: {
			unit: row.toUnit,
			signature: { ...SIGNATURES.takeOver, name: row.receivedBy ?? null }
		},
		at: row.at,
		dueAt: row.dueAt,
		result: row.result,
		note: row.note ?? null
	};
}
