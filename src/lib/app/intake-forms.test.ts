import { describe, expect, it } from 'vitest';
import { localDateTime } from '$lib/domain/time';
import {
	intakeRefusalForm,
	intakeSupplementRequestForm,
	type IntakeFormDraft
} from './intake-forms';
import { receiveDossier } from './receive-dossier';
import { testWorkspace } from './test-support';

const now = localDateTime('2019-11-20T08:37:00');

const draft: IntakeFormDraft = {
	procedureCode: '1.001193',
	applicant: {
		fullName: '  Trần   Văn Bình ',
		idType: 'citizen-id',
		idNumber: '020085000321',
		address: 'Phường Chi Lăng, Lạng Sơn',
		phone: '0912 345 678',
		email: ''
	},
	summary: ' Khai sinh cho con '
};

describe('forms of an intake that receives nothing, domain.md §4.2 T3/T5', () => {
	it('lists the missing components reported by receiveDossier on Form 02, without a code', async () => {
		const ws = await testWorkspace();
		const attempt = await receiveDossier(
			ws,
			{
				procedureCode: '1.001193',
				applicant: { ...draft.applicant, birthDate: '', sex: '' },
				submitter: null,
				components: [{ componentId: 'to-khai', count: 1 }],
				sets: 1,
				channel: 'direct',
				resultReturn: { kind: 'desk' },
				feeVnd: 0,
				summary: ''
			},
			now
		);
		if (attempt.ok || attempt.error !== 'components-missing') throw new Error('expected missing');
		const result = intakeSupplementRequestForm(
			ws,
			draft,
			{ missing: attempt.missing, items: ['Ảnh 4x6'], reason: 'Hồ sơ chưa đủ thành phần' },
			now
		);
		if (!result.ok) throw new Error(result.error);
		expect(result.form).toMatchObject({
			stage: 'intake',
			code: null,
			applicant: { name: 'Trần Văn Bình', printedName: 'TRẦN VĂN BÌNH', phone: '0912345678' },
			request: { procedureName: 'Đăng ký khai sinh', summary: 'Khai sinh cho con' },
			items: [
				{ no: 1, text: 'Giấy chứng sinh (Bản chính, 1 bản)' },
				{ no: 2, text: 'Ảnh 4x6' }
			],
			reason: 'Hồ sơ chưa đủ thành phần',
			signature: { label: 'NGƯỜI HƯỚNG DẪN', name: 'Hoàng Thị Lan' }
		});
		expect(result.form.header.date).toBe('2019-11-20');
		expect(result.form.ref).toMatchObject({ number: '02', set: '2018' });
		expect((await ws.store.db.info()).doc_count).toBe(0);
	});

	it('prints Form 03 with the reasons even when a contact field is mistyped', () => {
		return testWorkspace().then((ws) => {
			const typo = { ...draft, applicant: { ...draft.applicant, phone: '12' } };
			const result = intakeRefusalForm(
				ws,
				typo,
				['Không thuộc thẩm quyền của UBND phường', ' '],
				localDateTime('2025-07-14T09:00')
			);
			if (!result.ok) throw new Error(result.error);
			expect(result.form.reasons).toEqual([
				{ no: 1, text: 'Không thuộc thẩm quyền của UBND phường' }
			]);
			expect(result.form.applicant).toMatchObject({ name: 'Trần Văn Bình', phone: '12' });
			expect(result.form.signatures.receiver.name).toBe('Hoàng Thị Lan');
			expect(result.form.ref.set).toBe('2025');
		});
	});

	it('says what is missing to print at all', async () => {
		const ws = await testWorkspace();
		const unnamed = { ...draft, applicant: { ...draft.applicant, fullName: ' ' } };
		expect(intakeRefusalForm(ws, unnamed, ['Lý do'], now)).toEqual({
			ok: false,
			error: 'applicant-name-required'
		});
		expect(intakeRefusalForm(ws, { ...draft, procedureCode: '9.9' }, ['Lý do'], now)).toEqual({
			ok: false,
			error: 'procedure-not-found'
		});
		expect(intakeRefusalForm(ws, draft, [], now)).toEqual({ ok: false, error: 'reason-required' });
		expect(intakeSupplementRequestForm(ws, draft, { missing: [], reason: 'Thiếu' }, now)).toEqual({
			ok: false,
			error: 'items-required'
		});
	});
});
