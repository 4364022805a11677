/**
 * The dossier code (mã hồ sơ) `<agency identifier>-<yyMMdd>-<NNNN>`, domain.md §9.1.
 * The agency part is opaque (taken from configuration, never rebuilt); the date is the receipt
 * day in Vietnam time; the sequence counts that office's dossiers of the day.
 */
import { compareText, isIsoDate, type IsoDate } from '../time';
import { DEFAULT_DOSSIER_CODE_SETTINGS, type DossierCodeSettings } from './settings';

export interface DossierCodeParts {
	readonly agencyCode: string;
	readonly receivedDate: IsoDate;
	/** 1-based number of the dossier among those the office received that day. */
	readonly sequence: number;
}

export type DossierCodeError = 'code-malformed' | 'code-date-invalid' | 'code-sequence-zero';

export type ParsedDossierCode =
	| { readonly ok: true; readonly value: DossierCodeParts }
	| { readonly ok: false; readonly error: DossierCodeError };

/** The whole-code regex for the given settings (default: `^[0-9A-Z.]{5,20}-\d{6}-\d{4,}$`, §9.1). */
export function dossierCodePattern(settings: DossierCodeSettings = DEFAULT_DOSSIER_CODE_SETTINGS) {
	return new RegExp(`^(${settings.agencyPattern})-(\\d{6})-(\\d{${settings.minSequenceDigits},})$`);
}

/** Whether the agency identifier fits the configured shape, domain.md §9.1–§9.2. */
export function isAgencyCode(
	agencyCode: string,
	settings: DossierCodeSettings = DEFAULT_DOSSIER_CODE_SETTINGS
): boolean {
	return new RegExp(`^(?:${settings.agencyPattern})$`).test(agencyCode);
}

/** `yyMMdd` of a receipt day; codes can only carry years 2000–2099 (domain.md §9.1). */
export function codeDate(date: IsoDate): string {
	if (!date.startsWith('20')) throw new RangeError(`Receipt year outside 2000–2099: ${date}`);
	return `${date.slice(2, 4)}${date.slice(5, 7)}${date.slice(8, 10)}`;
}

/**
 * Builds a dossier code, domain.md §9.1. Invalid parts are a bug (the allocator checks the
 * configuration first), so this throws.
 */
export function formatDossierCode(
	parts: DossierCodeParts,
	settings: DossierCodeSettings = DEFAULT_DOSSIER_CODE_SETTINGS
): string {
	if (!isAgencyCode(parts.agencyCode, settings)) {
		throw new RangeError(`Agency code does not fit the configured shape: ${parts.agencyCode}`);
	}
	if (!Number.isSafeInteger(parts.sequence) || parts.sequence < 1) {
		throw new RangeError(`Sequence must be a positive integer: ${parts.sequence}`);
	}
	const sequence = String(parts.sequence).padStart(settings.minSequenceDigits, '0');
	return `${parts.agencyCode}-${codeDate(parts.receivedDate)}-${sequence}`;
}

/** Splits a code into agency, receipt day and sequence, checking the §9.1 regex and the date. */
export function parseDossierCode(
	code: string,
	settings: DossierCodeSettings = DEFAULT_DOSSIER_CODE_SETTINGS
): ParsedDossierCode {
	const m = dossierCodePattern(settings).exec(code);
	if (m === null) return { ok: false, error: 'code-malformed' };
	return partsOf(m[1] as string, m[2] as string, m[3] as string);
}

function partsOf(agencyCode: string, yymmdd: string, digits: string): ParsedDossierCode {
	const date = `20${yymmdd.slice(0, 2)}-${yymmdd.slice(2, 4)}-${yymmdd.slice(4, 6)}`;
	if (!isIsoDate(date)) return { ok: false, error: 'code-date-invalid' };
	const sequence = Number(digits);
	if (!Number.isSafeInteger(sequence)) return { ok: false, error: 'code-malformed' };
	if (sequence === 0) return { ok: false, error: 'code-sequence-zero' };
	return { ok: true, value: { agencyCode, receivedDate: date, sequence } };
}

/** Validates a code typed or scanned by a user (regex of §9.1 plus a real receipt day). */
export function validateDossierCode(
	code: string,
	settings: DossierCodeSettings = DEFAULT_DOSSIER_CODE_SETTINGS
): { readonly ok: true } | { readonly ok: false; readonly error: DossierCodeError } {
	const parsed = parseDossierCode(code.trim(), settings);
	return parsed.ok ? { ok: true } : { ok: false, error: parsed.error };
}

const LOOSE_CODE_RE = /^(.+)-(\d{6})-(\d+)$/;

/**
 * Orders codes by receipt day, then sequence, then agency (domain.md §9.1). Works on any stored
 * code whatever the agency shape; a string that is not a code at all is a bug and throws.
 */
export function compareDossierCodes(a: string, b: string): number {
	const pa = looseParts(a);
	const pb = looseParts(b);
	return (
		compareText(pa.receivedDate, pb.receivedDate) ||
		pa.sequence - pb.sequence ||
		compareText(pa.agencyCode, pb.agencyCode)
	);
}

function looseParts(code: string): DossierCodeParts {
	const m = LOOSE_CODE_RE.exec(code);
	const parsed = m === null ? null : partsOf(m[1] as string, m[2] as string, m[3] as string);
	if (parsed === null || !parsed.ok) throw new RangeError(`Not a dossier code: ${code}`);
	return parsed.value;
}
