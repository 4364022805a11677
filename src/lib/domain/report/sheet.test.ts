import { describe, expect, it } from 'vitest';
import type { LocalDateTime } from '../time';
import type { Finish, ReportEntry } from './entry';
import { buildPeriodReport } from './period-report';
import { customPeriod, presetPeriod } from './periods';
import { buildReportSheet, periodLine, SHEET_COLUMNS } from './sheet';

const t = (s: string) => s as LocalDateTime;
let n = 0;
function entry(
	received: string,
	due: string | null,
	finish: Finish | null,
	more: Partial<ReportEntry> = {}
): ReportEntry {
	return {
		code: `D${++n}`,
		officeId: 'office-a',
		sector: 'Hộ tịch',
		procedureCode: '1.001193',
		procedureName: 'Đăng ký khai sinh',
		channel: 'direct',
		receivedAt: t(received),
		dueTimeline: due === null ? [] : [{ from: t(received), dueAt: t(due) }],
		pauses: [],
		finish,
		ratings: [],
		...more
	};
}
const resolved = (at: string): Finish => ({ kind: 'resolved', at: t(at), outcome: 'approved' });
const office = {
	name: 'Trung tâm Phục vụ hành chính công tỉnh',
	parentName: 'UBND tỉnh Lạng Sơn',
	place: 'Lạng Sơn'
};

describe('the report sheet (domain.md §8.1)', () => {
	const period = presetPeriod('quarter', 2020, 1); // 15/12/2019 – 14/03/2020
	const entries = [
		entry('2019-12-01T09:00:00', '2019-12-20T09:00:00', resolved('2019-12-18T09:00:00')), // carried over, early
		entry('2020-01-06T09:00:00', '2020-01-10T17:00:00', resolved('2020-01-10T16:00:00'), {
			channel: 'online'
		}), // on time
		entry('2020-01-06T09:00:00', '2020-01-10T17:00:00', resolved('2020-01-13T09:00:00'), {
			channel: 'postal',
			sector: 'Đất đai',
			procedureCode: '1.004227',
			procedureName: 'Cấp giấy chứng nhận quyền sử dụng đất'
		}), // late
		entry('2020-03-01T09:00:00', '2020-03-20T09:00:00', null), // pending in time
		entry('2020-02-01T09:00:00', '2020-02-05T09:00:00', {
			kind: 'withdrawn',
			at: t('2020-02-03T09:00:00')
		}),
		entry('2020-02-01T09:00:00', null, null) // without a due date
	];
	const report = buildPeriodReport({ entries }, period, 'sector');
	const sheet = buildReportSheet({
		report,
		rows: 'sector',
		office,
		preparer: 'Hoàng Thị Lan',
		printedOn: '2020-03-16' as never
	});
	const value = (line: { values: readonly number[] }, column: number) =>
		line.values[SHEET_COLUMNS.findIndex((c) => c.number === column)];

	it('has the title, the units, the period and the unit of count', () => {
		expect(sheet.title).toBe(
			'TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH'
		);
		expect(sheet.period).toBe(
			'Kỳ báo cáo: Quý I năm 2020 (Từ ngày 15/12/2019 đến ngày 14/03/2020)'
		);
		expect(sheet.reportingUnit).toBe('Đơn vị báo cáo: Trung tâm Phục vụ hành chính công tỉnh');
		expect(sheet.receivingUnit).toBe('Đơn vị nhận báo cáo: UBND tỉnh Lạng Sơn');
		expect(sheet.unitOfCount).toBe('Đơn vị tính: Số hồ sơ TTHC');
		expect(sheet.placeAndDate).toBe('Lạng Sơn, ngày 16 tháng 3 năm 2020');
		expect(sheet.preparer.name).toBe('Hoàng Thị Lan');
	});

	it('numbers the columns 3 to 15 and fills them as the national form does', () => {
		expect(SHEET_COLUMNS.map((c) => c.number)).toEqual([
			3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
		]);
		const total = sheet.total;
		expect(value(total, 3)).toBe(6); // 4 + 5 + 6, carried over included
		expect(value(total, 4)).toBe(1); // online
		expect(value(total, 5)).toBe(4); // direct and postal together
		expect(value(total, 6)).toBe(1); // carried over
		expect([7, 8, 9, 10].map((c) => value(total, c))).toEqual([3, 1, 1, 1]);
		expect([11, 12, 13].map((c) => value(total, c))).toEqual([1, 1, 0]);
		expect([14, 15].map((c) => value(total, c))).toEqual([1, 0]);
		expect(sheet.total.label).toBe('Tổng cộng');
	});

	it('names the rows (sectors sorted the Vietnamese way) and numbers them', () => {
		expect(sheet.rowHeading).toBe('Lĩnh vực giải quyết');
		expect(sheet.lines.map((l) => [l.no, l.label])).toEqual([
			['1', 'Đất đai'],
			['2', 'Hộ tịch']
		]);
		const byProcedure = buildReportSheet({
			report: buildPeriodReport({ entries }, period, 'procedure'),
			rows: 'procedure',
			office,
			preparer: '',
			printedOn: '2020-03-16' as never
		});
		expect(byProcedure.rowHeading).toBe('Thủ tục hành chính');
		expect(byProcedure.lines.map((l) => l.label)).toEqual([
			'Cấp giấy chứng nhận quyền sử dụng đất',
			'Đăng ký khai sinh'
		]);
	});

	it('gives the shares of resolved and says what stays outside the columns', () => {
		expect(sheet.shares).toEqual({ 8: 33.33, 9: 33.33, 10: 33.33 });
		expect(sheet.sharesSentence).toBe(
			'Tỷ lệ giải quyết trên 3 hồ sơ đã giải quyết: trước hạn 33,33 %; đúng hạn 33,33 %; quá hạn 33,33 %'
		);
		expect(sheet.ratingsSentence).toBe('Đánh giá sự hài lòng: Không có lượt đánh giá nào trong kỳ');
		expect(sheet.balanceNote).toBeNull();
		expect(sheet.withoutDueNote).toBe(
			'Cột (3) gồm cả 1 hồ sơ của thủ tục không quy định thời hạn giải quyết, không tính trong các cột (7) và (11)'
		);
	});

	it('writes a typed period with its dates only', () => {
		const typed = customPeriod('2020-01-01' as never, '2020-01-31' as never);
		if (!typed.ok) throw new Error('period');
		expect(periodLine(typed.period)).toBe('Kỳ báo cáo: Từ ngày 01/01/2020 đến ngày 31/01/2020');
		expect(periodLine(presetPeriod('month', 2020, 2))).toBe(
			'Kỳ báo cáo: Tháng 2 năm 2020 (Từ ngày 15/01/2020 đến ngày 14/02/2020)'
		);
		expect(periodLine(presetPeriod('year', 2020, 1, 'older'))).toBe(
			'Kỳ báo cáo: Năm 2020 (Từ ngày 01/12/2019 đến ngày 30/11/2020)'
		);
	});
});
