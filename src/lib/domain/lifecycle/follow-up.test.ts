import { describe, expect, it } from 'vitest';
import type { DossierEvent } from '../model';
import type { LocalDateTime } from '../time';
import { availableActions, openFollowUps, validateAction } from './actions';
import { foldDossier } from './fold';
import { DEFAULT_LIFECYCLE_SETTINGS as SETTINGS } from './settings';
import { eventFactory, makeDossier, testContext } from './test-support';

const dossier = makeDossier(); // received Wed 20/11/2019 08:37
const e = eventFactory(dossier);
const fold = (events: DossierEvent[]) => foldDossier(dossier, events, SETTINGS, testContext);
const delivered = [
	e('transfer', '2019-11-20T09:00:00', { toUnit: 'U' }),
	e('result-ready', '2019-11-22T09:00:00', { outcome: 'approved' }),
	e('deliver', '2019-11-22T10:00:00', { method: 'online' })
];
const unsatisfied = e('rate', '2019-11-22T10:05:00', {
	rating: 'unsatisfied',
	reason: 'Chờ lâu'
});
const rated = [...delivered, unsatisfied];
const supervisor = eventFactory(dossier, 'desk-9', 'giamsat');
const step = (at: string, payload: Extract<DossierEvent, { kind: 'follow-up' }>['payload']) =>
	supervisor('follow-up', at, payload);

describe("an unsatisfied rating's follow-up (domain.md §10)", () => {
	it('goes open → answered → closed, one immutable event per step, the state unchanged', () => {
		const assign = step('2019-11-22T11:00:00', {
			rating: unsatisfied.id,
			step: 'assign',
			assignee: 'Hoàng Văn Minh'
		});
		const answer = step('2019-11-23T09:00:00', {
			rating: unsatisfied.id,
			step: 'answer',
			note: 'Đã gọi điện xin lỗi công dân'
		});
		const close = step('2019-11-23T10:00:00', { rating: unsatisfied.id, step: 'close' });
		expect(fold([...rated, assign]).followUps).toEqual([
			{
				rating: unsatisfied.id,
				state: 'open',
				assignee: 'Hoàng Văn Minh',
				answer: null,
				answeredAt: null,
				steps: [
					{
						eventId: assign.id,
						step: 'assign',
						at: '2019-11-22T11:00:00',
						by: 'giamsat',
						assignee: 'Hoàng Văn Minh'
					}
				]
			}
		]);
		const answered = fold([...rated, assign, answer]);
		expect(answered.followUps[0]).toMatchObject({
			state: 'answered',
			answer: 'Đã gọi điện xin lỗi công dân',
			answeredAt: '2019-11-23T09:00:00'
		});
		const closed = fold([...rated, assign, answer, close]);
		expect(closed.followUps[0]?.state).toBe('closed');
		expect(closed.followUps[0]?.steps.map((s) => s.step)).toEqual(['assign', 'answer', 'close']);
		expect(closed.state).toBe('delivered');
		expect(closed.anomalies).toEqual([]);
		expect(openFollowUps(answered)).toEqual([unsatisfied.id]);
		expect(openFollowUps(closed)).toEqual([]);
	});

	it('keeps a step on an unknown rating, a closed follow-up or without its text as an anomaly', () => {
		const closed = step('2019-11-23T10:00:00', { rating: unsatisfied.id, step: 'close' });
		const codes = (events: DossierEvent[]) => fold(events).anomalies.map((a) => a.code);
		expect(
			codes([...rated, step('2019-11-23T09:00:00', { rating: 'event:other', step: 'close' })])
		).toEqual(['rating-unknown']);
		expect(
			codes([
				...rated,
				closed,
				step('2019-11-24T09:00:00', { rating: unsatisfied.id, step: 'answer', note: 'Muộn' })
			])
		).toEqual(['follow-up-closed']);
		expect(
			codes([
				...rated,
				step('2019-11-23T09:00:00', { rating: unsatisfied.id, step: 'assign', assignee: ' ' })
			])
		).toEqual(['assignee-required']);
		expect(
			codes([
				...rated,
				step('2019-11-23T09:00:00', { rating: unsatisfied.id, step: 'answer', note: '' })
			])
		).toEqual(['note-required']);
		// A satisfied rating has nothing to follow up.
		const satisfied = e('rate', '2019-11-22T10:05:00', { rating: 'satisfied' });
		expect(
			codes([
				...delivered,
				satisfied,
				step('2019-11-23T09:00:00', { rating: satisfied.id, step: 'close' })
			])
		).toEqual(['rating-unknown']);
	});

	it('is offered to a supervisor or a leader while a follow-up is open, never to the desk', () => {
		const at = '2019-11-23T09:00:00' as LocalDateTime;
		const folded = fold(rated);
		expect(availableActions(folded, 'supervisor', SETTINGS)).toContain('follow-up');
		expect(availableActions(folded, 'leader', SETTINGS)).toContain('follow-up');
		expect(availableActions(folded, 'desk-officer', SETTINGS)).not.toContain('follow-up');
		expect(availableActions(fold(delivered), 'supervisor', SETTINGS)).not.toContain('follow-up');
		const draft = {
			kind: 'follow-up',
			payload: { rating: unsatisfied.id, step: 'close' }
		} as const;
		expect(validateAction(folded, draft, at, 'supervisor', SETTINGS, testContext)).toEqual({
			ok: true,
			state: 'delivered'
		});
		expect(validateAction(folded, draft, at, 'desk-officer', SETTINGS, testContext)).toEqual({
			ok: false,
			error: 'role-not-allowed'
		});
		const closed = fold([...rated, step(at, { rating: unsatisfied.id, step: 'close' })]);
		expect(availableActions(closed, 'supervisor', SETTINGS)).not.toContain('follow-up');
	});
});
