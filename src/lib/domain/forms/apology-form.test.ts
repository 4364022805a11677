import { describe, expect, it } from 'vitest';
import { localDateTime } from '../time';
import { buildApologyForm, type ApologyData } from './apology-form';
import { desk, formDate, makeDossier, makeDossier2018, office, procedure } from './test-fixtures';

const context = { office, desk, date: formDate };
const apology: ApologyData = {
	reason: 'Chờ ý kiến cơ quan phối hợp',
	newDueAt: localDateTime('2025-07-22T09:15')
};

describe('Form 04 apology, domain.md §5.4', () => {
	it('keeps the original due time beside the new one', () => {
		const r = buildApologyForm({ ...context, dossier: makeDossier(), procedure, apology });
		expect(r).toMatchObject({
			ok: true,
			form: {
				ref: { number: '04', title: 'Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết' },
				addressee: { printedName: 'NGUYỄN THỊ ÁNH' },
				code: '000.20.31.H38-250714-0007',
				receivedAt: '2025-07-14T09:15:00',
				originalDueAt: '2025-07-17T09:15:00',
				newDueAt: '2025-07-22T09:15:00',
				reason: 'Chờ ý kiến cơ quan phối hợp',
				agencyName: 'Công chức Tư pháp - Hộ tịch',
				signature: { label: 'THỦ TRƯỞNG CƠ QUAN', name: null }
			}
		});
	});

	it('uses the 2018 title and lets the caller name the agency and signer', () => {
		const r = buildApologyForm({
			...context,
			dossier: makeDossier2018(),
			procedure,
			apology: { reason: 'Quá tải', newDueAt: localDateTime('2020-11-30T08:00') },
			agencyName: 'UBND phường Hoàng Văn Thụ',
			signerName: 'Vi Văn Hùng'
		});
		expect(r).toMatchObject({
			ok: true,
			form: {
				ref: { set: '2018', title: 'Phiếu xin lỗi và hẹn lại ngày trả kết quả' },
				agencyName: 'UBND phường Hoàng Văn Thụ',
				signature: { name: 'Vi Văn Hùng' }
			}
		});
	});

	it('refuses a missing reason, no due date, or a new date not later', () => {
		const dossier = makeDossier();
		const build = (a: ApologyData, d = dossier) =>
			buildApologyForm({ ...context, dossier: d, procedure, apology: a });
		expect(build({ ...apology, reason: ' ' })).toEqual({ ok: false, error: 'reason-required' });
		expect(build(apology, makeDossier({ dueAt: null }))).toEqual({
			ok: false,
			error: 'no-due-date'
		});
		expect(build({ ...apology, newDueAt: localDateTime('2025-07-17T09:15') })).toEqual({
			ok: false,
			error: 'new-due-not-later'
		});
		expect(build(apology, makeDossier({ ruleVersion: '?' }))).toEqual({
			ok: false,
			error: 'unknown-rule-version'
		});
		expect(() => build({ ...apology, newDueAt: '2025-07-22 09:15' as never })).toThrow();
	});
});
