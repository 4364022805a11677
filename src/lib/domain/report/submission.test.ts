import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import type { LocalDateTime } from '../time';
import type { Finish, ReportEntry } from './entry';
import { buildPeriodReport } from './period-report';
import { presetPeriod } from './periods';
import { SHEET_COLUMNS } from './sheet';
import {
	latestSubmission,
	provinceReport,
	provinceSheet,
	ReportSubmissionSchema,
	submissionOf,
	type ReportSubmission
} from './submission';

const t = (s: string) => s as LocalDateTime;
let n = 0;
function entry(
	sector: string,
	received: string,
	due: string,
	finish: Finish | null,
	channel: ReportEntry['channel'] = 'direct'
): ReportEntry {
	return {
		code: `D${++n}`,
		officeId: 'x',
		sector,
		procedureCode: '1.001193',
		procedureName: 'Đăng ký khai sinh',
		channel,
		receivedAt: t(received),
		dueTimeline: [{ from: t(received), dueAt: t(due) }],
		pauses: [],
		finish,
		ratings: []
	};
}
const resolved = (at: string): Finish => ({ kind: 'resolved', at: t(at), outcome: 'approved' });

// Quarter I of 2020 under Decree 09/2019: 15/12/2019 – 14/03/2020.
const period = presetPeriod('quarter', 2020, 1);

function submitted(
	office: { id: string; name: string },
	entries: ReportEntry[],
	at = '2020-03-16T09:00:00'
): ReportSubmission {
	return submissionOf({
		report: buildPeriodReport({ entries, asOf: t('2020-03-16T09:00:00') }, period, 'sector'),
		office,
		deskId: 'd1',
		officer: { userName: 'gs', fullName: 'Lương Thị Hoa' },
		at: t(at),
		withdrawnReturnedAsOnTime: false,
		feedbackSentence: null
	});
}

const ward = submitted({ id: 'ward', name: 'Phường Lương Văn Tri' }, [
	entry('Hộ tịch', '2020-01-06T09:00:00', '2020-01-10T17:00:00', resolved('2020-01-08T09:00:00')),
	entry('Hộ tịch', '2020-03-10T09:00:00', '2020-03-12T17:00:00', null), // overdue at the end
	entry(
		'Đất đai',
		'2020-02-03T09:00:00',
		'2020-02-10T17:00:00',
		resolved('2020-02-11T09:00:00'),
		'online'
	) // late
]);
const centre = submitted({ id: 'centre', name: 'Trung tâm tỉnh' }, [
	entry('Hộ tịch', '2020-03-02T09:00:00', '2020-03-20T17:00:00', null), // pending in time
	entry('Hộ tịch', '2020-01-06T09:00:00', '2020-01-10T17:00:00', resolved('2020-01-10T16:00:00'))
]);

describe('a report submitted to the province (ADR 32)', () => {
	it('keeps every row of the office’s report by sector, and reads back through its schema', () => {
		expect(ward.rows.map((r) => r.label).sort()).toEqual(['Hộ tịch', 'Đất đai']);
		expect(ward.total.columns.totalToHandle).toBe(3);
		expect(ward.period).toMatchObject({ from: '2019-12-15', to: '2020-03-14' });
		expect(v.parse(ReportSubmissionSchema, JSON.parse(JSON.stringify(ward)))).toEqual(ward);
	});

	it('takes an office’s latest submission for the period', () => {
		const again = { ...ward, submittedAt: t('2020-03-17T08:00:00') };
		expect(latestSubmission([again, ward])).toBe(again);
		expect(latestSubmission([])).toBeNull();
	});
});

describe('the province’s report summed from the submissions', () => {
	const offices = [
		{ id: 'centre', name: 'Trung tâm tỉnh', submission: centre },
		{ id: 'maipha', name: 'Xã Mai Pha', submission: null },
		{ id: 'ward', name: 'Phường Lương Văn Tri', submission: ward }
	];

	it('gives one row per office with every column, 12 and 13 included, and names who is missing', () => {
		const report = provinceReport(period, offices, 'office');
		expect(report.rows.map((r) => r.label).sort()).toEqual([
			'Phường Lương Văn Tri',
			'Trung tâm tỉnh'
		]);
		expect(report.missing).toEqual(['Xã Mai Pha']);
		expect(report.submitted).toBe(2);
		const c = report.total.columns;
		expect([c.totalToHandle, c.newOnline, c.resolved]).toEqual([5, 1, 3]);
		expect([c.resolvedEarly, c.resolvedOnTime, c.resolvedLate]).toEqual([1, 1, 1]);
		expect([c.pending, c.pendingInTime, c.pendingOverdue]).toEqual([2, 1, 1]);
		expect(report.total.balance.ok).toBe(true);
	});

	it('keeps two offices of the same name apart', () => {
		const twins = [
			{ id: 'a', name: 'Phường Lương Văn Tri', submission: ward },
			{ id: 'b', name: 'Phường Lương Văn Tri', submission: ward }
		];
		expect(provinceReport(period, twins, 'office').rows).toHaveLength(2);
	});

	it('sums the offices’ sector rows when the rows are sectors', () => {
		const report = provinceReport(period, offices, 'sector');
		const bySector = Object.fromEntries(report.rows.map((r) => [r.label, r.columns.totalToHandle]));
		expect(bySector).toEqual({ 'Hộ tịch': 4, 'Đất đai': 1 });
	});

	it('prints in the national layout: 13 numbered columns, the shares and who reported', () => {
		const report = provinceReport(period, offices, 'office');
		const sheet = provinceSheet({
			report,
			rowsBy: 'office',
			place: 'Lạng Sơn',
			preparer: 'Lộc Thị Hằng',
			printedOn: '2020-03-20' as never
		});
		expect(sheet.lines).toHaveLength(2);
		expect(sheet.total.values).toHaveLength(SHEET_COLUMNS.length);
		// (3) total, (7) resolved, (11) pending, (12) in time, (13) overdue.
		const at = (no: number) => sheet.total.values[SHEET_COLUMNS.findIndex((c) => c.number === no)];
		expect([at(3), at(7), at(11), at(12), at(13)]).toEqual([5, 3, 2, 1, 1]);
		expect(sheet.reportingUnit).toBe('Đơn vị báo cáo: tổng hợp từ báo cáo của 2/3 đơn vị');
		expect(sheet.rowHeading).toBe('Đơn vị');
		expect(sheet.sharesSentence).toBe(
			'Tỷ lệ giải quyết trên 3 hồ sơ đã giải quyết: trước hạn 33,33 %; đúng hạn 33,33 %; quá hạn 33,33 %'
		);
		expect(sheet.period).toBe(
			'Kỳ báo cáo: Quý I năm 2020 (Từ ngày 15/12/2019 đến ngày 14/03/2020)'
		);
	});
});
