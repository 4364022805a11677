import { describe, expect, it } from 'vitest';
import type { LocalDateTime } from '../time';
import { classifyOpenAt, dueAtCutoff, pausedAt, type DossierTimes } from './at-cutoff';

const t = (s: string) => s as LocalDateTime;
// Received 20/11 08:37, due 27/11 08:37; supplement 21/11 09:00 → 22/11 09:00 shifts due by a day.
const times: DossierTimes = {
	dueTimeline: [
		{ from: t('2019-11-20T08:37:00'), dueAt: t('2019-11-27T08:37:00') },
		{ from: t('2019-11-22T09:00:00'), dueAt: t('2019-11-28T08:37:00') }
	],
	pauses: [
		{ from: t('2019-11-21T09:00:00'), to: t('2019-11-22T09:00:00') },
		{ from: t('2019-11-29T09:00:00'), to: null }
	]
};

describe('the due time and pauses at a cut-off (domain.md §7)', () => {
	it('takes the due time known at the cut-off', () => {
		expect(dueAtCutoff(times, t('2019-11-21T12:00:00'))).toBe('2019-11-27T08:37:00');
		expect(dueAtCutoff(times, t('2019-11-22T09:00:00'))).toBe('2019-11-28T08:37:00');
		expect(dueAtCutoff(times, t('2019-11-19T00:00:00'))).toBe('2019-11-27T08:37:00');
		expect(dueAtCutoff({ dueTimeline: [], pauses: [] }, t('2019-11-22T00:00:00'))).toBeNull();
	});

	it('knows when the clock was paused', () => {
		expect(pausedAt(times, t('2019-11-21T09:00:00'))).toBe(true);
		expect(pausedAt(times, t('2019-11-22T09:00:00'))).toBe(false);
		expect(pausedAt(times, t('2019-12-31T00:00:00'))).toBe(true);
		expect(pausedAt(times, t('2019-11-20T09:00:00'))).toBe(false);
	});

	it('classifies an open dossier as it stood at the cut-off', () => {
		expect(classifyOpenAt(times, t('2019-11-27T23:59:59'))).toBe('in-time'); // shifted to 28/11
		expect(classifyOpenAt(times, t('2019-11-28T23:59:59'))).toBe('overdue');
		expect(classifyOpenAt(times, t('2019-11-29T23:59:59'))).toBe('in-time'); // paused again
		expect(classifyOpenAt(times, t('2019-11-28T17:00:00'), 'date-only')).toBe('in-time');
		expect(classifyOpenAt({ dueTimeline: [], pauses: [] }, t('2019-11-28T17:00:00'))).toBeNull();
	});
});
