import { describe, expect, it } from 'vitest';
import { localDateTime, type LocalDateTime } from '$lib/domain/time';
import type { EventDraft } from '$lib/domain/lifecycle';
import { actOnDossier } from './dossier-actions';
import {
	printableForm,
	printableKinds,
	type PrintableForm,
	type PrintableResult
} from './printable-forms';
import { receiveDossier, type ReceiveInput } from './receive-dossier';
import { receiveInput, testWorkspace } from './test-support';
import type { Workspace } from './workspace';

const at = localDateTime;

const input = receiveInput;

async function receive(ws: Workspace, when: LocalDateTime, overrides: Partial<ReceiveInput> = {}) {
	const result = await receiveDossier(ws, input(overrides), when);
	if (!result.ok) throw new Error(JSON.stringify(result));
	return result.dossier.code;
}

async function act(ws: Workspace, code: string, draft: EventDraft, when: string): Promise<void> {
	const result = await actOnDossier(ws, code, draft, at(when));
	if (!result.ok) throw new Error(`${draft.kind}: ${result.error}`);
}

function formOf<K extends PrintableForm['kind']>(
	result: PrintableResult,
	kind: K
): Extract<PrintableForm, { kind: K }>['form'] {
	if (!result.ok) throw new Error(result.error);
	const { printable } = result;
	if (printable.kind !== kind) throw new Error(printable.kind);
	// The narrowing above is on a generic `K`, which TypeScript cannot carry to the form's type.
	return printable.form as never;
}

describe('printable forms of a received dossier, domain.md §5', () => {
	it('prints Form 01 dated on receipt, signed by the officer who received it', async () => {
		const ws = await testWorkspace();
		const code = await receive(ws, at('2019-11-20T08:37'), {
			procedureCode: '1.004227',
			components: [{ componentId: 'don', count: 2 }],
			feeVnd: 30000,
			resultReturn: { kind: 'postal', address: 'Số 1 Lê Lợi, Lạng Sơn' }
		});
		const result = await printableForm(ws, code, 'receipt');
		if (!result.ok || result.printable.kind !== 'receipt') throw new Error('no receipt');
		const form = result.printable.form;
		expect(form.ref).toMatchObject({ number: '01', set: '2018', paper: 'A5' });
		expect(form.header).toMatchObject({
			parentBody: 'UBND PHƯỜNG THỬ NGHIỆM',
			place: 'Lạng Sơn',
			date: '2019-11-20'
		});
		expect(form.code).toBe(code);
		expect(form.qrPayload).toBe(code);
		expect(form.applicant.printedName).toBe('NGUYỄN THỊ ÁNH');
		expect(form.components).toEqual([
			{ no: 1, name: 'Đơn đăng ký biến động', form: 'original', count: 2 }
		]);
		expect(form.receivedAt).toBe('2019-11-20T08:37:00');
		expect(form.dueAt).toBe('2019-12-04T08:37:00');
		expect(form.fees.amountVnd).toBe(30000);
		expect(form.resultReturn).toEqual({ channel: 'postal', place: 'Số 1 Lê Lợi, Lạng Sơn' });
		expect(form.signatures.receiver.name).toBe('Hoàng Thị Lan');
		expect(form.copies.map((c) => c.label)).toEqual(['Liên 1 (lưu)', 'Liên 2 (giao người nộp)']);
	});

	it('prints the receipt of another desk of the office with a blank receiver name', async () => {
		const desk1 = await testWorkspace();
		const desk2 = await testWorkspace({ deskNumber: 2, userName: 'canbo.b' }, desk1.store.db.name);
		const code = await receive(desk1, at('2019-11-20T08:37'));
		const form = formOf(await printableForm(desk2, code, 'receipt'), 'receipt');
		expect(form.signatures.receiver.name).toBeNull();
	});

	it('fills the control slip from the handovers: desk → units → desk → applicant', async () => {
		const ws = await testWorkspace();
		const code = await receive(ws, at('2019-11-20T08:37'), {
			procedureCode: '1.004227',
			components: [{ componentId: 'don', count: 1 }]
		});
		const opened = formOf(await printableForm(ws, code, 'control-slip'), 'control-slip');
		expect(opened.rows).toEqual([]);
		expect(opened.ref).toMatchObject({ number: '05', set: '2018' });

		const transfer = (toUnit: string) => ({ kind: 'transfer', payload: { toUnit } }) as const;
		await act(ws, code, transfer('Văn phòng đăng ký đất đai'), '2019-11-20T09:00');
		await act(ws, code, transfer('Chi cục Thuế'), '2019-11-26T09:00');
		await act(
			ws,
			code,
			{ kind: 'result-ready', payload: { outcome: 'approved' } },
			'2019-12-02T10:00'
		);
		const deliver = {
			kind: 'deliver',
			payload: { method: 'in-person', receiverName: 'Ánh' }
		} as const;
		await act(ws, code, deliver, '2019-12-03T08:00');

		const slip = formOf(await printableForm(ws, code, 'control-slip'), 'control-slip');
		expect(slip.heading).toMatchObject({
			code,
			processingUnit: 'Văn phòng đăng ký đất đai',
			coordinatingUnits: ['Chi cục Thuế']
		});
		const desk = 'Trung tâm Phục vụ hành chính công phường Thử nghiệm';
		expect(
			slip.rows.map((r) => [r.handOver.unit, r.takeOver.unit, r.at, r.dueAt, r.result])
		).toEqual([
			[desk, 'Văn phòng đăng ký đất đai', '2019-11-20T09:00:00', null, null],
			[
				'Văn phòng đăng ký đất đai',
				'Chi cục Thuế',
				'2019-11-26T09:00:00',
				'2019-11-29T09:00:00',
				'early'
			],
			['Chi cục Thuế', desk, '2019-12-02T10:00:00', '2019-11-29T09:00:00', 'late'],
			[desk, 'Nguyễn Thị Ánh', '2019-12-03T08:00:00', '2019-12-04T08:37:00', 'early']
		]);
		expect(slip.rows[0]?.handOver.signature.name).toBe('Hoàng Thị Lan');
	});

	it('prints Form 02 from the last supplement request, and refuses without one', async () => {
		const ws = await testWorkspace();
		const code = await receive(ws, at('2019-11-20T08:37'));
		expect(await printableForm(ws, code, 'supplement-request')).toEqual({
			ok: false,
			error: 'no-supplement-request'
		});
		await act(ws, code, { kind: 'transfer', payload: { toUnit: 'Tư pháp' } }, '2019-11-20T09:00');
		const request: EventDraft = {
			kind: 'request-supplement',
			payload: { reason: 'Giấy chứng sinh bị mờ', items: ['Giấy chứng sinh (bản chính)'] }
		};
		await act(ws, code, request, '2019-11-21T10:15');
		const form = formOf(await printableForm(ws, code, 'supplement-request'), 'supplement-request');
		expect(form).toMatchObject({
			stage: 'processing',
			code,
			reason: 'Giấy chứng sinh bị mờ',
			items: [{ no: 1, text: 'Giấy chứng sinh (bản chính)' }],
			signature: { name: 'Hoàng Thị Lan' }
		});
		expect(form.header.date).toBe('2019-11-21');
		expect(form.ref.number).toBe('02');
	});

	it('prints Form 04 from the accepted apology', async () => {
		const ws = await testWorkspace();
		const code = await receive(ws, at('2019-11-20T08:37'), {
			procedureCode: '1.004227',
			components: [{ componentId: 'don', count: 1 }]
		});
		expect(await printableForm(ws, code, 'apology')).toEqual({ ok: false, error: 'no-apology' });
		await act(ws, code, { kind: 'transfer', payload: { toUnit: 'VP' } }, '2019-11-20T09:00');
		const apology = {
			kind: 'apology',
			payload: { reason: 'Chờ ý kiến của Chi cục Thuế', newDueAt: at('2019-12-10T08:37') }
		} as const;
		await act(ws, code, apology, '2019-12-02T14:00');
		const form = formOf(await printableForm(ws, code, 'apology'), 'apology');
		expect(form).toMatchObject({
			code,
			originalDueAt: '2019-12-04T08:37:00',
			newDueAt: '2019-12-10T08:37:00',
			reason: 'Chờ ý kiến của Chi cục Thuế',
			agencyName: 'Văn phòng đăng ký đất đai'
		});
		expect(form.ref.title).toBe('Phiếu xin lỗi và hẹn lại ngày trả kết quả');
		expect(form.header.date).toBe('2019-12-02');
	});

	it('prints the stop notice only for a stopped dossier of the 2025 set', async () => {
		const ws = await testWorkspace();
		const old = await receive(ws, at('2019-11-20T08:37'));
		const current = await receive(ws, at('2025-07-14T09:15'));
		expect(await printableForm(ws, current, 'stop-notice')).toEqual({
			ok: false,
			error: 'not-stopped'
		});
		const stop = {
			kind: 'stop',
			payload: { reason: 'Người nộp đề nghị dừng', returnedUnresolved: false }
		} as const;
		await act(ws, old, stop, '2019-11-21T08:00');
		await act(ws, current, stop, '2025-07-15T08:00');
		expect(await printableForm(ws, old, 'stop-notice')).toEqual({
			ok: false,
			error: 'form-not-in-set'
		});
		const form = formOf(await printableForm(ws, current, 'stop-notice'), 'stop-notice');
		expect(form).toMatchObject({ code: current, requestedAt: '2025-07-15T08:00:00' });
		expect(form.ref).toMatchObject({ number: '05', set: '2025' });
		const slip = formOf(await printableForm(ws, current, 'control-slip'), 'control-slip');
		expect(slip.ref.number).toBe('06');
	});

	it('lists the forms a dossier can be printed with now', async () => {
		const ws = await testWorkspace();
		expect(await printableForm(ws, 'nope', 'receipt')).toEqual({
			ok: false,
			error: 'dossier-not-found'
		});
		expect(await printableKinds(ws, 'nope')).toBeNull();
		const code = await receive(ws, at('2025-07-14T09:15'));
		const kinds = async () => (await printableKinds(ws, code))?.map((k) => [k.kind, k.ref.number]);
		expect(await kinds()).toEqual([
			['receipt', '01'],
			['control-slip', '06']
		]);
		const stop = { kind: 'stop', payload: { reason: 'Dừng', returnedUnresolved: true } } as const;
		await act(ws, code, stop, '2025-07-15T08:00');
		expect(await kinds()).toEqual([
			['receipt', '01'],
			['stop-notice', '05'],
			['control-slip', '06']
		]);
		const notice = formOf(await printableForm(ws, code, 'stop-notice'), 'stop-notice');
		expect(notice.requestedAt).toBeNull();
	});
});
