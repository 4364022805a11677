import { describe, expect, it } from 'vitest';
import { isoDate, localDateTime } from '$lib/domain/time';
import { receiveDossier } from './receive-dossier';
import { sameDayReceipts } from './same-day-receipts';
import { receiveInput, testWorkspace } from './test-support';

describe('same citizen, same procedure, same day (issue 9.10)', () => {
	it('finds the dossier received earlier today, and nothing for another day, procedure or person', async () => {
		const ws = await testWorkspace();
		const now = localDateTime('2019-11-20T08:37:00');
		const first = await receiveDossier(ws, receiveInput(), now);
		if (!first.ok) throw new Error(JSON.stringify(first));
		await ws.projector.catchUp();

		const today = isoDate('2019-11-20');
		const same = { procedureCode: '1.001193', idType: 'citizen-id' as const };
		// Typed with spaces, as an officer might.
		expect(await sameDayReceipts(ws, { ...same, idNumber: '020 190 000 123' }, today)).toEqual([
			{ code: first.dossier.code, receivedAt: '2019-11-20T08:37:00' }
		]);
		expect(
			await sameDayReceipts(ws, { ...same, idNumber: '020190000123' }, isoDate('2019-11-21'))
		).toEqual([]);
		expect(
			await sameDayReceipts(
				ws,
				{ ...same, procedureCode: '1.000656', idNumber: '020190000123' },
				today
			)
		).toEqual([]);
		expect(await sameDayReceipts(ws, { ...same, idNumber: '020190000124' }, today)).toEqual([]);
		expect(
			await sameDayReceipts(ws, { ...same, idType: 'none', idNumber: '020190000123' }, today)
		).toEqual([]);
	});
});
