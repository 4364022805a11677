import { describe, expect, it } from 'vitest';
import { localDateTime } from '../time';
import * as calendar from '.';

describe('calendar public API (index.ts)', () => {
	it('computes a due date from the built-in years alone', () => {
		const ctx = {
			calendar: calendar.buildWorkingCalendar(calendar.BUILT_IN_YEARS),
			hours: calendar.DEFAULT_OFFICE_HOURS,
			settings: calendar.DEFAULT_CALENDAR_SETTINGS
		};
		const due = calendar.computeDueAt(
			localDateTime('2019-11-20T08:37'),
			{ unit: 'working-days', amount: 25 },
			ctx
		);
		expect(due).toEqual({ ok: true, value: '2019-12-25T08:37:00' });
		expect(calendar.ruleVersionAt(localDateTime('2019-11-20T08:37'))).toEqual({
			ok: true,
			value: 'nd61-2018'
		});
	});

	it('exports every rule the lifecycle and the app need', () => {
		for (const name of [
			'parseCalendarYear',
			'entryDays',
			'rollToOpening',
			'computeStepDueAts',
			'shiftDueForPauses',
			'pausedWorkingMinutes',
			'workingMinutesBetween',
			'addWorkingMinutes',
			'apologyDeadline',
			'isApologyInTime',
			'workingDaysBefore',
			'proposeProvisionalYear',
			'tetDate',
			'hungKingsDate',
			'nationalDayLength'
		]) {
			expect(typeof (calendar as Record<string, unknown>)[name]).toBe('function');
		}
	});
});
