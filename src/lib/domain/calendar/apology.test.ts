import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, atMinute, isoDate, localDateTime as t } from '../time';
import { apologyDeadline, isApologyInTime, workingDaysBefore } from './apology';
import { DEFAULT_CALENDAR_SETTINGS, DEFAULT_OFFICE_HOURS } from './settings';
import { buildWorkingCalendar } from './working-calendar';
import { BUILT_IN_YEARS } from './years';

const ctx = {
	calendar: buildWorkingCalendar(BUILT_IN_YEARS),
	hours: DEFAULT_OFFICE_HOURS,
	settings: DEFAULT_CALENDAR_SETTINGS
};
const dueAt = t('2019-12-25T08:37');

describe('apology at least 1 working day before the due time (domain.md §6.4)', () => {
	it('the latest apology time is one working day earlier, same clock', () => {
		expect(apologyDeadline(dueAt, ctx)).toEqual({ ok: true, value: '2019-12-24T08:37:00' });
		expect(apologyDeadline(t('2019-02-11T10:00'), ctx)).toEqual({
			ok: true,
			value: '2019-02-01T10:00:00'
		});
	});

	it.each([
		['2019-12-24T08:37', true, 1],
		['2019-12-24T08:38', false, 0],
		['2019-12-23T16:00', true, 1],
		['2019-12-21T10:00', true, 2],
		['2019-12-25T08:00', false, 0],
		['2019-12-26T08:00', false, -1]
	])('at %s: in time %s, %i working days before', (at, inTime, days) => {
		expect(isApologyInTime(t(at), dueAt, ctx)).toEqual({ ok: true, value: inTime });
		expect(workingDaysBefore(t(at), dueAt, ctx)).toEqual({ ok: true, value: days });
	});

	it('follows the lead-time setting', () => {
		const settings = { ...DEFAULT_CALENDAR_SETTINGS, apologyLeadWorkingDays: 2 };
		expect(apologyDeadline(dueAt, { ...ctx, settings })).toEqual({
			ok: true,
			value: '2019-12-23T08:37:00'
		});
	});

	it('reports missing years', () => {
		const missing = { ok: false, error: 'calendar-year-missing', year: 2018 };
		expect(isApologyInTime(t('2018-12-20T08:00'), t('2019-01-02T08:00'), ctx)).toEqual(missing);
		expect(workingDaysBefore(t('2018-12-20T08:00'), t('2019-01-02T08:00'), ctx)).toEqual(missing);
		expect(apologyDeadline(t('2019-01-02T08:00'), ctx)).toEqual(missing);
		expect(workingDaysBefore(t('2018-12-31T08:00'), t('2019-01-03T08:00'), ctx)).toEqual(missing);
	});

	it('workingDaysBefore ≥ n exactly when the apology is n working days early', () => {
		const start = isoDate('2019-01-07');
		const anyTime = fc
			.tuple(fc.integer({ min: 0, max: 2500 }), fc.integer({ min: 0, max: 1439 }))
			.map(([day, minute]) => atMinute(addDays(start, day), minute));
		fc.assert(
			fc.property(anyTime, anyTime, fc.integer({ min: 0, max: 4 }), (at, rawDue, n) => {
				const due = ctx.calendar.isWorkingDay(isoDate(rawDue.slice(0, 10)));
				if (!due.ok || !due.value) return;
				const lead = { ...ctx, settings: { ...ctx.settings, apologyLeadWorkingDays: n } };
				const days = workingDaysBefore(at, rawDue, ctx);
				const inTime = isApologyInTime(at, rawDue, lead);
				if (!days.ok || !inTime.ok) throw new Error('unexpected missing year');
				expect(days.value >= n).toBe(inTime.value);
			}),
			{ numRuns: 500, seed: 20191120 }
		);
	});
});
