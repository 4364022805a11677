import { describe, expect, it } from 'vitest';
import { localDateTime } from '../time';
import { buildControlSlipForm, type HandoverRow } from './control-slip-form';
import { desk, formDate, makeDossier, makeDossier2018, office, procedure } from './test-fixtures';

const context = { office, desk, date: formDate };
const at = localDateTime;

describe('control slip, domain.md §5.5', () => {
	const interAgency = {
		...procedure,
		steps: [
			{ unit: 'Công chức Tư pháp - Hộ tịch', time: { unit: 'working-days', amount: 1 } },
			{ unit: 'Công an phường', time: { unit: 'working-days', amount: 1 } },
			{ unit: 'Công an phường', time: { unit: 'working-days', amount: 1 } }
		]
	} as const;
	const dossier = makeDossier({
		procedure: { ...makeDossier().procedure, steps: interAgency.steps }
	});
	const rows: HandoverRow[] = [
		{
			fromUnit: 'Công chức Tư pháp - Hộ tịch',
			toUnit: 'Bộ phận Một cửa',
			at: at('2025-07-16T14:00'),
			dueAt: at('2025-07-17T09:15'),
			result: 'early',
			note: 'Đã ký',
			handedBy: 'Lý Văn Tú',
			receivedBy: 'Hoàng Thị Lan'
		},
		{
			fromUnit: 'Bộ phận Một cửa',
			toUnit: 'Công chức Tư pháp - Hộ tịch',
			at: at('2025-07-14T10:00'),
			dueAt: null,
			result: null
		}
	];

	it('numbers handovers by time and keeps the per-step result', () => {
		const r = buildControlSlipForm({
			...context,
			dossier,
			procedure: interAgency,
			handovers: rows
		});
		if (!r.ok) throw new Error(r.error);
		expect(r.form.ref).toMatchObject({ number: '06', set: '2025' });
		expect(r.form.heading).toMatchObject({
			owner: { name: 'Nguyễn Thị Ánh' },
			code: dossier.code,
			processingUnit: 'Công chức Tư pháp - Hộ tịch',
			coordinatingUnits: ['Công an phường'],
			dueAt: '2025-07-17T09:15:00'
		});
		expect(r.form.columns).toHaveLength(4);
		expect(r.form.rows).toMatchObject([
			{
				no: 1,
				handOver: {
					unit: 'Bộ phận Một cửa',
					signature: { label: 'Người giao', hint: '', name: null }
				},
				takeOver: {
					unit: 'Công chức Tư pháp - Hộ tịch',
					signature: { label: 'Người nhận', hint: '', name: null }
				},
				at: '2025-07-14T10:00:00',
				dueAt: null,
				result: null,
				note: null
			},
			{
				no: 2,
				result: 'early',
				note: 'Đã ký',
				handOver: { signature: { name: 'Lý Văn Tú' } },
				takeOver: { signature: { name: 'Hoàng Thị Lan' } }
			}
		]);
		expect(r.form.rows).toHaveLength(2);
	});

	it('is Form 05 in the 2018 set, opens empty, and rejects malformed rows', () => {
		const r = buildControlSlipForm({
			...context,
			dossier: makeDossier2018(),
			procedure,
			handovers: []
		});
		expect(r).toMatchObject({ ok: true, form: { ref: { number: '05' }, rows: [] } });
		const d = makeDossier({ ruleVersion: '?' });
		expect(buildControlSlipForm({ ...context, dossier: d, procedure, handovers: [] })).toEqual({
			ok: false,
			error: 'unknown-rule-version'
		});
		const bad = { ...rows[1], at: '14/07/2025' } as unknown as HandoverRow;
		expect(() =>
			buildControlSlipForm({ ...context, dossier: makeDossier(), procedure, handovers: [bad] })
		).toThrow();
	});

	it('orders same-time handovers as given', () => {
		const same = rows.map((r) => ({ ...r, at: at('2025-07-15T10:00') }));
		const r = buildControlSlipForm({
			...context,
			dossier,
			procedure: interAgency,
			handovers: same
		});
		expect(r.ok && r.form.rows.map((row) => row.handOver.unit)).toEqual([
			'Công chức Tư pháp - Hộ tịch',
			'Bộ phận Một cửa'
		]);
	});
});
