import { describe, expect, it } from 'vitest';
import { foldForSearch, matchesSearch, normaliseName, printedName, searchTokens } from './name';

describe('names and search folding, domain.md §12', () => {
	it('normalises to NFC with single spaces', () => {
		const decomposed = 'Nguye\u0302\u0303n  Thi\u0323\n A\u0301nh ';
		expect(normaliseName(decomposed)).toBe('Nguyễn Thị Ánh');
		expect(normaliseName(decomposed)).toBe('Nguyễn Thị Ánh'.normalize('NFC'));
	});

	it('prints names upper-case', () => {
		expect(printedName(' nguyễn  thị ánh')).toBe('NGUYỄN THỊ ÁNH');
		expect(printedName('đặng văn đức')).toBe('ĐẶNG VĂN ĐỨC');
	});

	it('folds diacritics and đ for search', () => {
		expect(foldForSearch('Nguyễn Thị Ánh')).toBe('nguyen thi anh');
		expect(foldForSearch('ĐẶNG Văn Đức')).toBe('dang van duc');
		expect(foldForSearch('Nguye\u0302\u0303n')).toBe('nguyen');
		expect(foldForSearch('Trương Ưu Ơn')).toBe('truong uu on');
	});

	it('makes distinct search tokens', () => {
		expect(searchTokens('Lê-Văn  Đức, Lê')).toEqual(['le', 'van', 'duc']);
		expect(searchTokens('  ')).toEqual([]);
		expect(searchTokens('Số 12 đường Trần Phú')).toEqual(['so', '12', 'duong', 'tran', 'phu']);
	});

	it('matches queries typed without accents by word prefix', () => {
		expect(matchesSearch('Nguyễn Thị Ánh', 'nguyen anh')).toBe(true);
		expect(matchesSearch('Nguyễn Thị Ánh', 'ng th')).toBe(true);
		expect(matchesSearch('Nguyễn Thị Ánh', 'nguyen binh')).toBe(false);
	});
});
