/**
 * A year's days off as a province administrator keeps them (issue 12, ADR 34): add and remove
 * entries, record the official notice each rests on, mark the year verified once the notice is
 * out. Every change returns a new year that `parseCalendarYear` accepts, or the problem of each
 * field, so nothing malformed reaches the catalogue and every desk's due dates.
 */
import { formatVnDate, parseVnDate, type IsoDate } from '../time';
import {
	OCCASIONS,
	entryDays,
	parseCalendarYear,
	type CalendarEntry,
	type CalendarYear,
	type EntryKind,
	type Occasion
} from './calendar-year';
import { CALENDAR_EDIT_ERRORS, ENTRY_KINDS, type CalendarEditError } from './edit-codes';
import { HOLIDAY_NAMES } from './years/bases';

export { CALENDAR_EDIT_ERRORS, ENTRY_KINDS, type CalendarEditError };
export { unverifiedYears } from './edit-codes';

/** An entry as typed: dates as dd/mm/yyyy; `to` empty for a single day. */
export interface EntryDraft {
	kind: EntryKind;
	from: string;
	to: string;
	occasion: Occasion;
	name: string;
	/** Key of the year's notices (`bases`). */
	basis: string;
	note: string;
}

/** An official notice: its number and symbol, its date and what kind of document it is. */
export interface NoticeDraft {
	/** "9441/TB-BNV"; also the key entries cite. */
	number: string;
	/** dd/mm/yyyy */
	date: string;
	/** "Thông báo", "Công văn", "Nghị quyết"… */
	kind: string;
}

export type CalendarEditResult =
	| { readonly ok: true; readonly value: CalendarYear }
	| { readonly ok: false; readonly errors: Readonly<Record<string, CalendarEditError>> };

export function emptyEntryDraft(): EntryDraft {
	return { kind: 'holiday', from: '', to: '', occasion: 'new-year', name: '', basis: '', note: '' };
}

/** A year with nothing in it yet, provisional until its notice is recorded. */
export function emptyYear(year: number): CalendarYear {
	return { year, status: 'provisional', open: [...OCCASIONS], bases: {}, entries: [] };
}

const byDate = (a: CalendarEntry, b: CalendarEntry): number =>
	a.from < b.from ? -1 : a.from > b.from ? 1 : 0;

/** The year checked as every desk checks it; the first problem found, keyed by `from`. */
function checked(year: CalendarYear): CalendarEditResult {
	const parsed = parseCalendarYear(JSON.parse(JSON.stringify(year)));
	if (parsed.ok) return { ok: true, value: parsed.value };
	if (parsed.issue === 'shape' || parsed.issue === 'basis-unknown') {
		return { ok: false, errors: { basis: 'required' } };
	}
	return { ok: false, errors: { from: parsed.issue } };
}

/** Adds one entry; every day it covers must lie in the year and on no other entry. */
export function addEntry(year: CalendarYear, draft: EntryDraft): CalendarEditResult {
	const errors: Record<string, CalendarEditError> = {};
	const from = draft.from.trim() === '' ? null : parseVnDate(draft.from);
	if (draft.from.trim() === '') errors.from = 'required';
	else if (from === null) errors.from = 'date-format';
	const to = draft.to.trim() === '' ? undefined : parseVnDate(draft.to);
	if (to === null) errors.to = 'date-format';
	if (!OCCASIONS.includes(draft.occasion)) errors.occasion = 'required';
	if (draft.basis === '' || year.bases[draft.basis] === undefined) errors.basis = 'required';
	const prefix = String(year.year);
	if (from !== null && !from.startsWith(prefix)) errors.from = 'not-in-year';
	if (to !== null && to !== undefined && !to.startsWith(prefix)) errors.to = 'not-in-year';
	if (from !== null && to !== null && to !== undefined && to < from) errors.to = 'range-reversed';
	if (Object.keys(errors).length > 0 || from === null || to === null) return { ok: false, errors };
	const name = draft.name.normalize('NFC').replace(/\s+/gu, ' ').trim();
	const note = draft.note.normalize('NFC').replace(/\s+/gu, ' ').trim();
	const entry: CalendarEntry = {
		kind: draft.kind,
		from,
		...(to === undefined || to === from ? {} : { to }),
		occasion: draft.occasion,
		name: name === '' ? defaultName(draft.kind, draft.occasion) : name,
		basis: [draft.basis],
		evidence: 'C',
		...(note === '' ? {} : { note })
	};
	const taken = new Set(year.entries.flatMap(entryDays));
	const clash = entryDays(entry).find((day) => taken.has(day));
	if (clash !== undefined) return { ok: false, errors: { from: 'day-listed-twice' } };
	return checked({ ...year, entries: [...year.entries, entry].sort(byDate) });
}

function defaultName(kind: EntryKind, occasion: Occasion): string {
	const holiday = HOLIDAY_NAMES[occasion];
	if (kind === 'substitute') return `Nghỉ bù ${holiday}`;
	if (kind === 'swap') return `Nghỉ hoán đổi ${holiday}`;
	if (kind === 'makeup') return `Làm bù ${holiday}`;
	return holiday;
}

export function removeEntry(year: CalendarYear, index: number): CalendarYear {
	return { ...year, entries: year.entries.filter((_, i) => i !== index) };
}

/** The notice as entries show it: "Thông báo 9441/TB-BNV (16/10/2025)". */
export function noticeText(notice: { number: string; date: IsoDate; kind: string }): string {
	return `${notice.kind} ${notice.number} (${formatVnDate(notice.date)})`;
}

/** Records a notice under its number, so entries can cite it. */
export function addNotice(year: CalendarYear, draft: NoticeDraft): CalendarEditResult {
	const errors: Record<string, CalendarEditError> = {};
	const number = draft.number.normalize('NFC').replace(/\s+/gu, '').trim();
	const kind = draft.kind.normalize('NFC').replace(/\s+/gu, ' ').trim();
	const date = draft.date.trim() === '' ? null : parseVnDate(draft.date);
	if (number === '') errors.number = 'required';
	else if (year.bases[number] !== undefined) errors.number = 'notice-twice';
	if (kind === '') errors.kind = 'required';
	if (draft.date.trim() === '') errors.date = 'required';
	else if (date === null) errors.date = 'date-format';
	if (Object.keys(errors).length > 0 || date === null) return { ok: false, errors };
	return checked({
		...year,
		bases: { ...year.bases, [number]: noticeText({ number, date, kind }) }
	});
}

/** Removes a notice no entry cites. */
export function removeNotice(year: CalendarYear, key: string): CalendarEditResult {
	if (year.entries.some((e) => e.basis.includes(key))) {
		return { ok: false, errors: { [key]: 'notice-in-use' } };
	}
	const bases = { ...year.bases };
	delete bases[key];
	return { ok: true, value: { ...year, bases } };
}

/**
 * Verified once the official notice is recorded: nothing awaits it any more (`open` empty).
 * Provisional again lists every occasion the notice still has to settle.
 */
export function setYearStatus(
	year: CalendarYear,
	status: CalendarYear['status'],
	open: readonly Occasion[] = []
): CalendarYear {
	return status === 'verified'
		? { ...year, status, open: [] }
		: { ...year, status, open: open.length > 0 ? open : year.open };
}
