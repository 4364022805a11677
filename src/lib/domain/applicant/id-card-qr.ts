/**
 * The QR code of the chip ID card (CCCD 2021–06/2024, thẻ căn cước from 07/2024), domain.md
 * §12.1: `ID|old ID|full name|ddmmyyyy|Nam/Nữ|address|ddmmyyyy[|extra…]`. Extra fields of the
 * newer card (cancelled ID, parents' names) are kept raw because their positions are unconfirmed.
 */
import { isIsoDate, type IsoDate } from '../time';
import type { Sex } from './citizen-id';
import type { ApplicantInput } from './validate-applicant';
import { normaliseName } from './name';

export type IdCardType = 'cccd' | 'can-cuoc';

export interface IdCardQr {
	readonly idNumber: string;
	/** The 9-digit CMND number as printed, or null when the field is empty. */
	readonly oldIdNumber: string | null;
	readonly fullName: string;
	readonly birthDate: IsoDate;
	readonly sex: Sex;
	/** Display text only: it may predate the 07/2025 merger of administrative units. */
	readonly address: string;
	readonly issueDate: IsoDate;
	readonly cardType: IdCardType;
	/** Fields after the seventh, untouched. */
	readonly extras: readonly string[];
}

export const ID_CARD_QR_ERRORS = [
	'qr-too-few-fields',
	'qr-id-invalid',
	'qr-name-missing',
	'qr-birth-date-invalid',
	'qr-sex-invalid',
	'qr-issue-date-invalid'
] as const;
export type IdCardQrError = (typeof ID_CARD_QR_ERRORS)[number];

export type IdCardQrWarning = 'qr-old-id-unexpected' | 'qr-issued-before-birth';

export type ParsedIdCardQr =
	| { readonly ok: true; readonly value: IdCardQr; readonly warnings: readonly IdCardQrWarning[] }
	| { readonly ok: false; readonly error: IdCardQrError };

/** At least the seven positional fields every card carries, domain.md §12.1. */
type QrFields = [string, string, string, string, string, string, string, ...string[]];

function hasSevenFields(fields: string[]): fields is QrFields {
	return fields.length >= 7;
}

/** First issue day of the thẻ căn cước (Luật Căn cước 2023), domain.md §12.1. */
export const CAN_CUOC_FROM = '2024-07-01' as IsoDate;

/** Strict `ddmmyyyy` → IsoDate, or null (31022000 is rejected), domain.md §12.1. */
export function parseQrDate(value: string): IsoDate | null {
	if (!/^\d{8}$/u.test(value)) return null;
	const iso = `${value.slice(4, 8)}-${value.slice(2, 4)}-${value.slice(0, 2)}`;
	return isIsoDate(iso) ? iso : null;
}

/** The QR payload's fields, domain.md §12.1: split on `|`, empties kept, trailing CR/LF removed. */
export function qrFields(payload: string): string[] {
	return payload.replace(/[\r\n]+$/u, '').split('|');
}

function parseSex(value: string): Sex | null {
	const word = value.normalize('NFC').trim().toLowerCase();
	return word === 'nam' ? 'male' : word === 'nữ' ? 'female' : null;
}

/** Parses a scanned ID-card QR payload into applicant facts, domain.md §12.1 parser rules. */
export function parseIdCardQr(payload: string): ParsedIdCardQr {
	const fields = qrFields(payload);
	if (!hasSevenFields(fields)) return { ok: false, error: 'qr-too-few-fields' };
	const [id, oldId, name, dob, sexWord, address, issued] = fields;
	const idNumber = id.trim();
	if (!/^\d{12}$/u.test(idNumber)) return { ok: false, error: 'qr-id-invalid' };
	const fullName = normaliseName(name);
	if (fullName === '') return { ok: false, error: 'qr-name-missing' };
	const birthDate = parseQrDate(dob.trim());
	if (birthDate === null) return { ok: false, error: 'qr-birth-date-invalid' };
	const sex = parseSex(sexWord);
	if (sex === null) return { ok: false, error: 'qr-sex-invalid' };
	const issueDate = parseQrDate(issued.trim());
	if (issueDate === null) return { ok: false, error: 'qr-issue-date-invalid' };
	const old = oldId.trim();
	const value: IdCardQr = {
		idNumber,
		oldIdNumber: old === '' ? null : old,
		fullName,
		birthDate,
		sex,
		address: normaliseName(address),
		issueDate,
		cardType: issueDate < CAN_CUOC_FROM ? 'cccd' : 'can-cuoc',
		extras: fields.slice(7)
	};
	return { ok: true, value, warnings: qrWarnings(value) };
}

function qrWarnings(qr: IdCardQr): IdCardQrWarning[] {
	const warnings: IdCardQrWarning[] = [];
	if (qr.oldIdNumber !== null && !/^\d{9}$/u.test(qr.oldIdNumber))
		warnings.push('qr-old-id-unexpected');
	if (qr.issueDate < qr.birthDate) warnings.push('qr-issued-before-birth');
	return warnings;
}

/** Prefills the intake form from a scanned card (domain.md §12.1); the officer still validates. */
export function applicantInputFromQr(qr: IdCardQr): ApplicantInput {
	return {
		fullName: qr.fullName,
		idType: 'citizen-id',
		idNumber: qr.idNumber,
		birthDate: qr.birthDate,
		sex: qr.sex,
		address: qr.address
	};
}
