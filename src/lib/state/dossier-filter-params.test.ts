import { describe, expect, it } from 'vitest';
import { NO_FILTERS, type DossierFilters } from '$lib/app/desk-api';
import { filtersFromParams, filtersToQuery } from './dossier-filter-params';

const from = (query: string) => filtersFromParams(new URLSearchParams(query));

describe('dossier list filters in the address', () => {
	it('reads the work queue links', () => {
		expect(from('han=qua-han')).toEqual({ ...NO_FILTERS, due: 'overdue' });
		expect(from('?han=sap-den-han')).toEqual({ ...NO_FILTERS, due: 'soon' });
		expect(from('trang-thai=cho-tra-ket-qua')).toEqual({ ...NO_FILTERS, status: 'result-ready' });
		expect(from('can-xem=1')).toEqual({ ...NO_FILTERS, flagged: true });
	});

	it('ignores what it does not know', () => {
		expect(from('han=<script>&trang-thai=xyz&can-xem=yes&q=Nguyen')).toEqual(NO_FILTERS);
	});

	it('writes what it reads, in a stable order', () => {
		const all: DossierFilters[] = [
			NO_FILTERS,
			{ status: 'open', procedureCode: '1.001193', due: 'today', flagged: true },
			{ status: 'closed', procedureCode: '', due: 'any', flagged: false },
			{ status: 'awaiting-supplement', procedureCode: '', due: 'soon', flagged: false },
			{ status: 'result-ready', procedureCode: '', due: 'overdue', flagged: false }
		];
		for (const filters of all) expect(from(filtersToQuery(filters))).toEqual(filters);
		expect(filtersToQuery(NO_FILTERS)).toBe('');
		expect(filtersToQuery(all[1]!)).toBe(
			'?trang-thai=dang-giai-quyet&thu-tuc=1.001193&han=hom-nay&can-xem=1'
		);
	});
});
