import { describe, expect, it } from 'vitest';
import { presetPeriod } from '$lib/domain/report';
import { localDateTime } from '$lib/domain/time';
import { submitPeriodReport } from './report-submission';
import { receiveInput, testWorkspace } from './test-support';
import { receiveDossier } from './receive-dossier';
import { SETTLING_CHANGES } from './data-check';

const at = localDateTime('2019-11-20T08:37:00');
const period = presetPeriod('month', 2019, 11);

describe('submitting the period report (ADR 32)', () => {
	it('waits until the read model has folded what the laptop holds (ADR 36)', async () => {
		const ws = await testWorkspace({ role: 'supervisor' });
		// What a first sync has just written and the projector has not folded yet.
		for (let i = 0; i < SETTLING_CHANGES; i++) {
			const received = await receiveDossier(ws, receiveInput(), at);
			if (!received.ok) throw new Error(JSON.stringify(received));
		}
		expect(await submitPeriodReport(ws, period, at)).toEqual({
			ok: false,
			error: 'still-building'
		});
		await ws.projector.catchUp();
		const submitted = await submitPeriodReport(ws, period, at);
		expect(submitted.ok).toBe(true);
	});
});
