import { describe, expect, it } from 'vitest';
import { eventFactory, makeDossier } from '$lib/domain/lifecycle/test-support';
import type { Procedure } from '$lib/domain/model';
import { handoverUnits } from './handover-units';

describe('hand-over units (issue 9.5)', () => {
	it('offers the catalogue processing unit first, then the steps, then units used before', () => {
		const dossier = makeDossier({
			procedure: {
				...makeDossier().procedure,
				steps: [
					{ unit: 'Phòng Tài nguyên và Môi trường', time: { unit: 'working-days', amount: 3 } },
					{ unit: 'Chi cục Thuế', time: { unit: 'working-days', amount: 2 } }
				]
			}
		});
		const procedure = {
			code: dossier.procedure.code,
			processingUnit: 'Văn phòng Đăng ký đất đai',
			steps: dossier.procedure.steps
		} as unknown as Procedure;
		const event = eventFactory(dossier);
		const events = [
			event('transfer', '2020-11-20T09:00:00', { toUnit: 'Chi cục Thuế' }),
			event('transfer', '2020-11-21T09:00:00', { toUnit: 'UBND xã Mai Pha' })
		];
		expect(handoverUnits(dossier, events, [procedure])).toEqual([
			'Văn phòng Đăng ký đất đai',
			'Phòng Tài nguyên và Môi trường',
			'Chi cục Thuế',
			'UBND xã Mai Pha'
		]);
		// A procedure no longer in the catalogue: its snapshot's steps still help.
		expect(handoverUnits(dossier, [], [])).toEqual([
			'Phòng Tài nguyên và Môi trường',
			'Chi cục Thuế'
		]);
	});
});
