import { describe, expect, it } from 'vitest';
import { localDateTime as t } from '../time';
import { pausedWorkingMinutes, shiftDueForPauses } from './pauses';
import { DEFAULT_CALENDAR_SETTINGS, DEFAULT_OFFICE_HOURS } from './settings';
import { buildWorkingCalendar } from './working-calendar';
import { addWorkingMinutes, workingMinutesBetween } from './working-time';
import { BUILT_IN_YEARS } from './years';

const ctx = {
	calendar: buildWorkingCalendar(BUILT_IN_YEARS),
	hours: DEFAULT_OFFICE_HOURS,
	settings: DEFAULT_CALENDAR_SETTINGS
};
const dueAt = t('2019-12-25T08:37:42');

describe('working minutes between two times (domain.md §6.3)', () => {
	it.each([
		['inside one morning', '2019-11-20T08:00', '2019-11-20T09:15', 75],
		['over lunch', '2019-11-20T11:00', '2019-11-20T14:00', 60],
		['a whole working day', '2019-11-20T00:00', '2019-11-21T00:00', 450],
		['a weekend', '2019-11-22T17:00', '2019-11-25T07:30', 0],
		['Fri 16:00 → Mon 08:30', '2019-11-22T16:00', '2019-11-25T08:30', 120],
		['the whole 2019 Tết break', '2019-02-01T17:00', '2019-02-11T07:30', 0],
		['backwards', '2019-11-20T09:15', '2019-11-20T08:00', -75],
		['with seconds', '2019-11-20T08:00:00', '2019-11-20T08:00:30', 0.5]
	])('%s', (_, a, b, minutes) => {
		expect(workingMinutesBetween(t(a), t(b), ctx)).toEqual({ ok: true, value: minutes });
	});

	it('reports a missing year, in either direction', () => {
		const missing = { ok: false, error: 'calendar-year-missing', year: 2028 };
		expect(workingMinutesBetween(t('2027-12-31T09:00'), t('2028-01-03T09:00'), ctx)).toEqual(
			missing
		);
		expect(workingMinutesBetween(t('2028-01-03T09:00'), t('2027-12-31T09:00'), ctx)).toEqual(
			missing
		);
	});

	it('adds working minutes, never negative ones', () => {
		expect(addWorkingMinutes(t('2019-11-20T11:00'), 60, ctx)).toEqual({
			ok: true,
			value: '2019-11-20T14:00:00'
		});
		expect(() => addWorkingMinutes(t('2019-11-20T11:00'), -1, ctx)).toThrow();
	});
});

describe('shiftDueForPauses (domain.md §6.3)', () => {
	it('moves the due time by the paused working time (2 working days → 2 working days later)', () => {
		const pauses = [{ from: t('2019-12-02T09:00'), to: t('2019-12-04T09:00') }];
		expect(pausedWorkingMinutes(pauses, ctx)).toEqual({ ok: true, value: 900 });
		expect(shiftDueForPauses(dueAt, pauses, ctx)).toEqual({
			ok: true,
			value: '2019-12-27T08:37:42'
		});
	});

	it('counts overlapping or touching pauses once, in any order', () => {
		const pauses = [
			{ from: t('2019-12-03T10:00'), to: t('2019-12-04T09:00') },
			{ from: t('2019-12-02T09:00'), to: t('2019-12-03T09:00') },
			{ from: t('2019-12-02T10:00'), to: t('2019-12-02T11:00') },
			{ from: t('2019-12-03T09:00'), to: t('2019-12-03T10:00') }
		];
		expect(pausedWorkingMinutes(pauses, ctx)).toEqual({ ok: true, value: 900 });
	});

	it('keeps the due time when no working time was paused', () => {
		const weekend = [{ from: t('2019-12-07T08:00'), to: t('2019-12-08T18:00') }];
		expect(shiftDueForPauses(dueAt, weekend, ctx)).toEqual({ ok: true, value: dueAt });
		expect(shiftDueForPauses(dueAt, [], ctx)).toEqual({ ok: true, value: dueAt });
	});

	it('shifts a due time at closing into the next day', () => {
		const pauses = [{ from: t('2019-11-20T09:00'), to: t('2019-11-20T10:00') }];
		expect(shiftDueForPauses(t('2019-11-20T17:00'), pauses, ctx)).toEqual({
			ok: true,
			value: '2019-11-21T08:30:00'
		});
	});

	it('reports missing years and rejects a pause that ends before it starts', () => {
		const intoNextYear = [{ from: t('2027-12-31T09:00'), to: t('2028-01-03T09:00') }];
		expect(shiftDueForPauses(dueAt, intoNextYear, ctx)).toMatchObject({ ok: false, year: 2028 });
		const pushedOut = [{ from: t('2027-12-01T09:00'), to: t('2027-12-31T09:00') }];
		expect(shiftDueForPauses(t('2027-12-30T09:00'), pushedOut, ctx)).toMatchObject({
			ok: false,
			year: 2028
		});
		const reversed = [{ from: t('2019-12-04T09:00'), to: t('2019-12-02T09:00') }];
		expect(() => shiftDueForPauses(dueAt, reversed, ctx)).toThrow();
	});
});
