/**
 * Every rule of the catalogue's validate_doc_update (ADR 6, ADR 34): province administrators
 * write and update, each change signed and a procedure's version the next one; nothing is
 * deleted; audit entries are written once by their author; everybody else only reads. Run on the
 * stored text and the module function.
 */
import { describe, expect, it } from 'vitest';
import { compileFunction } from '../../server/couch/function-source.js';
import {
	CATALOGUE_RULES,
	validateCatalogueDoc,
	validateCatalogueSource
} from '../../server/couch/validate-catalogue.js';
import { USER_NAME_PATTERN } from '../../src/lib/domain/officers/account';
import { verdict } from './support/office-docs.js';

const DB = 'motcua_catalogue';
const admin = { name: 'thu', roles: ['province-admin'], db: DB };
const signed = { changedBy: 'thu', changedAt: '2026-12-04T08:00:00.000Z' };

const procedure = (overrides: Record<string, unknown> = {}) => ({
	_id: 'procedure:1.001193',
	type: 'procedure',
	code: '1.001193',
	version: 1,
	name: 'Thủ tục đăng ký khai sinh',
	time: { unit: 'same-day', cutoff: '15:00' },
	components: [],
	...signed,
	...overrides
});
const office = (overrides: Record<string, unknown> = {}) => ({
	_id: 'office:lson-luongvantri',
	type: 'office',
	id: 'lson-luongvantri',
	name: 'Trung tâm Phục vụ hành chính công phường Lương Văn Tri',
	agencyCode: '000.10.39.H39',
	procedureCodes: ['1.001193'],
	...signed,
	...overrides
});
const calendar = (overrides: Record<string, unknown> = {}) => ({
	_id: 'calendar:2026',
	type: 'calendar',
	year: 2026,
	status: 'verified',
	open: [],
	bases: {},
	entries: [],
	...signed,
	...overrides
});
const audit = (overrides: Record<string, unknown> = {}) => ({
	_id: 'audit:2026-12-04T08:00:00.000Z:thu:a1b2',
	type: 'audit',
	at: '2026-12-04T08:00:00.000Z',
	by: 'thu',
	action: 'update',
	target: 'procedure:1.001193',
	fields: ['time'],
	...overrides
});

const variants = [
	['the design document text', compileFunction(validateCatalogueSource)],
	['the module function', validateCatalogueDoc]
] as const;

describe.each(variants)('catalogue validation (%s)', (_name, validate) => {
	const check = (doc: unknown, user: unknown = admin, old: unknown = null) =>
		verdict(validate, doc, user, old);

	it('lets province administrators create and update procedures, offices and calendars', () => {
		expect(check(procedure({ version: 3 }))).toBe('ok');
		expect(check(procedure({ _rev: '1-a', version: 2 }), admin, procedure())).toBe('ok');
		expect(check(procedure({ _rev: '1-a', version: 2, retired: true }), admin, procedure())).toBe(
			'ok'
		);
		for (const doc of [office(), calendar()]) {
			expect(check(doc)).toBe('ok');
			expect(check({ ...doc, _rev: '1-a' }, admin, doc)).toBe('ok');
		}
	});

	it('makes every change of a procedure its next version', () => {
		for (const version of [1, 3, '2']) {
			expect(check(procedure({ _rev: '1-a', version }), admin, procedure())).toBe(
				version === '2' ? 'forbidden:missing-field' : 'forbidden:version-not-next'
			);
		}
		expect(check(procedure({ retired: 'yes', version: 2 }), admin, procedure())).toBe(
			'forbidden:bad-field'
		);
	});

	it('signs every change with its author and time', () => {
		const other = { changedBy: 'an', changedAt: signed.changedAt };
		for (const doc of [procedure(other), office(other), calendar(other)]) {
			expect(check(doc)).toBe('forbidden:not-author');
		}
		expect(check(calendar({ changedAt: undefined }))).toBe('forbidden:not-author');
	});

	it('deletes nothing for province administrators; server administrators do anything', () => {
		expect(check({ _id: 'procedure:1.001193', _deleted: true }, admin, procedure())).toBe(
			'forbidden:no-delete'
		);
		expect(check({ _id: 'x', type: 'odd' }, { name: 'root', roles: ['_admin'], db: DB })).toBe(
			'ok'
		);
	});

	it('keeps the audit trail: written once, by its author, under an id of its time and author', () => {
		expect(check(audit())).toBe('ok');
		expect(check({ ...audit(), _rev: '1-a' }, admin, audit())).toBe('forbidden:immutable');
		expect(check(audit({ by: 'an' }))).toBe('forbidden:not-author');
		expect(check(audit({ _id: 'audit:2026-01-01T00:00:00.000Z:thu:1' }))).toBe(
			'forbidden:id-mismatch'
		);
		expect(check(audit({ action: 'delete' }))).toBe('forbidden:bad-field');
		expect(check(audit({ fields: 'time' }))).toBe('forbidden:missing-field');
		expect(check(audit(), { name: 'an', roles: ['province-supervisor'], db: DB })).toBe(
			'forbidden:not-province-admin'
		);
	});

	it('refuses every other user, and asks anonymous users to log in', () => {
		for (const roles of [['office:lvt', 'role:desk-officer'], ['province-supervisor'], []]) {
			expect(check(procedure(), { name: 'an', roles, db: DB })).toBe(
				'forbidden:not-province-admin'
			);
		}
		expect(check(procedure(), { name: null, roles: [], db: DB })).toBe(
			'unauthorized:login-required'
		);
	});

	it('keeps the officer directory: a record per account, under its user name', () => {
		const officer = (overrides: Record<string, unknown> = {}) => ({
			_id: 'officer:lvt.motcua1',
			type: 'officer',
			userName: 'lvt.motcua1',
			fullName: 'Nguyễn Thị Lan',
			officeId: 'lson-luongvantri',
			functions: ['desk-officer'],
			disabled: false,
			...signed,
			...overrides
		});
		expect(check(officer())).toBe('ok');
		expect(check(officer({ officeId: null, functions: ['province-admin'] }))).toBe('ok');
		expect(check(officer({ _id: 'officer:other' }))).toBe('forbidden:id-mismatch');
		expect(check(officer({ userName: 'Bad Name', _id: 'officer:Bad Name' }))).toBe(
			'forbidden:bad-field'
		);
		expect(check(officer({ fullName: '' }))).toBe('forbidden:missing-field');
		expect(check(officer({ officeId: 'Bad Office' }))).toBe('forbidden:bad-field');
		expect(check(officer({ disabled: 'no' }))).toBe('forbidden:missing-field');
		expect(check(officer(), { name: 'an', roles: ['office:lvt', 'role:supervisor'], db: DB })).toBe(
			'forbidden:not-province-admin'
		);
	});

	it('knows only procedures, offices, calendars, officers and audit entries', () => {
		for (const type of ['dossier', 'desk', undefined, 'constructor']) {
			expect(check(procedure({ type }))).toBe('forbidden:unknown-type');
		}
	});

	it('needs ids that match the content', () => {
		expect(check(procedure({ _id: 'procedure:2.000001' }))).toBe('forbidden:id-mismatch');
		expect(check(office({ _id: 'office:other' }))).toBe('forbidden:id-mismatch');
		expect(check(calendar({ _id: 'calendar:2027' }))).toBe('forbidden:id-mismatch');
		expect(check(procedure({ _id: 'procedure:a:b', code: 'a:b' }))).toBe('forbidden:bad-field');
		expect(check(office({ _id: 'office:Bad Id', id: 'Bad Id' }))).toBe('forbidden:bad-field');
		expect(check(calendar({ _id: 'calendar:1800', year: 1800 }))).toBe('forbidden:bad-field');
	});

	it('needs the fields the desks read', () => {
		expect(check(procedure({ name: '' }))).toBe('forbidden:missing-field');
		expect(check(procedure({ version: '1' }))).toBe('forbidden:missing-field');
		expect(check(procedure({ time: {} }))).toBe('forbidden:missing-field');
		expect(check(procedure({ components: undefined }))).toBe('forbidden:missing-field');
		expect(check(office({ agencyCode: undefined }))).toBe('forbidden:missing-field');
		expect(check(office({ procedureCodes: 'all' }))).toBe('forbidden:missing-field');
		expect(check(calendar({ entries: undefined }))).toBe('forbidden:missing-field');
	});

	it('checks user names as the app does', () => {
		expect(CATALOGUE_RULES.userName).toBe(USER_NAME_PATTERN.source);
	});

	it('bounds the size of a document', () => {
		expect(check(procedure({ legalBasis: 'x'.repeat(300_000) }))).toBe('forbidden:too-large');
	});
});
