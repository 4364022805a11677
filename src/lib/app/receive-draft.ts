/**
 * The receive form's draft: kept on the device as the officer types, so a reload or a crash
 * loses nothing (issue 4), and turned into the use case's input on submit.
 */
import { ID_CARD_QR_ERRORS, type ApplicantInput } from '$lib/domain/applicant';
import type { Channel, Procedure, ReturnKind } from '$lib/domain/model';
import { parseVnDate } from '$lib/domain/time';
import type { DeviceDb } from '$lib/storage/device-db';
import type { ReceiveInput } from './receive-dossier';

/** The person's fields as typed; `birthDate` is `dd/mm/yyyy`. */
export type ApplicantDraft = Required<Omit<ApplicantInput, 'passportIssuer'>> & {
	passportIssuer: 'vn' | 'foreign';
};

export interface ReceiveDraft {
	procedureCode: string;
	applicant: ApplicantDraft;
	hasSubmitter: boolean;
	submitter: ApplicantDraft;
	/** Component id → number of copies handed in (0 = not handed in). */
	components: Record<string, number>;
	sets: number;
	channel: Channel;
	returnKind: ReturnKind;
	returnAddress: string;
	feeVnd: number;
	summary: string;
}

const KEY = 'receive';

/** What the form says next to the QR field after a scan of the chip ID card (`errors.*`). */
export const QR_SCAN_NOTES = ['qr-filled', ...ID_CARD_QR_ERRORS] as const;
export type QrScanNote = (typeof QR_SCAN_NOTES)[number];

export function emptyApplicant(): ApplicantDraft {
	return {
		fullName: '',
		idType: 'citizen-id',
		idNumber: '',
		passportIssuer: 'vn',
		birthDate: '',
		sex: '',
		address: '',
		phone: '',
		email: '',
		organisation: ''
	};
}

export function emptyDraft(): ReceiveDraft {
	return {
		procedureCode: '',
		applicant: emptyApplicant(),
		hasSubmitter: false,
		submitter: emptyApplicant(),
		components: {},
		sets: 1,
		channel: 'direct',
		returnKind: 'desk',
		returnAddress: '',
		feeVnd: 0,
		summary: ''
	};
}

/** A newly chosen procedure: its components ticked with their usual counts, its fee. */
export function withProcedure(draft: ReceiveDraft, procedure: Procedure): ReceiveDraft {
	return {
		...draft,
		procedureCode: procedure.code,
		components: Object.fromEntries(procedure.components.map((c) => [c.id, 0])),
		feeVnd: procedure.feeVnd
	};
}

/** The officer types the birth date as dd/mm/yyyy; the domain takes `YYYY-MM-DD`. */
function withIsoBirthDate(person: ApplicantDraft): ApplicantDraft {
	const typed = person.birthDate.trim();
	return { ...person, birthDate: typed === '' ? '' : (parseVnDate(typed) ?? typed) };
}

export function toReceiveInput(draft: ReceiveDraft): ReceiveInput {
	return {
		procedureCode: draft.procedureCode,
		applicant: withIsoBirthDate(draft.applicant),
		submitter: draft.hasSubmitter ? withIsoBirthDate(draft.submitter) : null,
		components: Object.entries(draft.components).map(([componentId, count]) => ({
			componentId,
			count: Number(count) || 0
		})),
		sets: Number(draft.sets),
		channel: draft.channel,
		resultReturn:
			draft.returnKind === 'postal'
				? { kind: 'postal', address: draft.returnAddress }
				: { kind: draft.returnKind },
		feeVnd: Number(draft.feeVnd),
		summary: draft.summary
	};
}

export async function loadReceiveDraft(device: DeviceDb): Promise<ReceiveDraft | null> {
	const saved = await device.getDraft<Partial<ReceiveDraft>>(KEY);
	if (saved === null) return null;
	const empty = emptyDraft();
	return {
		...empty,
		...saved,
		applicant: { ...empty.applicant, ...saved.applicant },
		submitter: { ...empty.submitter, ...saved.submitter }
	};
}

export async function saveReceiveDraft(device: DeviceDb, draft: ReceiveDraft): Promise<void> {
	await device.saveDraft(KEY, plainCopy(draft), Date.now());
}

export async function clearReceiveDraft(device: DeviceDb): Promise<void> {
	await device.deleteDraft(KEY);
}

/** A plain copy (Svelte proxies cannot be stored in IndexedDB). */
function plainCopy<T>(value: T): T {
	return JSON.parse(JSON.stringify(value)) as T;
}
