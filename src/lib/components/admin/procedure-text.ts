import type { ProcedureTime } from '$lib/domain/model';
import { formatVnDateTime, toLocalDateTime } from '$lib/domain/time';
import type { Locale } from '$lib/i18n';
import { formatNumber } from '$lib/i18n/format';

import type { AdminFailure } from '$lib/app/admin-codes';
import { codeMessage, type Translate } from '$lib/i18n/messages';

/** "15 ngày làm việc", "Trong ngày (trước 15:00)", "Không quy định". */
export function timeText(t: Translate, time: ProcedureTime, lang: Locale): string {
	if (time.unit === 'none') return codeMessage(t, 'admin.timeUnit', 'none');
	if (time.unit === 'same-day') {
		return codeMessage(t, 'admin.timeText', 'same-day', { values: { cutoff: time.cutoff } });
	}
	return codeMessage(t, 'admin.timeText', time.unit, {
		values: { amount: formatNumber(time.amount, lang) }
	});
}

/** "Sửa lần cuối: tinh.quantri, 08:15 04/12/2026", or that it came with the provisioning. */
export function signedText(
	t: Translate,
	signed: { readonly changedBy: string | null; readonly changedAt: string | null }
): string {
	if (signed.changedBy === null || signed.changedAt === null) return t('admin.provisioned');
	const at = formatVnDateTime(toLocalDateTime(Date.parse(signed.changedAt)));
	return t('admin.changedBy', { values: { by: signed.changedBy, at } });
}

/** Why a save did not happen, in words: the server's refusal with its code, or the failure's message. */
export function failureText(
	t: Translate,
	result: { readonly error: AdminFailure } & { readonly reason?: string }
): string {
	return result.error === 'refused'
		? t('admin.failure.refused', { values: { reason: result.reason ?? '' } })
		: codeMessage(t, 'admin.failure', result.error);
}
