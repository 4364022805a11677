import { describe, expect, it } from 'vitest';
import demo from '../../../../catalogue/demo-province/procedures.json';
import { parseProcedureList } from './procedure';
import {
	changedProcedureFields,
	componentIdOf,
	draftOfProcedure,
	emptyComponentDraft,
	emptyProcedureDraft,
	procedureOfDraft,
	wholeNumberOf,
	type ProcedureDraft
} from './procedure-draft';

const catalogue = parseProcedureList(demo);
if (!catalogue.ok) throw new Error('demo catalogue must parse');
const procedures = catalogue.value;

function valid(overrides: Partial<ProcedureDraft> = {}): ProcedureDraft {
	return {
		...emptyProcedureDraft(),
		code: '2.000123',
		name: 'Thủ tục cấp giấy phép xây dựng',
		sector: 'Xây dựng',
		timeAmount: '15',
		processingUnit: 'Phòng Kinh tế',
		components: [{ ...emptyComponentDraft(), name: 'Đơn đề nghị' }],
		...overrides
	};
}

describe('a procedure edited by an administrator', () => {
	it('gives back every demo procedure unchanged through its form', () => {
		for (const p of procedures) {
			const again = procedureOfDraft(draftOfProcedure(p), p.version);
			expect(again).toEqual({ ok: true, value: { ...p, codeVerified: undefined } });
		}
	});

	it('builds the next version from the typed fields, cleaned', () => {
		const built = procedureOfDraft(
			valid({
				name: '  Thủ tục   cấp giấy phép xây dựng ',
				feeVnd: '1.500.000',
				level: 'district'
			}),
			4
		);
		expect(built.ok).toBe(true);
		if (!built.ok) return;
		expect(built.value).toMatchObject({
			code: '2.000123',
			version: 4,
			name: 'Thủ tục cấp giấy phép xây dựng',
			level: 'district',
			time: { unit: 'working-days', amount: 15 },
			feeVnd: 1_500_000,
			components: [{ id: 'don-de-nghi', name: 'Đơn đề nghị', form: 'original', count: 1 }]
		});
		expect(built.value).not.toHaveProperty('feeNote');
	});

	it('says which field is wrong, with a code per problem', () => {
		const built = procedureOfDraft(
			{
				...valid(),
				code: '1001193',
				name: ' ',
				timeAmount: '0',
				feeVnd: '-5',
				components: [
					{ ...emptyComponentDraft(), name: 'Tờ khai' },
					{ ...emptyComponentDraft(), name: 'to khai', count: 'hai' }
				]
			},
			1
		);
		expect(built).toEqual({
			ok: false,
			errors: {
				code: 'code-format',
				name: 'required',
				timeAmount: 'at-least-one',
				feeVnd: 'not-negative',
				'components.1.name': 'name-twice',
				'components.1.count': 'whole-number'
			}
		});
		expect(procedureOfDraft(valid({ timeAmount: '' }), 1)).toEqual({
			ok: false,
			errors: { timeAmount: 'required' }
		});
		expect(procedureOfDraft(valid({ timeUnit: 'same-day', cutoff: '25:00' }), 1)).toEqual({
			ok: false,
			errors: { cutoff: 'cutoff-format' }
		});
	});

	it('keeps inter-agency steps within the time limit, in its unit', () => {
		const steps = [
			{ unit: 'UBND xã', amount: '5' },
			{ unit: 'Chi cục Thuế', amount: '5' }
		];
		const ok = procedureOfDraft(valid({ timeAmount: '10', steps }), 1);
		expect(ok.ok && ok.value.steps).toEqual([
			{ unit: 'UBND xã', time: { unit: 'working-days', amount: 5 } },
			{ unit: 'Chi cục Thuế', time: { unit: 'working-days', amount: 5 } }
		]);
		expect(procedureOfDraft(valid({ timeAmount: '9', steps }), 1)).toEqual({
			ok: false,
			errors: { steps: 'steps-too-long' }
		});
		expect(procedureOfDraft(valid({ timeUnit: 'none', steps }), 1)).toEqual({
			ok: false,
			errors: { steps: 'steps-not-splittable' }
		});
		// A row left empty is no step.
		const empty = procedureOfDraft(valid({ steps: [{ unit: '', amount: '' }] }), 1);
		expect(empty.ok && empty.value.steps).toEqual([]);
	});

	it('gives new components unique ids from their names and keeps existing ids', () => {
		expect(componentIdOf('Tờ khai đăng ký khai sinh', new Set())).toBe('to-khai-dang-ky-khai-sinh');
		expect(componentIdOf('Tờ khai', new Set(['to-khai']))).toBe('to-khai-2');
		expect(componentIdOf('!!!', new Set())).toBe('thanh-phan');
		const p = procedures[0]!;
		const draft = draftOfProcedure(p);
		const built = procedureOfDraft(
			{
				...draft,
				components: [...draft.components, { ...emptyComponentDraft(), name: 'Giấy mới' }]
			},
			p.version + 1
		);
		expect(built.ok && built.value.components.map((c) => c.id)).toEqual([
			...p.components.map((c) => c.id),
			'giay-moi'
		]);
	});

	it('reads whole numbers with or without thousands dots', () => {
		expect(wholeNumberOf('1.500.000')).toBe(1_500_000);
		expect(wholeNumberOf(' 15 ')).toBe(15);
		for (const bad of ['1,5', '-3', 'abc', '']) expect(wholeNumberOf(bad)).toBeNull();
	});

	it('names the fields a new version changed, for the audit trail', () => {
		const p = procedures[0]!;
		const next = {
			...p,
			version: p.version + 1,
			time: { unit: 'working-days', amount: 3 }
		} as const;
		expect(changedProcedureFields(p, next)).toEqual(['time']);
		expect(changedProcedureFields(p, { ...p, retired: true })).toEqual(['retired']);
		expect(changedProcedureFields(null, p)).toContain('code');
	});
});
