/**
 * Every rule of the office databases' validate_doc_update (architecture.md §4, ADR 6), run on the
 * text CouchDB stores (compiled alone, as CouchDB does) and on the module's function.
 */
import { describe, expect, it } from 'vitest';
import { compileFunction } from '../../server/couch/function-source.js';
import {
	ACTION_ROLES,
	validateOfficeDoc,
	validateOfficeSource
} from '../../server/couch/validate-office.js';
import {
	DB,
	PAYLOADS,
	deskDoc,
	dossierDoc,
	eventDoc,
	feedbackDoc,
	feedbackStepDoc,
	FEEDBACK_PAYLOADS,
	officer,
	reportDoc,
	verdict
} from './support/office-docs.js';

const variants = [
	['the design document text', compileFunction(validateOfficeSource)],
	['the module function', validateOfficeDoc]
] as const;

describe.each(variants)('office validation (%s)', (_name, validate) => {
	const desk = officer('an', ['desk-officer']);
	const check = (doc: unknown, user: unknown = desk, old: unknown = null) =>
		verdict(validate, doc, user, old);

	describe('who may write', () => {
		it('accepts a desk officer writing their own dossier, event and desk', () => {
			expect(check(dossierDoc())).toBe('ok');
			expect(check(eventDoc('transfer'))).toBe('ok');
			expect(check(deskDoc())).toBe('ok');
		});

		it('asks anonymous writers to log in', () => {
			expect(check(dossierDoc(), { name: null, roles: [], db: DB })).toBe(
				'unauthorized:login-required'
			);
		});

		it('lets server administrators write, update and delete anything', () => {
			const admin = { name: 'root', roles: ['_admin'], db: DB };
			expect(check({ _id: 'x', type: 'whatever' }, admin)).toBe('ok');
			expect(check(dossierDoc('someone'), admin, dossierDoc())).toBe('ok');
			expect(check({ _id: 'dossier:x', _deleted: true }, admin, dossierDoc())).toBe('ok');
		});

		it('refuses officers of another office and users of no office', () => {
			expect(check(dossierDoc(), officer('an', ['desk-officer'], 'other'))).toBe(
				'forbidden:not-office-member'
			);
			expect(check(dossierDoc(), { name: 'an', roles: ['province-admin'], db: DB })).toBe(
				'forbidden:not-office-member'
			);
		});

		it('runs only in office databases', () => {
			expect(check(dossierDoc(), { ...desk, db: 'motcua_catalogue' })).toBe(
				'forbidden:wrong-database'
			);
		});
	});

	describe('documents are immutable', () => {
		it('refuses an update of an existing document', () => {
			expect(check(dossierDoc(), desk, dossierDoc())).toBe('forbidden:immutable');
			expect(check(eventDoc('transfer'), desk, eventDoc('transfer'))).toBe('forbidden:immutable');
		});

		it('refuses a deletion, with or without the old document', () => {
			const deleted = { _id: dossierDoc()._id, _deleted: true };
			expect(check(deleted, desk, dossierDoc())).toBe('forbidden:immutable');
			expect(check(deleted)).toBe('forbidden:immutable');
		});
	});

	describe('common rules', () => {
		it('knows only dossier, event, desk, feedback, feedback-step and report documents', () => {
			for (const type of ['note', 'procedure', undefined, 'constructor', '__proto__']) {
				expect(check({ ...dossierDoc(), type })).toBe('forbidden:unknown-type');
			}
		});

		it('needs the office of the database in officeId', () => {
			expect(check(dossierDoc('an', { officeId: 'other' }))).toBe('forbidden:wrong-office');
			expect(check(eventDoc('transfer', 'an', { officeId: undefined }))).toBe(
				'forbidden:wrong-office'
			);
		});

		it('needs a whole schemaVersion of at least 1', () => {
			for (const schemaVersion of [undefined, 0, 1.5, '1']) {
				expect(check(dossierDoc('an', { schemaVersion }))).toBe('forbidden:missing-field');
			}
		});

		it('bounds sizes: ids, whole documents, no attachments', () => {
			const longCode = 'A'.repeat(250);
			expect(check(dossierDoc('an', { _id: `dossier:${longCode}`, code: longCode }))).toBe(
				'forbidden:bad-id'
			);
			expect(check(dossierDoc('an', { summary: 'x'.repeat(70_000) }))).toBe('forbidden:too-large');
			const attachments = { 'a.pdf': { content_type: 'application/pdf', data: 'AA==' } };
			expect(check(dossierDoc('an', { _attachments: attachments }))).toBe(
				'forbidden:no-attachments'
			);
		});
	});

	describe('dossier documents', () => {
		it('need _id dossier:<code> and a code without ":"', () => {
			expect(check(dossierDoc('an', { _id: 'dossier:OTHER-1' }))).toBe('forbidden:id-mismatch');
			expect(check(dossierDoc('an', { _id: 'dossier:a:b', code: 'a:b' }))).toBe(
				'forbidden:bad-field'
			);
		});

		it('carry the authenticated user in by and receivedBy', () => {
			expect(check(dossierDoc('binh'))).toBe('forbidden:not-author');
			expect(check(dossierDoc('an', { receivedBy: 'binh' }))).toBe('forbidden:not-author');
			expect(check(dossierDoc('an', { by: undefined }))).toBe('forbidden:not-author');
		});

		it('are received by desk officers only', () => {
			for (const fn of ['processing-officer', 'leader', 'supervisor']) {
				expect(check(dossierDoc(), officer('an', [fn]))).toBe('forbidden:role-not-allowed');
			}
			expect(check(dossierDoc(), officer('an', []))).toBe('forbidden:role-not-allowed');
		});

		it('need their intake fields', () => {
			for (const field of [
				'code',
				'deskId',
				'receivedBy',
				'receivedAt',
				'procedure',
				'applicant'
			]) {
				expect(check(dossierDoc('an', { [field]: undefined })), field).toBe(
					'forbidden:missing-field'
				);
			}
			expect(check(dossierDoc('an', { receivedAt: '2026-11-25 08:30' }))).toBe(
				'forbidden:bad-field'
			);
			expect(check(dossierDoc('an', { dueAt: 'soon' }))).toBe('forbidden:bad-field');
			expect(check(dossierDoc('an', { dueAt: null }))).toBe('ok');
			expect(check(dossierDoc('an', { channel: 'fax' }))).toBe('forbidden:bad-field');
			expect(check(dossierDoc('an', { procedure: { code: '1.001193' } }))).toBe(
				'forbidden:bad-field'
			);
			expect(check(dossierDoc('an', { applicant: { fullName: '' } }))).toBe('forbidden:bad-field');
			expect(check(dossierDoc('an', { deskId: 'desk 1' }))).toBe('forbidden:bad-field');
		});
	});

	describe('event documents', () => {
		it('accept every kind from a role allowed by the lifecycle table', () => {
			for (const [kind, roles] of Object.entries(ACTION_ROLES)) {
				if (!(kind in PAYLOADS)) continue;
				for (const role of roles) {
					expect(check(eventDoc(kind), officer('an', [role])), `${role} ${kind}`).toBe('ok');
				}
			}
		});

		it('refuse a kind from a role the lifecycle table does not allow', () => {
			expect(check(eventDoc('transfer'), officer('an', ['supervisor']))).toBe(
				'forbidden:role-not-allowed'
			);
			expect(check(eventDoc('deliver'), officer('an', ['processing-officer']))).toBe(
				'forbidden:role-not-allowed'
			);
			expect(check(eventDoc('apology'), officer('an', ['processing-officer']))).toBe(
				'forbidden:role-not-allowed'
			);
			expect(check(eventDoc('stop'), officer('an', ['supervisor']))).toBe('ok');
		});

		it('refuse unknown kinds, including names of Object.prototype', () => {
			for (const kind of ['receive', 'give-guidance', 'approve', 'constructor', 'toString']) {
				expect(check(eventDoc(kind)), kind).toBe('forbidden:unknown-kind');
			}
		});

		it('carry the authenticated user in by', () => {
			expect(check(eventDoc('transfer', 'binh'))).toBe('forbidden:not-author');
		});

		it('need _id and id equal to event:<dossierCode>:<at>:<deskId>:<n>', () => {
			const id = eventDoc('transfer')._id;
			expect(check(eventDoc('transfer', 'an', { id: 'other' }))).toBe('forbidden:id-mismatch');
			expect(check(eventDoc('transfer', 'an', { at: '2026-11-25T09:00:00' }))).toBe(
				'forbidden:id-mismatch'
			);
			expect(check(eventDoc('transfer', 'an', { deskId: 'lvt-desk-02' }))).toBe(
				'forbidden:id-mismatch'
			);
			expect(check(eventDoc('transfer', 'an', { dossierCode: 'X-1' }))).toBe(
				'forbidden:id-mismatch'
			);
			for (const n of ['1', 'abc', '0001x']) {
				expect(check(eventDoc('transfer', 'an', {}, n)), n).toBe('forbidden:id-mismatch');
			}
			expect(check(eventDoc('transfer', 'an', {}, '1234'))).toBe('ok');
			expect(id.startsWith('event:')).toBe(true);
		});

		it('need their fields', () => {
			for (const field of ['id', 'dossierCode', 'kind', 'at', 'by', 'deskId', 'payload']) {
				expect(check(eventDoc('transfer', 'an', { [field]: undefined })), field).toBe(
					'forbidden:missing-field'
				);
			}
			expect(check(eventDoc('transfer', 'an', { at: 'yesterday' }))).toBe('forbidden:bad-field');
			expect(check(eventDoc('transfer', 'an', { payload: 'x' }))).toBe('forbidden:bad-field');
		});

		it('need the payload fields of their kind', () => {
			const missing: [string, Record<string, unknown>][] = [
				['transfer', { toUnit: '' }],
				['request-supplement', { reason: 'r' }],
				['request-payment', { amountVnd: -1, pausesClock: false }],
				['request-payment', { amountVnd: 1000 }],
				['apology', { reason: 'r', newDueAt: '28/11/2026' }],
				['result-ready', { outcome: 'maybe' }],
				['result-ready', { outcome: 'refused' }],
				['deliver', { method: 'in-person' }],
				['deliver', { method: 'postal' }],
				['deliver', { method: 'pigeon' }],
				['withdraw', {}],
				['stop', { reason: 'r' }],
				['rate', { rating: 'great' }]
			];
			for (const [kind, payload] of missing) {
				expect(check(eventDoc(kind, 'an', { payload })), JSON.stringify([kind, payload])).toBe(
					'forbidden:bad-field'
				);
			}
			const refused = { outcome: 'refused', reason: 'Không đủ điều kiện' };
			expect(check(eventDoc('result-ready', 'an', { payload: refused }))).toBe('ok');
			const postal = { method: 'postal', trackingNumber: 'EV123456789VN' };
			expect(check(eventDoc('deliver', 'an', { payload: postal }))).toBe('ok');
			expect(check(eventDoc('deliver', 'an', { payload: { method: 'online' } }))).toBe('ok');
		});
	});

	describe('desk registrations', () => {
		it('need _id desk:<deskId>, and id equal to it when present', () => {
			expect(check(deskDoc('an', { id: 'lvt-desk-02' }))).toBe('forbidden:id-mismatch');
			expect(check(deskDoc('an', { _id: 'desk:a:b', id: undefined }))).toBe(
				'forbidden:id-mismatch'
			);
			expect(check(deskDoc('an', { id: undefined }))).toBe('ok');
		});

		it('carry the authenticated user in registeredBy', () => {
			expect(check(deskDoc('binh'))).toBe('forbidden:not-author');
		});

		it('are registered by an officer with a function in the office', () => {
			expect(check(deskDoc(), officer('an', ['supervisor']))).toBe('ok');
			expect(check(deskDoc(), officer('an', []))).toBe('forbidden:role-not-allowed');
		});

		it('need a name and a sequence range 1 <= first <= last', () => {
			expect(check(deskDoc('an', { name: '' }))).toBe('forbidden:missing-field');
			expect(check(deskDoc('an', { sequenceRange: undefined }))).toBe('forbidden:missing-field');
			for (const sequenceRange of [
				{ first: 0, last: 10 },
				{ first: 10, last: 9 },
				{ first: 1.5, last: 10 },
				{ first: 1, last: '10' },
				{ first: 1, last: 1e9 },
				[1, 10]
			]) {
				expect(check(deskDoc('an', { sequenceRange })), JSON.stringify(sequenceRange)).toBe(
					'forbidden:bad-field'
				);
			}
		});
	});

	describe('feedback documents (ADR 29)', () => {
		it('are taken in by desk officers, as themselves, under feedback:<code>', () => {
			expect(check(feedbackDoc())).toBe('ok');
			expect(check(feedbackDoc(), officer('an', ['supervisor']))).toBe(
				'forbidden:role-not-allowed'
			);
			expect(check(feedbackDoc('binh'))).toBe('forbidden:not-author');
			expect(check(feedbackDoc('an', { _id: 'feedback:other' }))).toBe('forbidden:id-mismatch');
			expect(check(feedbackDoc('an', { officeId: 'other' }))).toBe('forbidden:wrong-office');
		});

		it('need their fields: sender, content within bounds, kind, channel, times', () => {
			expect(check(feedbackDoc('an', { content: '' }))).toBe('forbidden:missing-field');
			expect(check(feedbackDoc('an', { content: 'x'.repeat(8001) }))).toBe('forbidden:bad-field');
			expect(check(feedbackDoc('an', { sender: { phone: '0912345678' } }))).toBe(
				'forbidden:bad-field'
			);
			expect(check(feedbackDoc('an', { kind: 'complaint' }))).toBe('forbidden:bad-field');
			expect(check(feedbackDoc('an', { channel: 'fax' }))).toBe('forbidden:bad-field');
			expect(check(feedbackDoc('an', { dueAt: '2026-11-24T08:30:00' }))).toBe(
				'forbidden:bad-field'
			);
			expect(check(feedbackDoc('an', { receivedAt: '25/11/2026' }))).toBe('forbidden:bad-field');
			expect(check(feedbackDoc('an', { dossierCode: 'a:b' }))).toBe('forbidden:bad-field');
			expect(check(feedbackDoc('an', { dossierCode: 'H39-261125-0001' }))).toBe('ok');
		});

		it('accept every step from a role the feedback table allows, and refuse the others', () => {
			const roles: Record<string, string[]> = {
				assign: ['desk-officer', 'leader', 'supervisor'],
				answer: ['desk-officer', 'processing-officer', 'leader'],
				publish: ['leader', 'supervisor']
			};
			const all = ['desk-officer', 'processing-officer', 'leader', 'supervisor'];
			for (const kind of Object.keys(FEEDBACK_PAYLOADS)) {
				for (const role of all) {
					const expected = roles[kind]?.includes(role) ? 'ok' : 'forbidden:role-not-allowed';
					expect(check(feedbackStepDoc(kind), officer('an', [role])), `${kind} by ${role}`).toBe(
						expected
					);
				}
			}
		});

		it('refuse steps with a payload missing its fields, an unknown kind or a wrong id', () => {
			const leader = officer('an', ['leader']);
			expect(check(feedbackStepDoc('assign', 'an', { payload: { unit: '' } }))).toBe(
				'forbidden:bad-field'
			);
			expect(check(feedbackStepDoc('answer', 'an', { payload: { text: 'x' } }))).toBe(
				'forbidden:bad-field'
			);
			expect(
				check(feedbackStepDoc('answer', 'an', { payload: { text: 'x', answeredOn: '30/11/2026' } }))
			).toBe('forbidden:bad-field');
			expect(
				check(feedbackStepDoc('publish', 'an', { payload: { published: 'yes' } }), leader)
			).toBe('forbidden:bad-field');
			expect(check(feedbackStepDoc('constructor'))).toBe('forbidden:unknown-kind');
			expect(check(feedbackStepDoc('assign', 'an', {}, '1'))).toBe('forbidden:id-mismatch');
			expect(check(feedbackStepDoc('assign', 'an', { id: 'x' }))).toBe('forbidden:id-mismatch');
			expect(check(feedbackStepDoc('assign', 'binh'))).toBe('forbidden:not-author');
		});

		it('are never updated', () => {
			expect(check(feedbackDoc(), desk, feedbackDoc())).toBe('forbidden:immutable');
			expect(check(feedbackStepDoc('assign'), desk, feedbackStepDoc('assign'))).toBe(
				'forbidden:immutable'
			);
		});
	});

	describe('a result’s timing (ADR 31)', () => {
		it('is optional, and one of early, on-time, late or none when present', () => {
			const result = (payload: Record<string, unknown>) =>
				eventDoc('result-ready', 'an', { payload });
			expect(check(result({ outcome: 'approved' }))).toBe('ok');
			for (const timing of ['early', 'on-time', 'late', 'none']) {
				expect(check(result({ outcome: 'approved', timing })), timing).toBe('ok');
			}
			expect(check(result({ outcome: 'approved', timing: 'soon' }))).toBe('forbidden:bad-field');
			expect(check(result({ outcome: 'approved', timing: 1 }))).toBe('forbidden:bad-field');
		});
	});

	describe('reports submitted to the province (ADR 32)', () => {
		const supervisor = officer('an', ['supervisor']);
		const report = (overrides: Record<string, unknown> = {}) => reportDoc('an', overrides);

		it('are submitted by a supervisor or a leader, as themselves, never by a desk officer', () => {
			expect(check(report(), supervisor)).toBe('ok');
			expect(check(report(), officer('an', ['leader']))).toBe('ok');
			expect(check(report(), desk)).toBe('forbidden:role-not-allowed');
			expect(check(report(), officer('an', ['processing-officer']))).toBe(
				'forbidden:role-not-allowed'
			);
			expect(check(reportDoc('binh'), supervisor)).toBe('forbidden:not-author');
			expect(check(report({ submittedBy: 'binh' }), supervisor)).toBe('forbidden:not-author');
			expect(check(report(), supervisor, report())).toBe('forbidden:immutable');
		});

		it('are filed under their period, time and desk', () => {
			expect(check(report({ _id: 'report:x' }), supervisor)).toBe('forbidden:id-mismatch');
			expect(check(report({ period: { from: '2026-11-15', to: '2026-11-14' } }), supervisor)).toBe(
				'forbidden:bad-field'
			);
			expect(check(report({ period: { from: '15/10/2026', to: '2026-11-14' } }), supervisor)).toBe(
				'forbidden:bad-field'
			);
			expect(check(report({ submittedAt: '2026-11-25' }), supervisor)).toBe('forbidden:bad-field');
		});

		it('carry whole, non-negative counts in every column of every row', () => {
			const row = reportDoc().total as { columns: Record<string, unknown> };
			for (const bad of [-1, 1.5, '2', null]) {
				const total = { ...row, columns: { ...row.columns, pendingOverdue: bad } };
				expect(check(report({ total }), supervisor), String(bad)).toBe('forbidden:bad-field');
			}
			const { pendingInTime, ...missing } = row.columns;
			void pendingInTime;
			expect(check(report({ rows: [{ ...row, columns: missing }] }), supervisor)).toBe(
				'forbidden:bad-field'
			);
			expect(check(report({ rows: 'all' }), supervisor)).toBe('forbidden:bad-field');
			expect(check(report({ rows: Array.from({ length: 101 }, () => row) }), supervisor)).toBe(
				'forbidden:bad-field'
			);
			expect(check(report({ withdrawnReturnedAsOnTime: 'no' }), supervisor)).toBe(
				'forbidden:bad-field'
			);
		});
	});

	describe('desk retirements (ADR 34)', () => {
		const provinceAdmin = { name: 'thu', roles: ['province-admin'], db: DB };
		const retirement = (overrides: Record<string, unknown> = {}) => ({
			_id: 'retirement:lvt-desk-01',
			type: 'desk-retirement',
			deskId: 'lvt-desk-01',
			officeId: 'lvt',
			release: 'free',
			unsentAtLastSync: 0,
			lastSyncAt: '2026-12-04T01:00:00.000Z',
			by: 'thu',
			at: '2026-12-04T02:00:00.000Z',
			schemaVersion: 1,
			...overrides
		});

		it('are written by a province administrator, as themselves, once', () => {
			expect(check(retirement(), provinceAdmin)).toBe('ok');
			expect(check(retirement({ release: 'never', unsentAtLastSync: null }), provinceAdmin)).toBe(
				'ok'
			);
			expect(check(retirement({ by: 'other' }), provinceAdmin)).toBe('forbidden:not-author');
			expect(check(retirement(), provinceAdmin, retirement())).toBe('forbidden:immutable');
			for (const who of [officer('thu', ['supervisor']), officer('thu', ['leader'])]) {
				expect(check(retirement(), who)).toBe('forbidden:role-not-allowed');
			}
		});

		it('name the desk in their id and say how its slot is released', () => {
			expect(check(retirement({ _id: 'retirement:other' }), provinceAdmin)).toBe(
				'forbidden:id-mismatch'
			);
			expect(check(retirement({ release: 'later' }), provinceAdmin)).toBe('forbidden:bad-field');
			expect(check(retirement({ unsentAtLastSync: -1 }), provinceAdmin)).toBe(
				'forbidden:bad-field'
			);
			expect(check(retirement({ officeId: 'other' }), provinceAdmin)).toBe(
				'forbidden:wrong-office'
			);
		});
	});
});
