import { describe, expect, it } from 'vitest';
import { subjectOfDossier, subjectOfDraft } from './form-common';
import { buildSupplementRequestForm } from './supplement-request-form';
import { applicant, desk, formDate, makeDossier2018, office, procedure } from './test-fixtures';

const draft = subjectOfDraft({ applicant, procedure, ruleVersion: 'nd118-2025' });
const context = { office, desk, date: formDate };

describe('Form 02 supplement request, domain.md §5.2', () => {
	it('lists every item at intake, without a code', () => {
		const r = buildSupplementRequestForm({
			...context,
			subject: draft,
			items: ['  Bản sao  Giấy chứng sinh ', '', 'Giấy tờ tùy thân của người đi khai'],
			reason: 'Thiếu giấy tờ theo quy định',
			contact: { name: 'Hoàng Thị Lan', phone: '02053812345' },
			guideName: 'Hoàng Thị Lan'
		});
		expect(r).toMatchObject({
			ok: true,
			form: {
				ref: { number: '02', set: '2025' },
				stage: 'intake',
				code: null,
				header: { documentNumber: null, deskName: 'Quầy số 1' },
				items: [
					{ no: 1, text: 'Bản sao Giấy chứng sinh' },
					{ no: 2, text: 'Giấy tờ tùy thân của người đi khai' }
				],
				reason: 'Thiếu giấy tờ theo quy định',
				contact: { name: 'Hoàng Thị Lan', phone: '02053812345' },
				signature: {
					label: 'NGƯỜI HƯỚNG DẪN',
					hint: '(Ký và ghi rõ họ tên)',
					name: 'Hoàng Thị Lan'
				},
				request: { procedureCode: '1.001193', procedureName: 'Đăng ký khai sinh', summary: null }
			}
		});
	});

	it('is a processing-stage request for a received dossier', () => {
		const r = buildSupplementRequestForm({
			...context,
			subject: subjectOfDossier(makeDossier2018({ summary: 'Khai sinh' })),
			items: ['Bản chính Giấy chứng sinh'],
			reason: 'Bản sao không rõ'
		});
		expect(r).toMatchObject({
			ok: true,
			form: {
				ref: { set: '2018' },
				stage: 'processing',
				code: '000.20.31.H38-201120-0011',
				contact: null,
				signature: { name: null },
				request: { summary: 'Khai sinh' },
				header: { date: '2025-07-15' }
			}
		});
	});

	it('needs items and a written reason', () => {
		const base = { ...context, subject: draft, items: ['x'], reason: 'y' };
		expect(buildSupplementRequestForm({ ...base, items: [' '] })).toEqual({
			ok: false,
			error: 'items-required'
		});
		expect(buildSupplementRequestForm({ ...base, reason: '  ' })).toEqual({
			ok: false,
			error: 'reason-required'
		});
		expect(
			buildSupplementRequestForm({ ...base, subject: { ...draft, ruleVersion: 'old' } })
		).toEqual({ ok: false, error: 'unknown-rule-version' });
	});
});
