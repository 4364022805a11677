import { describe, expect, it } from 'vitest';
import { subjectOfDossier, subjectOfDraft } from './form-common';
import { buildRefusalForm } from './refusal-form';
import { applicant, desk, formDate, makeDossier, office, procedure } from './test-fixtures';

const context = { office, desk, date: formDate };

describe('Form 03 refusal, domain.md §5.3', () => {
	it('states the reasons and the signatures', () => {
		const proxy = { ...applicant, fullName: 'Trần Văn Bình' };
		const r = buildRefusalForm({
			...context,
			subject: subjectOfDraft({
				applicant,
				submitter: proxy,
				procedure,
				ruleVersion: 'nd61-2018',
				summary: 'Khai sinh quá hạn'
			}),
			reasons: ['Không thuộc thẩm quyền của UBND phường', ' '],
			officerName: 'Hoàng Thị Lan',
			applicantSigns: true
		});
		expect(r).toMatchObject({
			ok: true,
			form: {
				ref: { number: '03', set: '2018', title: 'Phiếu từ chối tiếp nhận giải quyết hồ sơ' },
				code: null,
				reasons: [{ no: 1, text: 'Không thuộc thẩm quyền của UBND phường' }],
				contact: null,
				signatures: {
					receiver: { label: 'NGƯỜI TIẾP NHẬN HỒ SƠ', name: 'Hoàng Thị Lan' },
					submitter: { label: 'NGƯỜI NỘP HỒ SƠ', name: 'Trần Văn Bình' }
				}
			}
		});
	});

	it('signs for the owner when no proxy, and needs a reason', () => {
		const subject = subjectOfDossier(makeDossier());
		const signed = buildRefusalForm({ ...context, subject, reasons: ['x'], applicantSigns: true });
		expect(signed).toMatchObject({
			ok: true,
			form: { signatures: { submitter: { name: 'Nguyễn Thị Ánh' }, receiver: { name: null } } }
		});
		const r = buildRefusalForm({
			...context,
			subject,
			reasons: ['Hồ sơ giả mạo'],
			contact: { name: 'Lan', phone: '0912345678' }
		});
		expect(r).toMatchObject({
			ok: true,
			form: { code: subject.code, signatures: { submitter: null } }
		});
		expect(buildRefusalForm({ ...context, subject, reasons: [] })).toEqual({
			ok: false,
			error: 'reason-required'
		});
		expect(
			buildRefusalForm({ ...context, subject: { ...subject, ruleVersion: '?' }, reasons: ['x'] })
		).toEqual({ ok: false, error: 'unknown-rule-version' });
	});
});
