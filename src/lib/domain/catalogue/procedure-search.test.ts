import { describe, expect, it } from 'vitest';
import type { Procedure } from '../model';
import { rankProcedures, searchableProcedures } from './procedure-search';

const named = (code: string, name: string, sector = 'Hộ tịch'): Procedure => ({
	code,
	version: 1,
	name,
	sector,
	level: 'commune',
	time: { unit: 'working-days', amount: 3 },
	components: [],
	feeVnd: 0,
	processingUnit: 'UBND',
	steps: []
});

// Worded as in the demo catalogue: some names start with "Thủ tục", some do not.
const catalogue = searchableProcedures([
	named('1.005461', 'Đăng ký lại khai tử'),
	named('2.002622', 'Đăng ký khai tử, xóa đăng ký thường trú, giải quyết mai táng phí, tử tuất'),
	named('1.000656', 'Thủ tục đăng ký khai tử'),
	named('1.004746', 'Thủ tục đăng ký lại kết hôn'),
	named('1.000894', 'Thủ tục đăng ký kết hôn'),
	named('1.001193', 'Thủ tục đăng ký khai sinh'),
	named('2.000815', 'Chứng thực bản sao từ bản chính', 'Chứng thực')
]);
const codes = (query: string, usage?: Map<string, number>) =>
	rankProcedures(catalogue, query, usage).map((p) => p.code);

describe('procedure search at the desk (issue 9.3)', () => {
	it('puts the plain procedure before its variants, whatever the catalogue calls them', () => {
		expect(codes('khai tu')).toEqual(['1.000656', '1.005461', '2.002622']);
		expect(codes('ket hon')[0]).toBe('1.000894');
		expect(codes('Đăng ký khai tử')[0]).toBe('1.000656');
	});

	it('ranks the beginning of a name first, then a phrase inside it, then scattered words', () => {
		expect(codes('dang ky khai')).toEqual(['1.001193', '1.000656', '2.002622', '1.005461']);
		expect(codes('lai khai')).toEqual(['1.005461']);
		// Words out of order still find it, after phrase matches.
		expect(codes('tu khai')).toEqual(['1.000656', '1.005461', '2.002622']);
		expect(codes('chung thuc ban')).toEqual(['2.000815']);
	});

	it('finds a procedure by its code, and by its sector', () => {
		expect(codes('1.0006')).toEqual(['1.000656']);
		expect(codes('ho tich').length).toBe(6);
	});

	it('breaks ties by how often this desk received each procedure', () => {
		expect(codes('dang ky khai').slice(0, 2)).toEqual(['1.001193', '1.000656']);
		const usage = new Map([['1.000656', 40]]);
		expect(codes('dang ky khai', usage).slice(0, 2)).toEqual(['1.000656', '1.001193']);
	});

	it('matches nothing for an empty query', () => {
		expect(codes('  ')).toEqual([]);
	});
});
