/**
 * The one place that reads the laptop's clock: the domain takes times as parameters
 * (architecture.md §2). Vietnam wall-clock time whatever the machine's zone.
 */
import { datePart, toLocalDateTime, type IsoDate, type LocalDateTime } from '$lib/domain/time';

export function nowLocal(): LocalDateTime {
	return toLocalDateTime(Date.now());
}

export function todayLocal(): IsoDate {
	return datePart(nowLocal());
}
