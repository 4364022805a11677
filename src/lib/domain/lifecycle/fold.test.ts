import { describe, expect, it } from 'vitest';
import { buildWorkingCalendar, type DeadlineContext } from '../calendar';
import type { DossierEvent } from '../model';
import { foldDossier } from './fold';
import { DEFAULT_LIFECYCLE_SETTINGS as SETTINGS, type LifecycleSettings } from './settings';
import { eventFactory, testContext, makeDossier } from './test-support';

const dossier = makeDossier(); // received Wed 20/11/2019 08:37, due Wed 27/11/2019 08:37
const fold = (
	events: DossierEvent[],
	settings: LifecycleSettings = SETTINGS,
	ctx: DeadlineContext = testContext
) => foldDossier(dossier, events, settings, ctx);
const codes = (events: DossierEvent[], settings?: LifecycleSettings, ctx?: DeadlineContext) =>
	fold(events, settings, ctx).anomalies.map((a) => a.code);

describe('foldDossier (domain.md §4)', () => {
	const e = eventFactory(dossier);
	const transfer = e('transfer', '2019-11-20T09:00:00', { toUnit: 'Phòng Tư pháp' });

	it('starts received with the due time of Form 01', () => {
		const f = fold([]);
		expect(f).toMatchObject({ state: 'received', dueAt: '2019-11-27T08:37:00', outcome: null });
		expect(f.dueTimeline).toEqual([{ from: dossier.receivedAt, dueAt: dossier.dueAt }]);
		expect(f.flaggedForSupervisor).toBe(false);
	});

	it('folds a complete happy path in (at, id) order whatever the input order', () => {
		const events = [
			e('rate', '2019-11-26T10:05:00', { rating: 'very-satisfied' }),
			e('deliver', '2019-11-26T10:00:00', { method: 'in-person', receiverName: 'A' }),
			e('result-ready', '2019-11-25T16:00:00', { outcome: 'approved' }),
			transfer
		];
		const f = fold(events);
		expect(f).toMatchObject({
			state: 'delivered',
			outcome: 'approved',
			decidedAt: '2019-11-25T16:00:00',
			deliveredAt: '2019-11-26T10:00:00',
			anomalies: []
		});
		expect(f.ratings).toHaveLength(1);
	});

	it('pauses for a supplement and shifts the due time, keeping the receipt due (§6.3)', () => {
		const f = fold([
			transfer,
			e('request-supplement', '2019-11-21T09:00:00', { reason: 'Thiếu', items: ['x'] }),
			e('supplement-received', '2019-11-22T09:00:00', {})
		]);
		expect(f.state).toBe('in-process');
		expect(f.receiptDueAt).toBe('2019-11-27T08:37:00');
		expect(f.dueAt).toBe('2019-11-28T08:37:00');
		expect(f.dueTimeline.map((d) => d.from)).toEqual([dossier.receivedAt, '2019-11-22T09:00:00']);
		expect(f.pauses).toEqual([
			expect.objectContaining({
				kind: 'supplement',
				from: '2019-11-21T09:00:00',
				to: '2019-11-22T09:00:00'
			})
		]);
		expect(f.supplementRequests).toBe(1);
	});

	it('keeps an unfinished pause open and does not shift yet', () => {
		const f = fold([
			transfer,
			e('request-supplement', '2019-11-21T09:00:00', { reason: 'x', items: [] })
		]);
		expect(f.state).toBe('awaiting-supplement');
		expect(f.pauses[0]?.to).toBeNull();
		expect(f.dueAt).toBe(dossier.dueAt);
	});

	it('pauses for payment only when the procedure says so (§6.3)', () => {
		const pausing = fold([
			transfer,
			e('request-payment', '2019-11-21T09:00:00', {
				amountVnd: 1,
				pausesClock: true,
				note: 'Thuế'
			}),
			e('payment-received', '2019-11-21T10:00:00', {})
		]);
		expect(pausing.dueAt).toBe('2019-11-27T09:37:00');
		expect(pausing.pauses[0]).toMatchObject({ kind: 'payment', reason: 'Thuế' });
		const running = fold([
			transfer,
			e('request-payment', '2019-11-21T09:00:00', { amountVnd: 1, pausesClock: false }),
			e('payment-received', '2019-11-21T10:00:00', {})
		]);
		expect(running).toMatchObject({ state: 'in-process', dueAt: dossier.dueAt, pauses: [] });
	});

	it('does not shift a dossier without a due date', () => {
		const noDue = makeDossier({ dueAt: null });
		const n = eventFactory(noDue);
		const f = foldDossier(
			noDue,
			[
				n('transfer', '2019-11-20T09:00:00', { toUnit: 'U' }),
				n('request-supplement', '2019-11-21T09:00:00', { reason: 'x', items: [] }),
				n('supplement-received', '2019-11-22T09:00:00', {})
			],
			SETTINGS,
			testContext
		);
		expect(f).toMatchObject({ dueAt: null, dueTimeline: [], state: 'in-process' });
		expect(f.pauses[0]?.to).toBe('2019-11-22T09:00:00');
	});

	it('records the apology date apart from the classification basis (§6.4)', () => {
		const f = fold([
			transfer,
			e('apology', '2019-11-25T09:00:00', {
				reason: 'Xác minh',
				newDueAt: '2019-12-02T08:37:00' as never
			})
		]);
		expect(f.dueAt).toBe(dossier.dueAt);
		expect(f.promisedDueAt).toBe('2019-12-02T08:37:00');
		expect(f.apology).toMatchObject({ reason: 'Xác minh', at: '2019-11-25T09:00:00' });
	});

	it('records withdrawal and stop flags', () => {
		const w = fold([e('withdraw', '2019-11-21T09:00:00', { reason: 'Xin rút' })]);
		expect(w).toMatchObject({
			state: 'withdrawn',
			withdrawn: true,
			stopped: false,
			withdrawnAt: '2019-11-21T09:00:00'
		});
		const s = fold([
			e('stop', '2019-11-21T09:00:00', { reason: 'Hết hạn bổ sung', returnedUnresolved: true })
		]);
		expect(s).toMatchObject({ state: 'stopped', stopped: true, returnedUnresolved: true });
	});

	it('counts one rating per dossier: two desks rating offline keep the later, the earlier an anomaly (§10)', () => {
		const decided = [
			transfer,
			e('result-ready', '2019-11-25T09:00:00', { outcome: 'refused', reason: 'Không đủ điều kiện' })
		];
		const first = e(
			'rate',
			'2019-11-25T10:00:00',
			{ rating: 'unsatisfied', reason: 'Chờ lâu' },
			{ deskId: 'desk-2' }
		);
		const f = fold([
			...decided,
			e('rate', '2019-11-25T12:00:00', { rating: 'very-satisfied', channel: 'portal' } as never),
			first,
			e('rate', '2019-11-25T11:00:00', { rating: 'satisfied' })
		]);
		expect(f.outcome).toBe('refused');
		expect(f.ratings.map((r) => [r.channel, r.rating, r.deskId])).toEqual([
			['portal', 'very-satisfied', 'desk-1']
		]);
		expect(f.anomalies.map((a) => [a.code, a.at, a.deskId])).toEqual([
			['already-rated', '2019-11-25T10:00:00', 'desk-2'],
			['already-rated', '2019-11-25T11:00:00', 'desk-1']
		]);
		// The unsatisfied rating no longer counts; the supervisor still sees the anomaly.
		expect(f.supervisorFlags).toEqual(['anomaly']);
		const kept = fold([...decided, first]);
		expect(kept.ratings.map((r) => [r.rating, r.reason])).toEqual([['unsatisfied', 'Chờ lâu']]);
		expect(kept.supervisorFlags).toEqual(['unsatisfied-rating']);
		expect(kept.anomalies).toEqual([]);
	});

	it('clears the flags a supervisor’s review covered, and only those (§10)', () => {
		const decided = [transfer, e('result-ready', '2019-11-25T09:00:00', { outcome: 'approved' })];
		const unsatisfied = e('rate', '2019-11-25T10:00:00', {
			rating: 'unsatisfied',
			reason: 'Chờ lâu'
		});
		const flagged = fold([...decided, unsatisfied]);
		expect(flagged.toReview).toEqual([unsatisfied.id]);
		const reviewed = fold([
			...decided,
			unsatisfied,
			e('review', '2019-11-25T15:00:00', { note: 'Đã gọi điện xin lỗi', covers: [unsatisfied.id] })
		]);
		expect(reviewed).toMatchObject({
			toReview: [],
			supervisorFlags: [],
			flaggedForSupervisor: false
		});
		expect(reviewed.reviews.map((r) => [r.note, r.covers])).toEqual([
			['Đã gọi điện xin lỗi', [unsatisfied.id]]
		]);
		expect(reviewed.state).toBe('result-ready');
		// An anomaly dated before the review but not covered by it (it reached the laptop later)
		// still flags the dossier.
		const late = e(
			'transfer',
			'2019-11-25T09:30:00',
			{ toUnit: 'Phòng Tư pháp' },
			{ deskId: 'desk-2' }
		);
		const again = fold([
			...decided,
			unsatisfied,
			late,
			e('review', '2019-11-25T15:00:00', { note: 'Đã xem', covers: [unsatisfied.id] })
		]);
		expect(again.toReview).toEqual([late.id]);
		expect(again.supervisorFlags).toEqual(['anomaly']);
	});

	it('throws on an event of another dossier (a caller bug)', () => {
		const other = eventFactory(makeDossier({ code: 'OTHER' }));
		expect(() => fold([other('transfer', '2019-11-20T09:00:00', { toUnit: 'U' })])).toThrow(
			/OTHER/
		);
	});
});

describe('a calendar without the dossier’s year', () => {
	const noYears: DeadlineContext = { ...testContext, calendar: buildWorkingCalendar([]) };
	const e = eventFactory(dossier);
	const transfer = e('transfer', '2019-11-20T09:00:00', { toUnit: 'U' });

	it('leaves the due time unshifted and records the missing year', () => {
		const f = fold(
			[
				transfer,
				e('request-supplement', '2019-11-21T09:00:00', { reason: 'x', items: [] }),
				e('supplement-received', '2019-11-22T09:00:00', {})
			],
			SETTINGS,
			noYears
		);
		expect(f).toMatchObject({
			state: 'in-process',
			dueAt: dossier.dueAt,
			calendarYearsMissing: [2019]
		});
	});

	it('cannot judge an apology’s lead time', () => {
		const apology = e('apology', '2019-11-21T09:00:00', {
			reason: 'x',
			newDueAt: '2019-12-02T08:00:00' as never
		});
		expect(codes([transfer, apology], SETTINGS, noYears)).toEqual(['calendar-year-missing']);
	});
});
