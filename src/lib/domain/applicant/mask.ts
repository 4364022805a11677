/**
 * Masking of identity data that leaves the desk (logs, exports), domain.md §12 (personal-data
 * law 91/2025/QH15) and §12.1 ("mask the ID in logs").
 */
import { qrFields } from './id-card-qr';
import { DEFAULT_APPLICANT_SETTINGS } from './settings';

/**
 * `001099012345` → `********2345`: all but the last `visible` characters become `*`; at most a
 * third of the number stays visible, so short numbers are not given away (domain.md §12).
 */
export function maskIdNumber(
	id: string,
	visible: number = DEFAULT_APPLICANT_SETTINGS.maskVisible
): string {
	const keep = Math.min(visible, Math.floor(id.length / 3));
	return '*'.repeat(id.length - keep) + id.slice(id.length - keep);
}

/**
 * A QR payload safe to log (domain.md §12.1): identity numbers (9 or 12 digits) masked, the sex
 * word kept, every other field replaced by its length, so a malformed scan can be diagnosed
 * without personal data.
 */
export function redactQrPayload(
	payload: string,
	visible: number = DEFAULT_APPLICANT_SETTINGS.maskVisible
): string {
	return qrFields(payload)
		.map((field) => {
			if (/^(\d{9}|\d{12})$/u.test(field)) return maskIdNumber(field, visible);
			if (/^(nam|nữ)$/iu.test(field.normalize('NFC'))) return field;
			return field === '' ? '' : `[${field.length}]`;
		})
		.join('|');
}
