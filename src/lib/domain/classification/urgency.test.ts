import { describe, expect, it } from 'vitest';
import { testContext } from '../lifecycle/test-support';
import type { LocalDateTime } from '../time';
import { dueWindows, urgencyOf } from './urgency';

const t = (s: string) => s as LocalDateTime;
const calendar = testContext.calendar;

describe('dueWindows (domain.md §6.1)', () => {
	it('ends "due soon" with the next working day, skipping the weekend', () => {
		expect(dueWindows(t('2026-11-27T10:00:00'), calendar)).toEqual({
			now: '2026-11-27T10:00:00',
			todayEnd: '2026-11-27T23:59:59',
			soonEnd: '2026-11-30T23:59:59'
		});
	});

	it('skips public holidays: Wednesday 29/04/2026 is followed by Monday 04/05', () => {
		expect(dueWindows(t('2026-04-29T16:00:00'), calendar).soonEnd).toBe('2026-05-04T23:59:59');
	});

	it('counts a make-up Saturday as a working day', () => {
		expect(dueWindows(t('2026-01-09T08:00:00'), calendar).soonEnd).toBe('2026-01-10T23:59:59');
	});

	it('falls back to the next Monday–Friday when the year has no calendar', () => {
		expect(dueWindows(t('2031-01-03T08:00:00'), calendar).soonEnd).toBe('2031-01-06T23:59:59');
	});
});

describe('urgencyOf (domain.md §7)', () => {
	const windows = dueWindows(t('2026-11-27T10:00:00'), calendar);
	const open = (dueAt: string | null, paused = false) => ({ open: true, paused, dueAt });

	it.each([
		['due a second ago', '2026-11-27T09:59:59', 'overdue'],
		['due last month', '2026-10-01T08:00:00', 'overdue'],
		['due right now', '2026-11-27T10:00:00', 'due-today'],
		['due tonight', '2026-11-27T23:59:59', 'due-today'],
		['due on Saturday', '2026-11-28T08:00:00', 'due-soon'],
		['due on the next working day', '2026-11-30T16:30:00', 'due-soon'],
		['due later', '2026-12-01T07:30:00', null]
	] as const)('%s', (_, dueAt, expected) => {
		expect(urgencyOf(open(dueAt), windows)).toBe(expected);
	});

	it('never flags a paused, closed or undated dossier', () => {
		expect(urgencyOf(open('2026-10-01T08:00:00', true), windows)).toBeNull();
		expect(urgencyOf({ ...open('2026-10-01T08:00:00'), open: false }, windows)).toBeNull();
		expect(urgencyOf(open(''), windows)).toBeNull();
		expect(urgencyOf(open(null), windows)).toBeNull();
	});
});
