import { describe, expect, it } from 'vitest';
import { parseOffice, parseOfficeProcedures } from './office';

const office = {
	id: 'lson-province',
	name: 'Trung tâm Phục vụ hành chính công tỉnh Lạng Sơn',
	parentName: 'UBND TỈNH LẠNG SƠN',
	agencyCode: '000.00.00.H39',
	place: 'Lạng Sơn',
	hours: {
		periods: [
			{ start: 450, end: 690 },
			{ start: 810, end: 1020 }
		]
	}
};

const issuesOf = (input: unknown): string[] => {
	const parsed = parseOffice(input);
	return parsed.ok ? [] : parsed.issues;
};

describe('parseOffice (domain.md §6.1, §9.2)', () => {
	it('accepts an office with two opening periods', () => {
		expect(parseOffice(office)).toEqual({ ok: true, value: office });
	});

	it.each([
		['an id that is not a slug', { ...office, id: 'Lạng Sơn' }, 'id'],
		[
			'an agency code the dossier code cannot carry',
			{ ...office, agencyCode: 'h39' },
			'agencyCode'
		],
		['an unknown field', { ...office, phone: '0205' }, 'phone'],
		['no opening period', { ...office, hours: { periods: [] } }, 'hours.periods'],
		[
			'a minute past midnight',
			{ ...office, hours: { periods: [{ start: 450, end: 1440 }] } },
			'hours.periods.0.end'
		],
		[
			'overlapping periods',
			{
				...office,
				hours: {
					periods: [
						{ start: 450, end: 700 },
						{ start: 690, end: 1020 }
					]
				}
			},
			'hours'
		],
		[
			'a period ending before it starts',
			{ ...office, hours: { periods: [{ start: 690, end: 450 }] } },
			'hours'
		]
	])('rejects %s, naming the field', (_label, input, path) => {
		const issues = issuesOf(input);
		expect(issues.length).toBeGreaterThan(0);
		expect(issues.some((issue) => issue.startsWith(`${path}:`))).toBe(true);
	});
});

describe('parseOfficeProcedures', () => {
	const offices = [{ id: 'lson-province' }, { id: 'lson-luongvantri' }];
	const procedures = [{ code: '1.001193' }, { code: '2.001610' }];

	it('accepts known offices listing known codes', () => {
		const input = { 'lson-province': ['2.001610'], 'lson-luongvantri': ['1.001193'] };
		expect(parseOfficeProcedures(input, offices, procedures)).toEqual({ ok: true, value: input });
	});

	it('rejects malformed input', () => {
		const parsed = parseOfficeProcedures({ 'lson-province': ['khai sinh'] }, offices, procedures);
		expect(parsed.ok).toBe(false);
		expect(!parsed.ok && parsed.issues[0]).toMatch(/^lson-province\.0: /);
	});

	it('rejects an unknown office, an unknown code and a code listed twice', () => {
		const input = {
			'lson-other': ['1.001193'],
			'lson-province': ['2.001610', '9.999999', '2.001610']
		};
		expect(parseOfficeProcedures(input, offices, procedures)).toEqual({
			ok: false,
			error: 'office-procedures-invalid',
			issues: [
				'lson-other: no such office',
				'lson-province: no procedure 9.999999',
				'lson-province: 2.001610 listed twice'
			]
		});
	});
});
