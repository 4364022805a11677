import { describe, expect, it } from 'vitest';
import { localDateTime } from '../time';
import { buildReceiptForm } from './receipt-form';
import { applicant, desk, makeDossier, makeDossier2018, office, procedure } from './test-fixtures';

describe('Form 01 receipt, domain.md §5.1', () => {
	it('carries every field of §5.1', () => {
		const r = buildReceiptForm({
			dossier: makeDossier({ summary: 'Khai sinh cho con thứ hai' }),
			procedure,
			office,
			desk,
			book: { volume: '03/2025', entry: 152 },
			officerName: 'Hoàng Thị Lan',
			documentNumber: '152/GTN'
		});
		if (!r.ok) throw new Error(r.error);
		expect(r.form).toEqual({
			ref: {
				set: '2025',
				kind: 'receipt',
				number: '01',
				title: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả',
				circular: 'Thông tư 03/2025/TT-VPCP',
				paper: 'A5'
			},
			header: {
				parentBody: 'UBND THÀNH PHỐ LẠNG SƠN',
				issuingUnit: office.name,
				deskName: 'Quầy số 1',
				country: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
				motto: 'Độc lập - Tự do - Hạnh phúc',
				documentNumber: '152/GTN',
				place: 'Lạng Sơn',
				date: '2025-07-14'
			},
			copies: [
				{ copy: 1, holder: 'desk', label: 'Liên 1 (lưu)' },
				{ copy: 2, holder: 'applicant', label: 'Liên 2 (giao người nộp)' }
			],
			code: '000.20.31.H38-250714-0007',
			qrPayload: '000.20.31.H38-250714-0007',
			applicant: {
				name: 'Nguyễn Thị Ánh',
				printedName: 'NGUYỄN THỊ ÁNH',
				organisation: null,
				address: 'Số 5 Trần Đăng Ninh, Lạng Sơn',
				phone: '0912345678',
				email: 'anh@example.vn'
			},
			submitter: null,
			request: {
				procedureCode: '1.001193',
				procedureName: 'Đăng ký khai sinh',
				summary: 'Khai sinh cho con thứ hai'
			},
			components: [
				{ no: 1, name: 'Tờ khai đăng ký khai sinh', form: 'original', count: 1 },
				{ no: 2, name: 'Giấy chứng sinh', form: 'copy', count: 2 }
			],
			sets: 1,
			statutoryTime: { unit: 'working-days', amount: 3 },
			receivedAt: '2025-07-14T09:15:00',
			dueAt: '2025-07-17T09:15:00',
			dueFromOpening: false,
			resultReturn: { channel: 'desk', place: office.name },
			fees: { amountVnd: 0, note: 'Miễn lệ phí' },
			book: { volume: '03/2025', entry: 152 },
			signatures: {
				submitter: {
					label: 'NGƯỜI NỘP HỒ SƠ',
					hint: '(Ký và ghi rõ họ tên)',
					name: 'Nguyễn Thị Ánh'
				},
				receiver: {
					label: 'NGƯỜI TIẾP NHẬN HỒ SƠ',
					hint: '(Ký và ghi rõ họ tên)',
					name: 'Hoàng Thị Lan'
				}
			}
		});
	});

	it('uses the 2018 set for ND 61 dossiers and shows the proxy who signs', () => {
		const proxy = { ...applicant, fullName: 'Trần Văn Bình', phone: undefined, email: undefined };
		const r = buildReceiptForm({
			dossier: makeDossier2018({ submitter: proxy, dueAt: null, resultReturn: { kind: 'online' } }),
			procedure: { ...procedure, feeNote: undefined },
			office,
			desk
		});
		expect(r).toMatchObject({
			ok: true,
			form: {
				ref: { set: '2018', circular: 'Thông tư 01/2018/TT-VPCP' },
				header: { date: '2020-11-20', documentNumber: null },
				submitter: { name: 'Trần Văn Bình', phone: null, email: null },
				dueAt: null,
				resultReturn: { channel: 'online', place: null },
				fees: { note: null },
				book: { volume: null, entry: null },
				signatures: { submitter: { name: 'Trần Văn Bình' }, receiver: { name: null } }
			}
		});
	});

	it('says when the due time counts from the next opening (received outside office hours)', () => {
		const early = makeDossier({
			receivedAt: localDateTime('2025-07-14T07:05'),
			dueAt: localDateTime('2025-07-17T07:30')
		});
		const built = buildReceiptForm({ dossier: early, procedure, office, desk });
		expect(built.ok && built.form.dueFromOpening).toBe(true);
		const inHours = buildReceiptForm({ dossier: makeDossier(), procedure, office, desk });
		expect(inHours.ok && inHours.form.dueFromOpening).toBe(false);
	});

	it('prints the postal address for postal return', () => {
		const r = buildReceiptForm({
			dossier: makeDossier({ resultReturn: { kind: 'postal', address: 'Thôn Nà Tâm, Cao Lộc' } }),
			procedure,
			office,
			desk
		});
		expect(r.ok && r.form.resultReturn).toEqual({
			channel: 'postal',
			place: 'Thôn Nà Tâm, Cao Lộc'
		});
	});

	it('reports an unknown rule version and throws on mismatched catalogue records', () => {
		const dossier = makeDossier({ ruleVersion: 'nd999' });
		expect(buildReceiptForm({ dossier, procedure, office, desk })).toEqual({
			ok: false,
			error: 'unknown-rule-version'
		});
		const d = makeDossier();
		expect(() =>
			buildReceiptForm({ dossier: d, procedure, office, desk: { ...desk, id: 'x' } })
		).toThrow();
		expect(() =>
			buildReceiptForm({ dossier: d, procedure, office: { ...office, id: 'o' }, desk })
		).toThrow();
		expect(() =>
			buildReceiptForm({ dossier: d, procedure: { ...procedure, code: '2.000815' }, office, desk })
		).toThrow();
		expect(() =>
			buildReceiptForm({ dossier: d, procedure, office, desk: { ...desk, officeId: 'o' } })
		).toThrow();
	});
});
