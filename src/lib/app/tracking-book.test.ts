import { describe, expect, it } from 'vitest';
import { isoDate, localDateTime } from '$lib/domain/time';
import { actOnDossier } from './dossier-actions';
import { receiveDossier, type ReceiveInput } from './receive-dossier';
import { testWorkspace } from './test-support';
import { trackingBook } from './tracking-book';
import type { Workspace } from './workspace';

const at = localDateTime;
const day = isoDate;

function input(name: string, idNumber: string): ReceiveInput {
	return {
		procedureCode: '1.001193',
		applicant: {
			fullName: name,
			idType: 'citizen-id',
			idNumber,
			address: 'Phường Chi Lăng, Lạng Sơn',
			phone: '0912345678'
		},
		submitter: null,
		components: [
			{ componentId: 'to-khai', count: 1 },
			{ componentId: 'chung-sinh', count: 1 }
		],
		sets: 2,
		channel: 'direct',
		resultReturn: { kind: 'desk' },
		feeVnd: 0,
		summary: ''
	};
}

async function receive(ws: Workspace, when: string, name: string, id = '020190000123') {
	const r = await receiveDossier(ws, input(name, id), at(when));
	if (!r.ok) throw new Error(JSON.stringify(r));
	return r.dossier.code;
}

describe('tracking book, domain.md §5.6', () => {
	it('lists the dossiers received in the range, in receipt order, with the lifecycle times', async () => {
		const ws = await testWorkspace();
		const second = await receive(ws, '2019-11-21T14:00', 'Lê Văn Cường');
		const first = await receive(ws, '2019-11-20T08:37', 'Nguyễn Thị Ánh', '020190000456');
		await receive(ws, '2019-12-02T08:00', 'Ngoài Khoảng');
		await actOnDossier(
			ws,
			first,
			{ kind: 'transfer', payload: { toUnit: 'Tư pháp' } },
			at('2019-11-20T09:00')
		);
		await actOnDossier(
			ws,
			first,
			{ kind: 'result-ready', payload: { outcome: 'approved' } },
			at('2019-11-22T10:00')
		);

		const result = await trackingBook(ws, day('2019-11-01'), day('2019-11-30'), day('2019-12-01'));
		if (!result.ok) throw new Error(result.error);
		const { book } = result;
		expect(book.skipped).toEqual([]);
		expect(book.parts).toHaveLength(1);
		const part = book.parts[0];
		if (!part) throw new Error('no part');
		expect(part.form.ref).toMatchObject({ number: '06', set: '2018', paper: 'A4' });
		expect(part.form.header.date).toBe('2019-12-01');
		expect(part.form.rows.map((r) => [r.no, r.code, r.applicantName])).toEqual([
			[1, first, 'Nguyễn Thị Ánh'],
			[2, second, 'Lê Văn Cường']
		]);
		expect(part.form.rows[0]).toMatchObject({
			sets: 2,
			leadUnit: 'Công chức Tư pháp - Hộ tịch',
			receivedAt: '2019-11-20T08:37:00',
			dueAt: '2019-11-25T08:37:00',
			transferredAt: '2019-11-20T09:00:00',
			resultReceivedAt: '2019-11-22T10:00:00',
			returnedAt: null,
			addressAndPhone: { address: 'Phường Chi Lăng, Lạng Sơn', phone: '0912345678' }
		});
		expect(part.idNumbers[first]).toBe('020190000456');
	});

	it('keeps one book per form set when the range spans 01/07/2025', async () => {
		const ws = await testWorkspace();
		await receive(ws, '2025-06-30T09:00', 'Trước Ngày');
		await receive(ws, '2025-07-01T09:00', 'Sau Ngày');
		const result = await trackingBook(ws, day('2025-06-01'), day('2025-07-31'), day('2025-08-01'));
		if (!result.ok) throw new Error(result.error);
		expect(result.book.parts.map((p) => [p.form.ref.number, p.form.rows.length])).toEqual([
			['06', 1],
			['07', 1]
		]);
	});

	it('refuses a reversed or over-long range, and gives an empty book for an empty one', async () => {
		const ws = await testWorkspace();
		expect(await trackingBook(ws, day('2019-11-30'), day('2019-11-01'))).toEqual({
			ok: false,
			error: 'range-invalid'
		});
		expect(await trackingBook(ws, day('2019-01-01'), day('2020-01-02'))).toEqual({
			ok: false,
			error: 'range-too-long'
		});
		const empty = await trackingBook(ws, day('2019-11-01'), day('2019-11-30'));
		expect(empty.ok && empty.book.parts).toEqual([]);
	});
});
