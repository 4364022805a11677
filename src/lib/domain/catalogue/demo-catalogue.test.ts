/**
 * The demo province catalogue shipped with the app (catalogue/demo-province): it is loaded into
 * every desk until the provincial server exists, so it must pass the same checks as live data.
 */
import { describe, expect, it } from 'vitest';
import officeProcedures from '../../../../catalogue/demo-province/office-procedures.json';
import offices from '../../../../catalogue/demo-province/offices.json';
import procedures from '../../../../catalogue/demo-province/procedures.json';
import type { Office, ProcedureTime } from '../model';
import { parseOffice, parseOfficeProcedures } from './office';
import { parseProcedure, parseProcedureList, procedureSearchText } from './procedure';
import type { CatalogueProcedure } from './schema';

const parsedList = parseProcedureList(procedures);
const catalogue: readonly CatalogueProcedure[] = parsedList.ok ? parsedList.value : [];
const parsedOffices: Office[] = offices.flatMap((o) => {
	const parsed = parseOffice(o);
	return parsed.ok ? [parsed.value] : [];
});

const amount = (time: ProcedureTime): number => ('amount' in time ? time.amount : 0);
const isNfc = (s: string): boolean => s === s.normalize('NFC');

describe('demo province procedures (catalogue/demo-province/procedures.json)', () => {
	it('every procedure parses', () => {
		for (const entry of procedures) {
			const parsed = parseProcedure(entry);
			expect(parsed.ok ? [] : parsed.issues, entry.code).toEqual([]);
		}
		expect(parsedList.ok).toBe(true);
	});

	it('holds at least 45 procedures with unique national codes', () => {
		expect(catalogue.length).toBeGreaterThanOrEqual(45);
		const codes = catalogue.map((p) => p.code);
		expect(new Set(codes).size).toBe(codes.length);
	});

	it('mixes every time unit, with the 15:00 cut-off on same-day procedures', () => {
		const units = new Set(catalogue.map((p) => p.time.unit));
		expect([...units].sort()).toEqual([
			'calendar-days',
			'none',
			'same-day',
			'working-days',
			'working-hours'
		]);
		for (const p of catalogue) if (p.time.unit === 'same-day') expect(p.time.cutoff).toBe('15:00');
	});

	it('has at least four inter-agency procedures whose steps fit in the total, in its unit', () => {
		const interAgency = catalogue.filter((p) => p.steps.length > 0);
		expect(interAgency.length).toBeGreaterThanOrEqual(4);
		for (const p of interAgency) {
			for (const step of p.steps) expect(step.time.unit, p.code).toBe(p.time.unit);
			const total = p.steps.reduce((sum, step) => sum + amount(step.time), 0);
			expect(total, p.code).toBeLessThanOrEqual(amount(p.time));
		}
	});

	it('stores every text in Unicode NFC', () => {
		for (const p of catalogue) {
			const texts = [
				p.name,
				p.sector,
				p.processingUnit,
				p.feeNote ?? '',
				p.legalBasis ?? '',
				...p.components.map((c) => c.name),
				...p.steps.map((s) => s.unit)
			];
			for (const t of texts) expect(isNfc(t), `${p.code}: ${t}`).toBe(true);
		}
	});

	it('lists at least one component and a legal basis for every procedure', () => {
		for (const p of catalogue) {
			expect(p.components.length, p.code).toBeGreaterThan(0);
			expect(p.legalBasis, p.code).toBeTruthy();
		}
	});

	it('marks only unconfirmed codes, with codeVerified: false', () => {
		for (const p of catalogue) expect([undefined, false]).toContain(p.codeVerified);
	});

	it('finds procedures by folded name, code and sector', () => {
		const find = (query: string) =>
			catalogue.filter((p) => procedureSearchText(p).includes(query)).map((p) => p.code);
		expect(find('dang ky khai sinh')).toContain('1.001193');
		expect(find('1.001193')).toEqual(['1.001193']);
		expect(find('dat dai').length).toBeGreaterThan(0);
	});
});

describe('demo province offices (catalogue/demo-province/offices.json)', () => {
	it('each office parses, with distinct ids and agency codes', () => {
		for (const office of offices) {
			const parsed = parseOffice(office);
			expect(parsed.ok ? [] : parsed.issues, office.id).toEqual([]);
		}
		expect(parsedOffices).toHaveLength(2);
		expect(new Set(parsedOffices.map((o) => o.id)).size).toBe(2);
		expect(new Set(parsedOffices.map((o) => o.agencyCode)).size).toBe(2);
	});

	it('opens 07:30–11:30 and 13:30–17:00', () => {
		for (const office of parsedOffices) {
			expect(office.hours.periods).toEqual([
				{ start: 7 * 60 + 30, end: 11 * 60 + 30 },
				{ start: 13 * 60 + 30, end: 17 * 60 }
			]);
		}
	});

	it("each office's procedure codes exist, at the office's level, and every procedure is received", () => {
		const parsed = parseOfficeProcedures(officeProcedures, parsedOffices, catalogue);
		expect(parsed.ok ? [] : parsed.issues).toEqual([]);
		const level = new Map(catalogue.map((p) => [p.code, p.level]));
		const levelOf = { 'lson-province': 'province', 'lson-luongvantri': 'commune' } as const;
		for (const [officeId, codes] of Object.entries(officeProcedures)) {
			const expected = levelOf[officeId as keyof typeof levelOf];
			for (const code of codes) expect(level.get(code), `${officeId} ${code}`).toBe(expected);
		}
		const received = new Set(Object.values(officeProcedures).flat());
		expect(catalogue.filter((p) => !received.has(p.code)).map((p) => p.code)).toEqual([]);
	});
});
