import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DeadlineContext } from '../calendar';
import { EVENT_KINDS, type DossierEvent, type EventKind } from '../model';
import { foldDossier } from './fold';
import { DEFAULT_LIFECYCLE_SETTINGS as SETTINGS, type LifecycleSettings } from './settings';
import { eventFactory, testContext, makeDossier, seededRandom } from './test-support';

const dossier = makeDossier(); // received Wed 20/11/2019 08:37, due Wed 27/11/2019 08:37
const fold = (
	events: DossierEvent[],
	settings: LifecycleSettings = SETTINGS,
	ctx: DeadlineContext = testContext
) => foldDossier(dossier, events, settings, ctx);
const codes = (events: DossierEvent[], settings?: LifecycleSettings, ctx?: DeadlineContext) =>
	fold(events, settings, ctx).anomalies.map((a) => a.code);

describe('two desks acting offline on the same dossier', () => {
	const a = eventFactory(dossier, 'desk-1');
	const b = eventFactory(dossier, 'desk-2', 'officer-b');
	const transfer = a('transfer', '2019-11-20T09:00:00', { toUnit: 'U' });

	it('flags the later one as concurrent and names the event that won', () => {
		const won = a('result-ready', '2019-11-22T10:00:00', { outcome: 'approved' });
		const lost = b('withdraw', '2019-11-22T10:05:00', { reason: 'Xin rút' });
		const f = fold([lost, won, transfer]);
		expect(f.state).toBe('result-ready');
		expect(f.anomalies).toEqual([
			expect.objectContaining({
				eventId: lost.id,
				code: 'concurrent-action',
				conflictsWith: won.id,
				deskId: 'desk-2'
			})
		]);
	});

	it('orders simultaneous events by id on every replica', () => {
		const x = a('deliver', '2019-11-25T10:00:00', { method: 'online' }, { id: 'event:x:1' });
		const y = b('deliver', '2019-11-25T10:00:00', { method: 'online' }, { id: 'event:x:0' });
		const decided = a('result-ready', '2019-11-22T10:00:00', { outcome: 'approved' });
		const f1 = fold([transfer, decided, x, y]);
		const f2 = fold([y, x, decided, transfer]);
		expect(f1).toEqual(f2);
		expect(f1.anomalies).toEqual([
			expect.objectContaining({
				eventId: 'event:x:1',
				code: 'concurrent-action',
				conflictsWith: 'event:x:0'
			})
		]);
	});

	it('calls a repeat by the same desk a plain anomaly', () => {
		const events = [
			transfer,
			a('result-ready', '2019-11-22T10:00:00', { outcome: 'approved' }),
			a('result-ready', '2019-11-22T10:01:00', { outcome: 'approved' })
		];
		expect(codes(events)).toEqual(['not-allowed-in-state']);
	});

	it('does not blame another desk for a guard failure', () => {
		const events = [
			transfer,
			b('request-supplement', '2019-11-21T09:00:00', { reason: 'x', items: [] }),
			b('supplement-received', '2019-11-21T10:00:00', {}),
			a('request-supplement', '2019-11-21T11:00:00', { reason: 'y', items: [] })
		];
		expect(codes(events)).toEqual(['supplement-limit-reached']);
	});
});

describe('fold properties', () => {
	// Every kind but the supervisor's review and a rating's follow-up, which need something to
	// review or follow up.
	const KINDS: EventKind[] = EVENT_KINDS.filter(
		(kind) => kind !== 'review' && kind !== 'follow-up'
	);
	const payloadFor = (kind: EventKind, random: () => number): never => {
		const reason = random() < 0.2 ? '' : 'lý do';
		const payloads = {
			transfer: { toUnit: 'U' },
			'request-supplement': { reason, items: [] },
			'supplement-received': {},
			'request-payment': { amountVnd: 1, pausesClock: random() < 0.5 },
			'payment-received': {},
			apology: { reason, newDueAt: '2019-12-09T08:00:00' },
			'result-ready': { outcome: random() < 0.5 ? 'approved' : 'refused', reason },
			deliver: { method: 'online' },
			withdraw: { reason },
			stop: { reason, returnedUnresolved: random() < 0.5 },
			rate: { rating: random() < 0.3 ? 'unsatisfied' : 'satisfied', reason },
			review: { note: 'Đã xem', covers: [] },
			'follow-up': { rating: 'event:x:1', step: 'close' }
		};
		return payloads[kind] as never;
	};
	const history = fc.integer().map((seed) => {
		const random = seededRandom(seed);
		const desks = [eventFactory(dossier, 'desk-1'), eventFactory(dossier, 'desk-2')];
		return Array.from({ length: 1 + Math.floor(random() * 12) }, () => {
			const kind = KINDS[Math.floor(random() * KINDS.length)] ?? 'transfer';
			const make = desks[random() < 0.5 ? 0 : 1] ?? desks[0];
			const minute = Math.floor(random() * 60 * 24 * 10);
			const at = `2019-11-${String(20 + Math.floor(minute / 1440)).padStart(2, '0')}T${String(Math.floor((minute % 1440) / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00`;
			return make!(kind, at, payloadFor(kind, random));
		});
	});

	it('keeps every event: applied ones alone replay to the same state without anomalies', () => {
		fc.assert(
			fc.property(history, (events) => {
				const f = fold(events);
				const rejected = new Set(f.anomalies.map((x) => x.eventId));
				const replay = fold(events.filter((x) => !rejected.has(x.id)));
				expect(replay.anomalies).toEqual([]);
				expect(replay.state).toBe(f.state);
				expect(replay.dueAt).toBe(f.dueAt);
			}),
			{ numRuns: 300, seed: 20201214 }
		);
	});

	it('does not depend on the order events arrive in', () => {
		fc.assert(
			fc.property(history, fc.integer(), (events, seed) => {
				const random = seededRandom(seed);
				const shuffled = [...events].sort(() => random() - 0.5);
				expect(fold(shuffled)).toEqual(fold(events));
			}),
			{ numRuns: 200, seed: 42 }
		);
	});
});
