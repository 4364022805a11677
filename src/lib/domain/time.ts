/**
 * Plain date and time values in Vietnam time (UTC+7, no daylight saving), style.md "Habits".
 * The domain never reads a clock: callers pass the times in; conversion from and to epoch
 * milliseconds happens at the edges with `toLocalDateTime` / `toEpochMs`.
 */

declare const isoDateBrand: unique symbol;
declare const localDateTimeBrand: unique symbol;

/** A calendar day, `YYYY-MM-DD`. */
export type IsoDate = string & { readonly [isoDateBrand]: true };
/** A wall-clock time in Vietnam, `YYYY-MM-DDTHH:mm:ss`; sorts as text. */
export type LocalDateTime = string & { readonly [localDateTimeBrand]: true };

/** 0 = Sunday … 6 = Saturday, as `Date.getUTCDay`. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export const VIETNAM_OFFSET_MINUTES = 7 * 60;
const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})$/;

function validDay(y: number, m: number, d: number): boolean {
	const t = new Date(Date.UTC(y, m - 1, d));
	return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

export function isIsoDate(value: string): value is IsoDate {
	const m = DATE_RE.exec(value);
	return m !== null && validDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

export function isLocalDateTime(value: string): value is LocalDateTime {
	const m = DATE_TIME_RE.exec(value);
	if (m === null || !validDay(Number(m[1]), Number(m[2]), Number(m[3]))) return false;
	return Number(m[4]) < 24 && Number(m[5]) < 60 && Number(m[6]) < 60;
}

/** Parses `YYYY-MM-DD`; throws on anything else (a bug, not user input). */
export function isoDate(value: string): IsoDate {
	if (!isIsoDate(value)) throw new Error(`Not a date: ${value}`);
	return value;
}

/** Parses `YYYY-MM-DDTHH:mm` or `YYYY-MM-DDTHH:mm:ss`; throws on anything else. */
export function localDateTime(value: string): LocalDateTime {
	const full = value.length === 16 ? `${value}:00` : value;
	if (!isLocalDateTime(full)) throw new Error(`Not a local date-time: ${value}`);
	return full;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Days since 1970-01-01 (negative before). */
export function dayNumber(date: IsoDate): number {
	return Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / MS_PER_DAY;
}

export function fromDayNumber(day: number): IsoDate {
	const t = new Date(day * MS_PER_DAY);
	return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}` as IsoDate;
}

export function addDays(date: IsoDate, days: number): IsoDate {
	return fromDayNumber(dayNumber(date) + days);
}

export function weekday(date: IsoDate): Weekday {
	return new Date(dayNumber(date) * MS_PER_DAY).getUTCDay() as Weekday;
}

export function datePart(at: LocalDateTime): IsoDate {
	return at.slice(0, 10) as IsoDate;
}

/** Minutes since midnight of the wall-clock time (seconds dropped). */
export function minuteOfDay(at: LocalDateTime): number {
	return Number(at.slice(11, 13)) * 60 + Number(at.slice(14, 16));
}

/** Builds a date-time from a day and minutes since its midnight (0 ≤ minutes < 1440). */
export function atMinute(date: IsoDate, minutes: number, seconds = 0): LocalDateTime {
	return `${date}T${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}:${pad(seconds)}` as LocalDateTime;
}

/** Wall-clock time in Vietnam of an instant given as epoch milliseconds. */
export function toLocalDateTime(epochMs: number): LocalDateTime {
	const t = new Date(epochMs + VIETNAM_OFFSET_MINUTES * MS_PER_MINUTE);
	return t.toISOString().slice(0, 19) as LocalDateTime;
}

/** Epoch milliseconds of a Vietnam wall-clock time. */
export function toEpochMs(at: LocalDateTime): number {
	return Date.parse(`${at}Z`) - VIETNAM_OFFSET_MINUTES * MS_PER_MINUTE;
}

/** Whole minutes from `a` to `b` (negative when `b` is earlier). */
export function minutesBetween(a: LocalDateTime, b: LocalDateTime): number {
	return Math.round((toEpochMs(b) - toEpochMs(a)) / MS_PER_MINUTE);
}

export function addMinutes(at: LocalDateTime, minutes: number): LocalDateTime {
	return toLocalDateTime(toEpochMs(at) + minutes * MS_PER_MINUTE);
}

export function compareText(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * "ngày 05 tháng 3 năm 2020", "ngày 20 tháng 01 năm 2019": dates of administrative documents
 * (ND 30/2020: days below 10 and the months 1 and 2 take a leading zero).
 */
export function longVnDate(date: IsoDate): string {
	const day = date.slice(8, 10);
	const month = Number(date.slice(5, 7));
	const monthText = month <= 2 ? `0${month}` : String(month);
	return `ngày ${day} tháng ${monthText} năm ${date.slice(0, 4)}`;
}

/** `dd/mm/yyyy`, the Vietnamese way of writing a date. */
export function formatVnDate(date: IsoDate): string {
	return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

/** `HH:mm dd/mm/yyyy`. */
export function formatVnDateTime(at: LocalDateTime): string {
	return `${at.slice(11, 16)} ${formatVnDate(datePart(at))}`;
}

/** Reads a date typed the Vietnamese way, `dd/mm/yyyy` (also `d/m/yyyy`, `-` or `.` between). */
export function parseVnDate(text: string): IsoDate | null {
	const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text.trim());
	if (m === null) return null;
	const iso = `${m[3]}-${pad(Number(m[2]))}-${pad(Number(m[1]))}`;
	return isIsoDate(iso) ? iso : null;
}

/** Reads a date `dd/mm/yyyy` and a clock time `HH:mm` typed in two fields. */
export function parseVnDateTime(dateText: string, timeText: string): LocalDateTime | null {
	const date = parseVnDate(dateText);
	const m = /^(\d{1,2})[:hH](\d{2})$/.exec(timeText.trim());
	if (date === null || m === null) return null;
	const value = `${date}T${pad(Number(m[1]))}:${m[2]}:00`;
	return isLocalDateTime(value) ? value : null;
}
