import { nowLocal, todayLocal } from '$lib/app/clock';
import type { DeskFacts, ReceiveApi, ReceiveDrafts } from '$lib/app/desk-api';
import type { SameDayReceipt } from '$lib/app/same-day-receipts';
import {
	emptyDraft,
	toReceiveInput,
	withProcedure,
	type QrScanNote,
	type ReceiveDraft
} from '$lib/app/receive-draft';
import type { IntakeFormDraft, IntakeFormError } from '$lib/app/intake-forms';
import type { ReceiveFailure, ReceiveFieldErrors, ReceiveResult } from '$lib/app/receive-dossier';
import { applicantInputFromQr, parseIdCardQr } from '$lib/domain/applicant';
import type { RefusalForm, SupplementRequestForm } from '$lib/domain/forms';
import type { Procedure, ProcedureComponent } from '$lib/domain/model';
import { formatVnDate, isoDate } from '$lib/domain/time';

export type ReceiveOutcome =
	| { kind: 'received'; code: string }
	| { kind: 'incomplete'; missing: ProcedureComponent[] }
	| { kind: 'failed'; error: ReceiveFailure };

const SAVE_DELAY_MS = 250;

/** What the receive form needs of the desk. */
export type ReceiveDesk = Pick<DeskFacts, 'procedures'> & Omit<ReceiveApi, 'drafts'>;

/** The receive form: its draft (kept on the device), field errors and the submit. */
export class ReceiveFormState {
	draft = $state<ReceiveDraft>(emptyDraft());
	#errors = $state<ReceiveFieldErrors>({});
	#qrMessage = $state<{ target: 'applicant' | 'submitter'; code: QrScanNote } | null>(null);
	#saving = $state(false);
	#restored = $state(false);
	#usage = $state.raw<ReadonlyMap<string, number> | null>(null);
	#sameDay = $state.raw<readonly SameDayReceipt[]>([]);
	#sameDayAsked = 0;
	#timer: ReturnType<typeof setTimeout> | null = null;

	constructor(
		private readonly api: ReceiveDesk,
		private readonly drafts: ReceiveDrafts
	) {}

	get errors(): ReceiveFieldErrors {
		return this.#errors;
	}
	get qrMessage() {
		return this.#qrMessage;
	}
	get saving(): boolean {
		return this.#saving;
	}
	get restored(): boolean {
		return this.#restored;
	}
	get procedure(): Procedure | undefined {
		return this.api.procedures.find((p) => p.code === this.draft.procedureCode);
	}

	/** How many dossiers of each procedure the office holds: the procedure search's tie-break. */
	get usage(): ReadonlyMap<string, number> | undefined {
		return this.#usage ?? undefined;
	}

	async restore(): Promise<void> {
		const saved = await this.drafts.load();
		if (saved) this.draft = saved;
		this.#restored = true;
		this.#usage = await this.api.procedureUsage();
	}

	/** Called on every edit; the draft is written shortly after the typing stops. */
	changed(): void {
		if (!this.#restored) return;
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.drafts.save(this.draft), SAVE_DELAY_MS);
	}

	chooseProcedure(procedure: Procedure): void {
		this.draft = withProcedure(this.draft, procedure);
		this.changed();
	}

	/** A keyboard-wedge scan of the chip ID card's QR code fills the person's fields. */
	applyQr(target: 'applicant' | 'submitter', payload: string): boolean {
		const parsed = parseIdCardQr(payload);
		if (!parsed.ok) {
			this.#qrMessage = { target, code: parsed.error };
			return false;
		}
		const values = applicantInputFromQr(parsed.value);
		const birthDate = values.birthDate ? formatVnDate(isoDate(values.birthDate)) : '';
		this.draft[target] = { ...this.draft[target], ...values, birthDate, sex: values.sex ?? '' };
		this.#qrMessage = { target, code: 'qr-filled' };
		this.changed();
		return true;
	}

	/** Dossiers of this procedure received today for the owner's identity number (a warning). */
	get sameDay(): readonly SameDayReceipt[] {
		return this.#sameDay;
	}

	/** Looks again for a dossier received today for the same person and procedure. */
	async checkSameDay(): Promise<void> {
		const asked = ++this.#sameDayAsked;
		const { procedureCode, applicant } = this.draft;
		const found = await this.api.sameDayReceipts(
			{ procedureCode, idType: applicant.idType, idNumber: applicant.idNumber },
			todayLocal()
		);
		if (asked === this.#sameDayAsked) this.#sameDay = found;
	}

	/** The QR field of `target` changed: its last scan's message no longer applies. */
	clearQrMessage(target: 'applicant' | 'submitter'): void {
		if (this.#qrMessage?.target === target) this.#qrMessage = null;
	}

	async submit(): Promise<ReceiveOutcome | null> {
		this.#saving = true;
		try {
			const result = await this.api.receive(toReceiveInput(this.draft), nowLocal());
			return await this.#outcome(result);
		} finally {
			this.#saving = false;
		}
	}

	async #outcome(result: ReceiveResult): Promise<ReceiveOutcome | null> {
		this.#errors = result.ok || result.error !== 'invalid' ? {} : result.fields;
		if (result.ok) {
			if (this.#timer) clearTimeout(this.#timer);
			await this.drafts.clear();
			this.draft = emptyDraft();
			return { kind: 'received', code: result.dossier.code };
		}
		if (result.error === 'invalid') return null;
		if (result.error === 'components-missing')
			return { kind: 'incomplete', missing: result.missing };
		return { kind: 'failed', error: result.error };
	}

	#slipDraft(): IntakeFormDraft {
		return toReceiveInput(this.draft);
	}

	/** Form 02 at intake (T3): what is missing, in one go; nothing is received. */
	guidanceSlip(
		missing: readonly ProcedureComponent[],
		reason: string
	): { ok: true; form: SupplementRequestForm } | { ok: false; error: IntakeFormError } {
		return this.api.supplementRequestSlip(this.#slipDraft(), { missing, reason }, nowLocal());
	}

	/** Form 03 (T5): the dossier is not accepted, with the written reasons; nothing is received. */
	refusalSlip(
		reasons: readonly string[]
	): { ok: true; form: RefusalForm } | { ok: false; error: IntakeFormError } {
		return this.api.refusalSlip(this.#slipDraft(), reasons, nowLocal());
	}

	async discard(): Promise<void> {
		if (this.#timer) clearTimeout(this.#timer);
		await this.drafts.clear();
		this.draft = emptyDraft();
		this.#errors = {};
	}
}

/** The receive form of the desk that is ready (its drafts live in the desk's device database). */
export function createReceiveForm(
	api: ReceiveApi & Pick<DeskFacts, 'procedures'>
): ReceiveFormState {
	if (api.drafts === null) throw new Error('The desk is not started');
	return new ReceiveFormState(api, api.drafts);
}
