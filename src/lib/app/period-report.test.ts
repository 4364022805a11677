import { describe, expect, it } from 'vitest';
import { presetPeriod } from '$lib/domain/report';
import { localDateTime } from '$lib/domain/time';
import { actOnDossier } from './dossier-actions';
import { officePeriodReport } from './period-report';
import { receiveDossier } from './receive-dossier';
import { receiveInput, testWorkspace } from './test-support';

describe('the office period report', () => {
	it('counts what the desk received, resolved and was rated, from the projected entries', async () => {
		const ws = await testWorkspace();
		const codes: string[] = [];
		for (const at of [
			'2019-11-18T08:00:00',
			'2019-11-20T08:37:00',
			'2019-11-21T09:00:00',
			'2019-12-20T09:00:00'
		]) {
			const r = await receiveDossier(ws, receiveInput(), localDateTime(at));
			if (!r.ok) throw new Error('receive failed');
			codes.push(r.dossier.code);
		}
		const [a, b, c] = codes as [string, string, string];
		await actOnDossier(
			ws,
			a,
			{ kind: 'result-ready', payload: { outcome: 'approved' } },
			localDateTime('2019-11-19T10:00:00')
		);
		await actOnDossier(
			ws,
			a,
			{ kind: 'rate', payload: { rating: 'very-satisfied' } },
			localDateTime('2019-11-19T10:05:00')
		);
		await actOnDossier(
			ws,
			b,
			{ kind: 'result-ready', payload: { outcome: 'refused', reason: 'Không đủ điều kiện' } },
			localDateTime('2019-11-25T10:00:00')
		);
		await actOnDossier(
			ws,
			c,
			{ kind: 'withdraw', payload: { reason: 'Công dân xin rút' } },
			localDateTime('2019-11-22T10:00:00')
		);
		await ws.projector.catchUp();

		// Decree 09/2019: month 12 of 2019 runs 15/11/2019 → 14/12/2019; the fourth dossier is later.
		const report = await officePeriodReport(ws, presetPeriod('month', 2019, 12));
		const { columns, shares, ratings, balance } = report.total;
		expect(columns).toMatchObject({
			newTotal: 3,
			newDirect: 3,
			resolved: 2,
			resolvedEarly: 1,
			resolvedLate: 1,
			withdrawn: 1,
			pending: 0
		});
		expect(shares).toEqual({ early: 50, onTime: 0, late: 50 });
		expect(ratings).toMatchObject({ total: 1, verySatisfied: 1 });
		expect(balance.ok).toBe(true);
		expect(report.rows.map((r) => r.key)).toEqual(['Hộ tịch']);

		const next = await officePeriodReport(ws, presetPeriod('month', 2020, 1));
		expect(next.total.columns).toMatchObject({ newTotal: 1, carriedOver: 0, pending: 1 });
	});

	it('follows what the projector writes after the entries were first read into memory (ADR 30)', async () => {
		const ws = await testWorkspace();
		const period = presetPeriod('month', 2019, 12);
		const receive = async (at: string) => {
			const r = await receiveDossier(ws, receiveInput(), localDateTime(at));
			if (!r.ok) throw new Error('receive failed');
			await ws.projector.catchUp();
			return r.dossier.code;
		};
		const first = await receive('2019-11-18T08:00:00');
		expect((await officePeriodReport(ws, period)).total.columns.newTotal).toBe(1);
		await receive('2019-11-19T08:00:00');
		expect((await officePeriodReport(ws, period)).total.columns.newTotal).toBe(2);
		await actOnDossier(
			ws,
			first,
			{ kind: 'result-ready', payload: { outcome: 'approved' } },
			localDateTime('2019-11-19T10:00:00')
		);
		await ws.projector.catchUp();
		expect((await officePeriodReport(ws, period)).total.columns.resolved).toBe(1);
		// The result carries the timing the desk classified it with, for the server's counts (ADR 31).
		const stored = await ws.store.load(first);
		expect(stored?.events.find((e) => e.kind === 'result-ready')?.payload).toEqual({
			outcome: 'approved',
			timing: 'early'
		});
		// A rebuild of the read model clears and refills the table: the copy follows it whole.
		await ws.projector.rebuild();
		expect((await officePeriodReport(ws, period)).total.columns).toMatchObject({
			newTotal: 2,
			resolved: 1
		});
	});
});
