import { describe, expect, it } from 'vitest';
import { readSheet } from 'read-excel-file/universal';
import {
	buildPeriodReport,
	buildReportSheet,
	presetPeriod,
	type Finish,
	type ReportEntry
} from '$lib/domain/report';
import type { Rating } from '$lib/domain/model';
import type { IsoDate, LocalDateTime } from '$lib/domain/time';
import { parseCsv, unzip } from './export-test-support';
import { FIRST_FIGURE_ROW, reportCsv, reportFileName, reportXlsx } from './report-export';

const t = (s: string) => s as LocalDateTime;
let n = 0;
function entry(
	received: string,
	due: string,
	finish: Finish | null,
	sector = 'Hộ tịch',
	rating: Rating = 'satisfied'
): ReportEntry {
	return {
		code: `D${++n}`,
		officeId: 'office-a',
		sector,
		procedureCode: '1.001193',
		procedureName: 'Đăng ký khai sinh',
		channel: 'direct',
		receivedAt: t(received),
		dueTimeline: [{ from: t(received), dueAt: t(due) }],
		pauses: [],
		finish,
		ratings: finish === null ? [] : [{ rating, at: finish.at }]
	};
}
const resolved = (at: string): Finish => ({ kind: 'resolved', at: t(at), outcome: 'approved' });

function sampleSheet() {
	const period = presetPeriod('month', 2020, 2); // 15/01/2020 – 14/02/2020
	const entries = [
		entry(
			'2020-01-20T09:00:00',
			'2020-01-24T17:00:00',
			resolved('2020-01-22T09:00:00'),
			'Hộ tịch',
			'very-satisfied'
		),
		entry('2020-01-20T09:00:00', '2020-01-24T17:00:00', resolved('2020-01-24T16:00:00')),
		entry('2020-01-21T09:00:00', '2020-01-24T17:00:00', resolved('2020-01-23T09:00:00'), 'Đất đai'),
		entry('2020-02-10T09:00:00', '2020-02-20T17:00:00', null, 'Đất đai')
	];
	return buildReportSheet({
		report: buildPeriodReport({ entries }, period, 'sector'),
		rows: 'sector',
		office: { name: 'UBND xã Mai Pha', parentName: 'UBND thành phố Lạng Sơn', place: 'Mai Pha' },
		preparer: 'Hoàng Thị Lan',
		printedOn: '2020-02-17' as IsoDate
	});
}

describe('period report exports (domain.md §8.1)', () => {
	it('writes the XLSX in the printed layout: merged headings, numbered columns, numbers as numbers', async () => {
		const blob = await reportXlsx(sampleSheet());
		const rows = await readSheet(blob);
		expect(rows[2]?.[0]).toBe(
			'TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI UBND XÃ MAI PHA'
		);
		expect(rows[3]?.[0]).toBe(
			'Kỳ báo cáo: Tháng 2 năm 2020 (Từ ngày 15/01/2020 đến ngày 14/02/2020)'
		);
		expect(rows[7]?.slice(0, 3)).toEqual(['TT', 'Lĩnh vực giải quyết', 'Số hồ sơ nhận giải quyết']);
		expect(rows[8]?.slice(2, 6)).toEqual([
			'Tổng số',
			'Trong kỳ: trực tuyến',
			'Trong kỳ: trực tiếp, dịch vụ bưu chính',
			'Từ kỳ trước'
		]);
		expect(rows[9]).toEqual(Array.from({ length: 15 }, (_, i) => `(${i + 1})`));
		const first = FIRST_FIGURE_ROW - 1;
		// Đất đai: 2 received, 1 resolved early, 1 pending in time; Hộ tịch: 2 resolved (early, on time).
		expect(rows[first]).toEqual(['1', 'Đất đai', 2, 0, 2, 0, 1, 1, 0, 0, 1, 1, 0, 0, 0]);
		expect(rows[first + 1]).toEqual(['2', 'Hộ tịch', 2, 0, 2, 0, 2, 1, 1, 0, 0, 0, 0, 0, 0]);
		expect(rows[first + 2]).toEqual([null, 'Tổng cộng', 4, 0, 4, 0, 3, 2, 1, 0, 1, 1, 0, 0, 0]);
		expect(rows[first + 3]?.slice(7, 10)).toEqual([66.67, 33.33, 0]);
		const text = rows.flat().filter((c) => typeof c === 'string');
		expect(text).toContain(
			'Đánh giá sự hài lòng: 3 lượt đánh giá: rất hài lòng 1 (33,33 %), hài lòng 2 (66,67 %), không hài lòng 0 (0,00 %)'
		);
		expect(text).toContain('Mai Pha, ngày 17 tháng 02 năm 2020');
		expect(text).toContain('NGƯỜI LẬP BIỂU');
		expect(text).toContain('THỦ TRƯỞNG ĐƠN VỊ');
		expect(text).toContain('Hoàng Thị Lan');

		const xml =
			unzip(new Uint8Array(await blob.arrayBuffer())).get('xl/worksheets/sheet1.xml') ?? '';
		const merged = [...xml.matchAll(/<mergeCell ref="([A-Z]+\d+:[A-Z]+\d+)"/g)].map((m) => m[1]);
		expect(merged).toEqual(
			expect.arrayContaining([
				'A3:O3',
				'A8:A9',
				'B8:B9',
				'C8:F8',
				'G8:J8',
				'K8:M8',
				'N8:N9',
				'O8:O9'
			])
		);
		expect(xml).toContain('orientation="landscape"');
	});

	it('writes the same figures as CSV, one heading row naming each numbered column', () => {
		const csv = reportCsv(sampleSheet());
		expect(csv.startsWith('\uFEFF"TÌNH HÌNH')).toBe(true);
		const rows = parseCsv(csv.slice(1));
		const heading = rows[5] ?? [];
		expect(heading.slice(0, 4)).toEqual([
			'TT',
			'Lĩnh vực giải quyết',
			'(3) Số hồ sơ nhận giải quyết – Tổng số',
			'(4) Số hồ sơ nhận giải quyết – Trong kỳ: trực tuyến'
		]);
		expect(heading.at(-1)).toBe('(15) Hồ sơ trả lại');
		expect(rows[8]).toEqual([
			'',
			'Tổng cộng',
			'4',
			'0',
			'4',
			'0',
			'3',
			'2',
			'1',
			'0',
			'1',
			'1',
			'0',
			'0',
			'0'
		]);
		expect(rows[9]?.slice(7, 10)).toEqual(['66.67', '33.33', '0.00']);
		expect(reportFileName(presetPeriod('month', 2020, 2), 'xlsx')).toBe(
			'bao-cao_2020-01-15_2020-02-14.xlsx'
		);
	});
});
