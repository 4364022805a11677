import { describe, expect, it } from 'vitest';
import { readBook } from '$lib/domain/import';
import { presetPeriod } from '$lib/domain/report';
import { localDateTime } from '$lib/domain/time';
import { readBookFile } from './book-file';
import { importBook } from './import-book';
import { officePeriodReport } from './period-report';
import { testWorkspace } from './test-support';

const HEADINGS =
	'Mã hồ sơ;Mã thủ tục;Tên cá nhân, tổ chức;Số giấy tờ tùy thân;Hình thức nộp;Nhận hồ sơ (ngày);Hẹn trả kết quả;' +
	'Chuyển hồ sơ đến cơ quan giải quyết;Nhận kết quả từ cơ quan giải quyết;Kết quả giải quyết;' +
	'Trả kết quả cho tổ chức, cá nhân;Đánh giá;Lý do không hài lòng';
// A book as Excel saves CSV on Vietnamese Windows: `;` between fields, a byte-order mark.
const BOOK = [
	HEADINGS,
	'000.10.39.H39-191111-0001;1.001193;Nguyễn Văn An;020190000123;Trực tiếp;11/11/2019 08:00;14/11/2019 08:00;11/11/2019 09:00;12/11/2019 10:00;Giải quyết;12/11/2019 15:00;Rất hài lòng;',
	'000.10.39.H39-191111-0002;1.001193;Trần Thị Bình;;Bưu chính;11/11/2019 09:00;14/11/2019 09:00;;14/11/2019 08:00;Từ chối;;Không hài lòng;Phải đi lại nhiều lần',
	'000.10.39.H39-191112-0001;1.001193;Lê Văn Cường;;Trực tuyến;12/11/2019 09:00;14/11/2019 09:00;12/11/2019 09:30;;;;;'
].join('\r\n');
const file = () => new Blob([`\uFEFF${BOOK}\r\n`], { type: 'text/csv' });

describe('importing a tracking book (ADR 28)', () => {
	it('reads a CSV with `;` and a byte-order mark, and refuses other files', async () => {
		const read = await readBookFile(file(), 'so.csv');
		expect(read.ok && read.rows.length).toBe(4);
		expect(read.ok && read.rows[1]?.[2]).toBe('Nguyễn Văn An');
		expect(await readBookFile(file(), 'so.pdf')).toEqual({ ok: false, error: 'unknown-file-type' });
		expect(await readBookFile(new Blob(['not a zip']), 'so.xlsx')).toEqual({
			ok: false,
			error: 'unreadable-file'
		});
	});

	it('writes each row as an imported dossier with the events its times tell, once', async () => {
		const ws = await testWorkspace();
		const read = await readBookFile(file(), 'so.csv');
		if (!read.ok) throw new Error(read.error);
		const book = readBook(read.rows, {
			procedures: new Set(ws.procedures.map((p) => p.code)),
			now: localDateTime('2019-12-31T17:00:00')
		});
		if (!book.ok) throw new Error(JSON.stringify(book.errors));
		const progress: number[] = [];
		const at = localDateTime('2019-12-31T16:00:00');
		expect(await importBook(ws, book.rows, 'so.csv', at, (p) => progress.push(p.done))).toEqual({
			added: 3,
			already: 0
		});
		expect(progress).toEqual([3]);

		const first = await ws.store.load('000.10.39.H39-191111-0001');
		expect(first?.dossier).toMatchObject({
			receivedBy: ws.setup.officer.userName,
			deskId: ws.setup.desk.id,
			channel: 'direct',
			receivedAt: '2019-11-11T08:00:00',
			dueAt: '2019-11-14T08:00:00',
			applicant: { fullName: 'Nguyễn Văn An', idType: 'citizen-id', idNumber: '020190000123' },
			procedure: { code: '1.001193' },
			imported: { file: 'so.csv', row: 2, at }
		});
		expect(first?.events.map((e) => e.kind)).toEqual([
			'transfer',
			'result-ready',
			'deliver',
			'rate'
		]);
		const refused = await ws.store.load('000.10.39.H39-191111-0002');
		expect(refused?.events.map((e) => [e.kind, e.payload])).toEqual([
			// Classified against the book's due time, as a desk classifies its results (ADR 31).
			['result-ready', { outcome: 'refused', reason: 'Theo sổ theo dõi hồ sơ', timing: 'on-time' }],
			['rate', { rating: 'unsatisfied', reason: 'Phải đi lại nhiều lần' }]
		]);

		// The report counts them like dossiers received at the desk.
		await ws.projector.catchUp();
		const report = await officePeriodReport(ws, presetPeriod('month', 2019, 11));
		expect(report.total.columns).toMatchObject({
			newDirect: 1,
			newPostal: 1,
			newOnline: 1,
			resolvedEarly: 1,
			resolvedOnTime: 1,
			pending: 1
		});
		expect(report.unsatisfied.map((u) => u.reason)).toEqual(['Phải đi lại nhiều lần']);
		const row = await ws.readModel.dossiers.get('000.10.39.H39-191111-0001');
		expect(row?.imported).toBe(1);

		// The same file again adds nothing.
		expect(await importBook(ws, book.rows, 'so.csv', at)).toEqual({ added: 0, already: 3 });
		const all = await ws.store.db.allDocs();
		expect(all.rows.filter((r) => r.id.startsWith('event:'))).toHaveLength(7);
	});
});
