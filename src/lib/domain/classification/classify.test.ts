import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMinutes, type LocalDateTime } from '../time';
import { classifyPending, classifyResolution } from './classify';

const t = (s: string) => s as LocalDateTime;
const due = t('2019-12-25T08:37:00');

describe('classifyResolution (domain.md §7)', () => {
	it.each([
		['a day early', '2019-12-24T16:00:00', 'early', 'early'],
		['earlier the same day', '2019-12-25T07:30:00', 'on-time', 'on-time'],
		['exactly at due', '2019-12-25T08:37:00', 'on-time', 'on-time'],
		['on the due date after the due clock time', '2019-12-25T15:00:00', 'late', 'on-time'],
		['the next day', '2019-12-26T07:00:00', 'late', 'late'],
		['a second late', '2019-12-25T08:37:01', 'late', 'on-time']
	] as const)('%s', (_, done, dateThenTime, dateOnly) => {
		expect(classifyResolution(due, t(done))).toBe(dateThenTime);
		expect(classifyResolution(due, t(done), 'date-then-time')).toBe(dateThenTime);
		expect(classifyResolution(due, t(done), 'date-only')).toBe(dateOnly);
	});

	it('leaves a dossier without a due date out of the three classes', () => {
		expect(classifyResolution(null, t('2019-12-25T08:37:00'))).toBeNull();
	});

	it('late by date-time whenever done > due, in the default mode', () => {
		fc.assert(
			fc.property(fc.integer({ min: -20_000, max: 20_000 }), (minutes) => {
				const done = addMinutes(due, minutes);
				const timing = classifyResolution(due, done);
				expect(timing === 'late').toBe(minutes > 0);
			}),
			{ seed: 7 }
		);
	});
});

describe('classifyPending (domain.md §7)', () => {
	it('is in time while due >= cut-off, overdue after', () => {
		expect(classifyPending(due, t('2019-12-25T08:37:00'), false)).toBe('in-time');
		expect(classifyPending(due, t('2019-12-20T23:59:59'), false)).toBe('in-time');
		expect(classifyPending(due, t('2019-12-25T23:59:59'), false)).toBe('overdue');
	});

	it('counts a dossier awaiting a supplement as in time', () => {
		expect(classifyPending(due, t('2020-01-31T23:59:59'), true)).toBe('in-time');
	});

	it('keeps the due day in time until its end in date-only mode', () => {
		expect(classifyPending(due, t('2019-12-25T17:00:00'), false, 'date-only')).toBe('in-time');
		expect(classifyPending(due, t('2019-12-26T00:00:00'), false, 'date-only')).toBe('overdue');
	});

	it('reports a dossier without a due date apart', () => {
		expect(classifyPending(null, t('2019-12-25T00:00:00'), false)).toBeNull();
	});
});
