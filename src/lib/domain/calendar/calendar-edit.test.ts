import { describe, expect, it } from 'vitest';
import { BUILT_IN_YEARS } from './years';
import {
	addEntry,
	addNotice,
	emptyEntryDraft,
	emptyYear,
	removeEntry,
	removeNotice,
	setYearStatus,
	unverifiedYears,
	type EntryDraft
} from './calendar-edit';
import { parseCalendarYear } from './calendar-year';
import { isoDate } from '../time';

const y2027 = BUILT_IN_YEARS.find((y) => y.year === 2027)!;
const noticed = (() => {
	const r = addNotice(emptyYear(2028), {
		number: '123/TB-BNV',
		date: '15/11/2027',
		kind: 'Thông báo'
	});
	if (!r.ok) throw new Error('notice');
	return r.value;
})();
const entry = (overrides: Partial<EntryDraft>): EntryDraft => ({
	...emptyEntryDraft(),
	basis: '123/TB-BNV',
	...overrides
});

describe('a calendar year edited by an administrator', () => {
	it('records a notice under its number, worded with its kind and date', () => {
		expect(noticed.bases).toEqual({ '123/TB-BNV': 'Thông báo 123/TB-BNV (15/11/2027)' });
		expect(
			addNotice(noticed, { number: '123/TB-BNV', date: '01/12/2027', kind: 'Công văn' })
		).toEqual({
			ok: false,
			errors: { number: 'notice-twice' }
		});
		expect(addNotice(noticed, { number: '', date: '31/02/2027', kind: '' })).toEqual({
			ok: false,
			errors: { number: 'required', kind: 'required', date: 'date-format' }
		});
	});

	it('adds days off that every desk can parse, named after their occasion when no name is typed', () => {
		const added = addEntry(
			noticed,
			entry({ kind: 'substitute', from: '03/01/2028', occasion: 'new-year' })
		);
		expect(added.ok).toBe(true);
		if (!added.ok) return;
		expect(added.value.entries).toEqual([
			{
				kind: 'substitute',
				from: '2028-01-03',
				occasion: 'new-year',
				name: 'Nghỉ bù Tết Dương lịch',
				basis: ['123/TB-BNV'],
				evidence: 'C'
			}
		]);
		expect(parseCalendarYear(added.value).ok).toBe(true);
		const range = addEntry(
			added.value,
			entry({ from: '24/01/2028', to: '28/01/2028', occasion: 'tet' })
		);
		expect(range.ok && range.value.entries.map((e) => e.from)).toEqual([
			'2028-01-03',
			'2028-01-24'
		]);
	});

	it('refuses a day outside the year, a weekend day off, a weekday make-up and a day listed twice', () => {
		expect(addEntry(noticed, entry({ from: '31/12/2027' }))).toEqual({
			ok: false,
			errors: { from: 'not-in-year' }
		});
		expect(addEntry(noticed, entry({ from: '03/01/2028', to: '02/01/2029' }))).toEqual({
			ok: false,
			errors: { to: 'not-in-year' }
		});
		expect(addEntry(noticed, entry({ from: '10/01/2028', to: '05/01/2028' }))).toEqual({
			ok: false,
			errors: { to: 'range-reversed' }
		});
		expect(addEntry(noticed, entry({ from: '01/01/2028' }))).toEqual({
			ok: false,
			errors: { from: 'off-day-not-weekday' }
		});
		expect(addEntry(noticed, entry({ kind: 'makeup', from: '03/01/2028' }))).toEqual({
			ok: false,
			errors: { from: 'makeup-not-saturday' }
		});
		const once = addEntry(noticed, entry({ from: '03/01/2028' }));
		if (!once.ok) throw new Error('first day');
		expect(addEntry(once.value, entry({ from: '31/12/2027', to: '04/01/2028' })).ok).toBe(false);
		expect(addEntry(once.value, entry({ from: '03/01/2028', to: '04/01/2028' }))).toEqual({
			ok: false,
			errors: { from: 'day-listed-twice' }
		});
		expect(addEntry(noticed, entry({ from: '', basis: '' }))).toEqual({
			ok: false,
			errors: { from: 'required', basis: 'required' }
		});
		expect(addEntry(noticed, entry({ from: '3 tháng 1' }))).toEqual({
			ok: false,
			errors: { from: 'date-format' }
		});
	});

	it('removes entries, and a notice only once nothing rests on it', () => {
		const added = addEntry(noticed, entry({ from: '03/01/2028' }));
		if (!added.ok) throw new Error('entry');
		expect(removeNotice(added.value, '123/TB-BNV')).toEqual({
			ok: false,
			errors: { '123/TB-BNV': 'notice-in-use' }
		});
		const emptied = removeEntry(added.value, 0);
		expect(emptied.entries).toEqual([]);
		const gone = removeNotice(emptied, '123/TB-BNV');
		expect(gone.ok && gone.value.bases).toEqual({});
	});

	it('marks a year verified with nothing left open, and provisional again', () => {
		const verified = setYearStatus(y2027, 'verified');
		expect([verified.status, verified.open]).toEqual(['verified', []]);
		expect(setYearStatus(verified, 'provisional', ['tet']).open).toEqual(['tet']);
	});

	it('tells a desk which of this year and the next are not verified', () => {
		const statuses = new Map<number, 'verified' | 'provisional'>([
			[2026, 'verified'],
			[2027, 'provisional']
		]);
		const statusOf = (y: number) => statuses.get(y);
		expect(unverifiedYears(statusOf, isoDate('2026-12-04'))).toEqual([
			{ year: 2027, state: 'provisional' }
		]);
		expect(unverifiedYears(statusOf, isoDate('2027-03-01'))).toEqual([
			{ year: 2027, state: 'provisional' },
			{ year: 2028, state: 'missing' }
		]);
		expect(unverifiedYears(() => 'verified', isoDate('2026-01-01'))).toEqual([]);
	});
});
