import { describe, expect, it } from 'vitest';
import { parseProcedure, parseProcedureList, procedureSearchText, stepIssues } from './procedure';

const valid = {
	code: '1.001193',
	version: 1,
	name: 'Thủ tục đăng ký khai sinh',
	sector: 'Hộ tịch',
	level: 'commune',
	time: { unit: 'working-days', amount: 3 },
	components: [{ id: 'to-khai', name: 'Tờ khai', form: 'original', count: 1, required: true }],
	feeVnd: 0,
	processingUnit: 'Công chức Tư pháp - Hộ tịch',
	steps: []
};

const issuesOf = (input: unknown): string[] => {
	const parsed = parseProcedure(input);
	return parsed.ok ? [] : parsed.issues;
};

describe('parseProcedure (architecture.md §3)', () => {
	it('accepts a minimal entry and the optional fields, codeVerified included', () => {
		expect(parseProcedure(valid)).toEqual({ ok: true, value: valid });
		const full = {
			...valid,
			codeVerified: false,
			feeNote: 'Miễn',
			legalBasis: 'Luật Hộ tịch 2014'
		};
		expect(parseProcedure(full).ok).toBe(true);
	});

	it.each([
		['each time unit', { unit: 'calendar-days', amount: 30 }],
		['working hours', { unit: 'working-hours', amount: 8 }],
		['same day with a cut-off', { unit: 'same-day', cutoff: '15:00' }],
		['no appointment date', { unit: 'none' }]
	])('accepts %s', (_label, time) => {
		expect(parseProcedure({ ...valid, time }).ok).toBe(true);
	});

	it.each([
		['not an object', null, '(root)'],
		['a malformed code', { ...valid, code: '1001193' }, 'code'],
		['an unknown field', { ...valid, fee: 0 }, 'fee'],
		['an empty name', { ...valid, name: '' }, 'name'],
		['a padded name', { ...valid, name: ' Khai sinh' }, 'name'],
		[
			'a decomposed (non-NFC) name',
			{ ...valid, name: 'Khai sinh'.normalize('NFD') + ' trẻ'.normalize('NFD') },
			'name'
		],
		['an unknown level', { ...valid, level: 'national' }, 'level'],
		['an unknown unit', { ...valid, time: { unit: 'weeks', amount: 1 } }, 'time.unit'],
		['a zero amount', { ...valid, time: { unit: 'working-days', amount: 0 } }, 'time.amount'],
		['a bad cut-off', { ...valid, time: { unit: 'same-day', cutoff: '25:00' } }, 'time.cutoff'],
		['a negative fee', { ...valid, feeVnd: -1 }, 'feeVnd'],
		[
			'an unknown component form',
			{ ...valid, components: [{ ...valid.components[0], form: 'scan' }] },
			'components.0.form'
		],
		[
			'a component id that is not a slug',
			{ ...valid, components: [{ ...valid.components[0], id: 'Tờ khai' }] },
			'components.0.id'
		]
	])('rejects %s, naming the field', (_label, input, path) => {
		const issues = issuesOf(input);
		expect(issues.length).toBeGreaterThan(0);
		expect(issues.some((issue) => issue.startsWith(`${path}:`))).toBe(true);
	});

	it('rejects a component id used twice', () => {
		const components = [valid.components[0], { ...valid.components[0], name: 'Bản sao' }];
		expect(issuesOf({ ...valid, components })).toEqual(['components.1.id: to-khai appears twice']);
	});

	it('applies the step rules after the shape is valid', () => {
		const steps = [{ unit: 'Công an cấp xã', time: { unit: 'calendar-days', amount: 1 } }];
		expect(issuesOf({ ...valid, steps })).toEqual([
			"steps.0.time.unit: calendar-days differs from the procedure's working-days"
		]);
	});
});

describe('stepIssues (domain.md §6.5)', () => {
	const wd = (amount: number) => ({ unit: 'working-days', amount }) as const;

	it('accepts no steps, and steps that add up to at most the total', () => {
		expect(stepIssues({ unit: 'same-day', cutoff: '15:00' }, [])).toEqual([]);
		expect(
			stepIssues(wd(3), [
				{ unit: 'A', time: wd(1) },
				{ unit: 'B', time: wd(2) }
			])
		).toEqual([]);
		expect(stepIssues(wd(5), [{ unit: 'A', time: wd(1) }])).toEqual([]);
	});

	it('rejects steps that take longer than the total', () => {
		expect(
			stepIssues(wd(2), [
				{ unit: 'A', time: wd(1) },
				{ unit: 'B', time: wd(2) }
			])
		).toEqual(['steps: the steps take 3 working-days, more than the 2 allowed']);
	});

	it('rejects steps in another unit and steps without an amount', () => {
		expect(stepIssues(wd(2), [{ unit: 'A', time: { unit: 'none' } }])).toEqual([
			"steps.0.time.unit: none differs from the procedure's working-days"
		]);
	});

	it.each([[{ unit: 'same-day', cutoff: '15:00' } as const], [{ unit: 'none' } as const]])(
		'rejects steps on a %o procedure',
		(time) => {
			expect(stepIssues(time, [{ unit: 'A', time: wd(1) }])).toEqual([
				`steps: a ${time.unit} procedure cannot be split into steps`
			]);
		}
	);
});

describe('parseProcedureList', () => {
	it('accepts a list of valid, distinct entries', () => {
		const second = { ...valid, code: '1.000894', name: 'Thủ tục đăng ký kết hôn' };
		const parsed = parseProcedureList([valid, second]);
		expect(parsed.ok && parsed.value.map((p) => p.code)).toEqual(['1.001193', '1.000894']);
	});

	it('rejects a non-array, prefixes entry issues with the position and rejects a repeated code', () => {
		expect(parseProcedureList({})).toEqual({
			ok: false,
			error: 'procedure-invalid',
			issues: ['(root): must be an array']
		});
		const parsed = parseProcedureList([valid, { ...valid, feeVnd: -5 }, valid]);
		expect(parsed.ok).toBe(false);
		if (parsed.ok) return;
		expect(parsed.issues[0]).toMatch(/^\[1\] feeVnd: /);
		expect(parsed.issues).toContain('[2] code: 1.001193 appears twice');
	});
});

describe('procedureSearchText (domain.md §12)', () => {
	it('folds name, code and sector to lower case without diacritics, đ → d', () => {
		expect(procedureSearchText(valid)).toBe('thu tuc dang ky khai sinh 1.001193 ho tich');
		expect(
			procedureSearchText({
				name: 'Đính chính Giấy chứng nhận',
				code: '1.012796',
				sector: 'Đất đai'
			})
		).toBe('dinh chinh giay chung nhan 1.012796 dat dai');
	});

	it('treats decomposed input like precomposed input', () => {
		const decomposed = { ...valid, name: valid.name.normalize('NFD') };
		expect(procedureSearchText(decomposed)).toBe(procedureSearchText(valid));
	});
});
