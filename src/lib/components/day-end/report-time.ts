/**
 * A desk report's times as `HH:mm dd/mm/yyyy` in Vietnam time. The server may send Vietnam
 * wall-clock text or an ISO instant (with a zone); anything else is shown as it came.
 */
import {
	formatVnDateTime,
	isLocalDateTime,
	localDateTime,
	toLocalDateTime
} from '$lib/domain/time';

export function formatReportTime(value: string): string {
	const local = value.slice(0, 19);
	if (value.length === 19 && isLocalDateTime(local)) return formatVnDateTime(localDateTime(local));
	const ms = Date.parse(value);
	return Number.isNaN(ms) ? value : formatVnDateTime(toLocalDateTime(ms));
}
