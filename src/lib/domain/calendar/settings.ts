/**
 * Settings of the deadline rules and the context every deadline function takes
 * (domain.md §6). Rules marked [A]/[R] in domain.md are settings with the documented default.
 */
import type { OfficeHours } from '../model';
import type { WorkingCalendar } from './working-calendar';

export interface CalendarSettings {
	/**
	 * Cut-off `HH:mm` for same-day procedures whose own cut-off is empty: received after it →
	 * the next working day (domain.md §6.2, [A] default 15:00).
	 */
	readonly sameDayCutoff: string;
	/** Lead time of the apology / extension letter in working days (domain.md §6.4, [A] default 1). */
	readonly apologyLeadWorkingDays: number;
}

export const DEFAULT_CALENDAR_SETTINGS: CalendarSettings = {
	sameDayCutoff: '15:00',
	apologyLeadWorkingDays: 1
};

/** 07:30–11:30 and 13:30–17:00, used when an office sets none (domain.md §6.1, [A]). */
export const DEFAULT_OFFICE_HOURS: OfficeHours = {
	periods: [
		{ start: 7 * 60 + 30, end: 11 * 60 + 30 },
		{ start: 13 * 60 + 30, end: 17 * 60 }
	]
};

/** What the deadline rules need: the loaded calendar, the office's hours and the settings. */
export interface DeadlineContext {
	readonly calendar: WorkingCalendar;
	readonly hours: OfficeHours;
	readonly settings: CalendarSettings;
}

const CLOCK_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes since midnight of an `HH:mm` clock time; undefined when malformed. */
export function parseClock(text: string): number | undefined {
	const m = CLOCK_RE.exec(text);
	return m === null ? undefined : Number(m[1]) * 60 + Number(m[2]);
}
