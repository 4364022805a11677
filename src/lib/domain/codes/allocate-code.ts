/**
 * Offline allocation of the next dossier code of a desk, domain.md §9.1 (option (a): each desk
 * owns a disjoint block of the office's daily sequence; the desk remembers the last number it used
 * per day and passes it in).
 */
import type { IsoDate } from '../time';
import type { SequenceRange } from './desk-ranges';
import { formatDossierCode, isAgencyCode } from './dossier-code';
import { DEFAULT_DOSSIER_CODE_SETTINGS, type DossierCodeSettings } from './settings';

export interface AllocateCodeInput {
	/** The office's electronic agency identifier (§9.2), opaque. */
	readonly agencyCode: string;
	/** This desk's block of the daily sequence. */
	readonly range: SequenceRange;
	/** Receipt day in Vietnam time. */
	readonly receivedDate: IsoDate;
	/** Last sequence this desk used on `receivedDate`; null when it has issued none that day. */
	readonly lastUsed: number | null;
}

export const ALLOCATE_CODE_ERRORS = ['desk-range-exhausted', 'agency-code-invalid'] as const;
export type AllocateCodeError = (typeof ALLOCATE_CODE_ERRORS)[number];

export type AllocatedCode =
	| {
			readonly ok: true;
			readonly code: string;
			readonly sequence: number;
			readonly lastUsed: number;
	  }
	| { readonly ok: false; readonly error: AllocateCodeError };

/**
 * Next code of a desk for a day, domain.md §9.1: the number after `lastUsed` (or the start of the
 * range), zero-padded; `desk-range-exhausted` once the block is used up. A malformed range is a
 * bug and throws.
 */
export function allocateCode(
	input: AllocateCodeInput,
	settings: DossierCodeSettings = DEFAULT_DOSSIER_CODE_SETTINGS
): AllocatedCode {
	const { first, last } = input.range;
	if (!Number.isSafeInteger(first) || !Number.isSafeInteger(last) || first < 1 || last < first) {
		throw new RangeError(`Invalid sequence range ${first}–${last}`);
	}
	if (!isAgencyCode(input.agencyCode, settings)) return { ok: false, error: 'agency-code-invalid' };
	const sequence = input.lastUsed === null ? first : Math.max(first, input.lastUsed + 1);
	if (sequence > last) return { ok: false, error: 'desk-range-exhausted' };
	const code = formatDossierCode(
		{ agencyCode: input.agencyCode, receivedDate: input.receivedDate, sequence },
		settings
	);
	return { ok: true, code, sequence, lastUsed: sequence };
}
