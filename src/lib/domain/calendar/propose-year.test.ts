import { describe, expect, it } from 'vitest';
import { entryDays, parseCalendarYear } from './calendar-year';
import { proposeProvisionalYear } from './propose-year';
import { BUILT_IN_YEARS } from './years';

function proposal(year: number) {
	const result = proposeProvisionalYear(year);
	if (!result.ok) throw new Error(result.error);
	return result.value;
}

describe('proposeProvisionalYear (domain.md §11.1–§11.3)', () => {
	// The rules + lunar dates give every weekday off of the notices except the swaps.
	it.each(BUILT_IN_YEARS.filter((y) => y.status === 'verified').map((y) => [y.year, y] as const))(
		'%i: reproduces the days off of the notice, swaps aside',
		(year, data) => {
			const official = data.entries
				.filter((e) => e.kind === 'holiday' || e.kind === 'substitute')
				.flatMap(entryDays)
				.sort();
			const proposed = proposal(year).entries.flatMap(entryDays).sort();
			expect(proposed).toEqual(official);
		}
	);

	it('2027: proposes Tết Thu 04/02–Wed 10/02 and Fri 03/09 next to Quốc khánh', () => {
		const year = proposal(2027);
		expect(year.status).toBe('provisional');
		expect(year.open).toEqual(['tet', 'national-day']);
		const tet = year.entries.filter((e) => e.occasion === 'tet');
		expect(tet.map((e) => [e.kind, e.from])).toEqual([
			['holiday', '2027-02-04'],
			['holiday', '2027-02-05'],
			['holiday', '2027-02-08'],
			['substitute', '2027-02-09'],
			['substitute', '2027-02-10']
		]);
		expect(tet[3]?.name).toBe('Nghỉ bù Tết Nguyên đán');
		const national = year.entries.filter((e) => e.occasion === 'national-day').map((e) => e.from);
		expect(national).toEqual(['2027-09-02', '2027-09-03']);
		// Everything the 2027 data already lists is in the proposal.
		const data = BUILT_IN_YEARS.find((y) => y.year === 2027)!.entries.flatMap(entryDays);
		const proposed = new Set(year.entries.flatMap(entryDays));
		expect(data.filter((day) => !proposed.has(day))).toEqual([]);
	});

	it('2019–2020 keep Quốc khánh to one day and leave only Tết open', () => {
		const year = proposal(2020);
		expect(year.open).toEqual(['tet']);
		expect(year.entries.filter((e) => e.occasion === 'national-day').map((e) => e.from)).toEqual([
			'2020-09-02'
		]);
		expect(year.entries.some((e) => e.occasion === 'culture-day')).toBe(false);
	});

	it('gives a 24/11 on a Saturday a Monday substitute (2029) and passes its own validation', () => {
		const year = proposal(2029);
		expect(year.entries.find((e) => e.occasion === 'culture-day')).toMatchObject({
			kind: 'substitute',
			from: '2029-11-26'
		});
		expect(parseCalendarYear(year).ok).toBe(true);
		expect(year.bases.NQ28).toBe('Nghị quyết 28/2026/QH16');
	});

	it.each([2018, 2200, 2026.5])('refuses year %s', (year) => {
		expect(proposeProvisionalYear(year)).toEqual({
			ok: false,
			error: 'proposal-year-unsupported',
			year
		});
	});
});
