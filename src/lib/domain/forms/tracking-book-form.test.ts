import { describe, expect, it } from 'vitest';
import { localDateTime } from '../time';
import { TRACKING_BOOK_COLUMNS } from './official-texts';
import { buildTrackingBookForm } from './tracking-book-form';
import { applicant, desk, formDate, makeDossier, makeDossier2018, office } from './test-fixtures';

const context = { office, desk, date: formDate };
const at = localDateTime;

describe('tracking book, domain.md §5.6', () => {
	const second = makeDossier({
		code: '000.20.31.H38-250714-5001',
		receivedAt: at('2025-07-14T09:15'),
		applicant: { ...applicant, organisation: 'Công ty TNHH Mai Pha', phone: undefined }
	});
	const first = makeDossier({
		code: '000.20.31.H38-250714-0002',
		receivedAt: at('2025-07-14T09:15')
	});
	const early = makeDossier({
		code: '000.20.31.H38-250714-0001',
		receivedAt: at('2025-07-14T08:00')
	});

	it('has the §5.6 columns and one row per dossier in receipt order', () => {
		const r = buildTrackingBookForm({
			...context,
			ruleVersion: 'nd118-2025',
			volume: '03/2025',
			firstNumber: 151,
			entries: [
				{ dossier: second, leadUnit: 'UBND phường', transferredAt: at('2025-07-14T10:00') },
				{ dossier: first, leadUnit: 'UBND phường', note: 'Nhận qua bưu điện' },
				{
					dossier: early,
					leadUnit: 'UBND phường',
					transferredAt: at('2025-07-14T09:00'),
					resultReceivedAt: at('2025-07-16T15:00'),
					returnedAt: at('2025-07-17T08:00')
				}
			]
		});
		if (!r.ok) throw new Error(r.error);
		expect(r.form.ref).toMatchObject({ number: '07', title: 'Sổ theo dõi hồ sơ', paper: 'A4' });
		expect(r.form.volume).toBe('03/2025');
		expect(r.form.columns.map((c) => c.label)).toHaveLength(14);
		expect(r.form.rows.map((row) => [row.no, row.code.slice(-4)])).toEqual([
			[151, '0001'],
			[152, '0002'],
			[153, '5001']
		]);
		expect(r.form.rows[0]).toEqual({
			no: 151,
			code: early.code,
			procedureName: 'Đăng ký khai sinh',
			sets: 1,
			applicantName: 'Nguyễn Thị Ánh',
			addressAndPhone: { address: 'Số 5 Trần Đăng Ninh, Lạng Sơn', phone: '0912345678' },
			leadUnit: 'UBND phường',
			receivedAt: '2025-07-14T08:00:00',
			dueAt: '2025-07-17T09:15:00',
			transferredAt: '2025-07-14T09:00:00',
			resultReceivedAt: '2025-07-16T15:00:00',
			returnedAt: '2025-07-17T08:00:00',
			signature: null,
			note: null
		});
		expect(r.form.rows[2]).toMatchObject({
			applicantName: 'Công ty TNHH Mai Pha',
			addressAndPhone: { phone: null },
			resultReceivedAt: null
		});
		for (const column of TRACKING_BOOK_COLUMNS) expect(r.form.rows[0]).toHaveProperty(column.key);
	});

	it('is Form 06 in 2018 and refuses to mix form sets', () => {
		const old = makeDossier2018();
		const ok = buildTrackingBookForm({ ...context, ruleVersion: 'nd61-2018', entries: [] });
		expect(ok).toMatchObject({ ok: true, form: { ref: { number: '06' }, volume: null, rows: [] } });
		expect(
			buildTrackingBookForm({
				...context,
				ruleVersion: 'nd61-2018',
				entries: [
					{ dossier: old, leadUnit: 'x' },
					{ dossier: early, leadUnit: 'x' }
				]
			})
		).toEqual({ ok: false, error: 'mixed-form-sets' });
		expect(
			buildTrackingBookForm({
				...context,
				ruleVersion: 'nd61-2018',
				entries: [{ dossier: makeDossier({ ruleVersion: '?' }), leadUnit: 'x' }]
			})
		).toEqual({ ok: false, error: 'unknown-rule-version' });
		expect(buildTrackingBookForm({ ...context, ruleVersion: '?', entries: [] })).toEqual({
			ok: false,
			error: 'unknown-rule-version'
		});
	});
});
