/**
 * A seeded generator of an office's dossiers and events, for the query tests and the list-search
 * benchmark (style.md "test data from seeded factories"); it lives under tests/, so it never
 * ships. Names follow the frequencies of Vietnamese family names (Nguyễn about a third) with the
 * Tày and Nùng names of Lạng Sơn; statuses follow the age of each dossier, folded by the real
 * lifecycle.
 */
import { computeDueAt, type DeadlineContext } from '$lib/domain/calendar';
import { DEFAULT_LIFECYCLE_SETTINGS, foldDossier, type EventDraft } from '$lib/domain/lifecycle';
import { eventFactory, seededRandom } from '$lib/domain/lifecycle/test-support';
import type { Applicant, Dossier, DossierEvent, ProcedureTime } from '$lib/domain/model';
import {
	addDays,
	addMinutes,
	atMinute,
	datePart,
	minutesBetween,
	type IsoDate,
	type LocalDateTime
} from '$lib/domain/time';
import { dossierRow } from '$lib/storage/dossier-row';
import type { DossierRow } from '$lib/storage/read-model';

/** Family names with their weight (per cent, roughly), then middle and given names. */
const FAMILY = (
	'Nguyễn:33 Hoàng:8 Trần:8 Lê:7 Nông:5 Phạm:5 Lương:4 Vi:3 Đặng:3 Lăng:2 Triệu:2 Vũ:2 Bùi:2 ' +
	'Đỗ:2 Hà:2 Lục:2 Chu:2 Ngô:1 Dương:1 Đinh:1 Mã:1 Lý:1 Trương:1 Phan:1'
)
	.split(' ')
	.map((entry) => entry.split(':') as [string, string]);
const MIDDLE = 'Văn Văn Văn Thị Thị Thị Đức Minh Thanh Ngọc Hữu Quang Thu Hồng Xuân Kim'.split(' ');
const SECOND = 'Đức Minh Thanh Ngọc Hữu Quang Thu Hồng Xuân Kim Bảo Gia'.split(' ');
const GIVEN = (
	'Anh Ánh Bình Chi Cường Dũng Duy Đức Giang Hà Hải Hạnh Hiếu Hoa Hùng Hương Huy Khánh Lan ' +
	'Linh Long Mai Minh Nam Ngọc Nhung Phong Phương Quân Sơn Tâm Thảo Thủy Trang Tuấn Vân Yến ' +
	'Thắng Toàn Hằng Quyên Tùng Hậu Diệp Khoa Ơn'
).split(' ');

interface SampleProcedure {
	readonly code: string;
	readonly name: string;
	readonly sector: string;
	readonly time: ProcedureTime;
	readonly weight: number;
}

const days = (amount: number): ProcedureTime => ({ unit: 'working-days', amount });
const SAME_DAY: ProcedureTime = { unit: 'same-day', cutoff: '15:00' };

/** Procedures of a commune centre with their share of the dossiers (demo catalogue codes). */
export const SAMPLE_PROCEDURES: readonly SampleProcedure[] = (
	[
		['2.000815', 'Chứng thực bản sao từ bản chính', 'Chứng thực', SAME_DAY, 30],
		['1.001193', 'Đăng ký khai sinh', 'Hộ tịch', SAME_DAY, 12],
		['1.004194', 'Đăng ký tạm trú', 'Cư trú', days(3), 10],
		['1.004222', 'Đăng ký thường trú', 'Cư trú', days(7), 8],
		['1.004873', 'Cấp Giấy xác nhận tình trạng hôn nhân', 'Hộ tịch', days(3), 8],
		['1.001612', 'Đăng ký thành lập hộ kinh doanh', 'Hộ kinh doanh', days(3), 6],
		['1.013831', 'Đăng ký biến động quyền sử dụng đất', 'Đất đai', days(10), 10],
		['1.013978', 'Đăng ký đất đai, cấp Giấy chứng nhận lần đầu', 'Đất đai', days(20), 5],
		[
			'1.013225',
			'Cấp giấy phép xây dựng nhà ở riêng lẻ',
			'Xây dựng',
			{ unit: 'calendar-days', amount: 15 },
			4
		],
		['1.001776', 'Trợ cấp xã hội hàng tháng', 'Bảo trợ xã hội', days(10), 4],
		['1.011606', 'Công nhận hộ nghèo, hộ cận nghèo', 'Giảm nghèo', { unit: 'none' }, 3]
	] as const
).map(([code, name, sector, time, weight]) => ({ code, name, sector, time, weight }));

export interface SampleOfficeOptions {
	readonly count: number;
	/** Receipts fall on the working days of the `days` days before `now`'s date. */
	readonly now: LocalDateTime;
	readonly ctx: DeadlineContext;
	readonly seed?: number;
	readonly days?: number;
	readonly agencyCode?: string;
	readonly officeId?: string;
}

export interface SampleDossier {
	readonly dossier: Dossier;
	readonly events: readonly DossierEvent[];
}

function weighted<T>(rand: () => number, items: readonly T[], weightOf: (t: T) => number): T {
	const total = items.reduce((s, t) => s + weightOf(t), 0);
	let r = rand() * total;
	for (const item of items) if ((r -= weightOf(item)) < 0) return item;
	return items[items.length - 1]!;
}

function pick<T>(rand: () => number, items: readonly T[]): T {
	return items[Math.floor(rand() * items.length)]!;
}

function fullName(rand: () => number): string {
	const given = rand() < 0.3 ? `${pick(rand, SECOND)} ${pick(rand, GIVEN)}` : pick(rand, GIVEN);
	return `${weighted(rand, FAMILY, ([, w]) => Number(w))[0]} ${pick(rand, MIDDLE)} ${given}`;
}

/** A 12-digit citizen ID of Lạng Sơn (province 020), domain.md §12. */
function citizenId(rand: () => number): string {
	const tail = String(Math.floor(rand() * 1e6)).padStart(6, '0');
	return `020${Math.floor(rand() * 4)}${String(Math.floor(rand() * 100)).padStart(2, '0')}${tail}`;
}

function applicant(rand: () => number): Applicant {
	const idNumber = citizenId(rand);
	return { fullName: fullName(rand), idType: 'citizen-id', idNumber, address: 'Lạng Sơn' };
}

function workingDays(opts: SampleOfficeOptions): IsoDate[] {
	const today = datePart(opts.now);
	const days: IsoDate[] = [];
	for (let d = addDays(today, -(opts.days ?? 300)); d < today; d = addDays(d, 1)) {
		const working = opts.ctx.calendar.isWorkingDay(d);
		if (working.ok && working.value) days.push(d);
	}
	return days;
}

/** Receipt times sorted, each with its dossier code (sequence per day, domain.md §9.1). */
function receipts(rand: () => number, opts: SampleOfficeOptions) {
	const days = workingDays(opts);
	const times = Array.from({ length: opts.count }, () =>
		atMinute(pick(rand, days), 450 + Math.floor(rand() * 540), Math.floor(rand() * 60))
	).sort();
	const agency = opts.agencyCode ?? '000.10.39.H39';
	let day = '';
	let seq = 0;
	return times.map((at) => {
		seq = at.slice(0, 10) === day ? seq + 1 : 1;
		day = at.slice(0, 10);
		const code = `${agency}-${day.slice(2, 4)}${day.slice(5, 7)}${day.slice(8, 10)}-${String(seq).padStart(4, '0')}`;
		return { at, code };
	});
}

type Step = readonly [EventDraft, number];

/** The events a dossier would go through, each with its delay in minutes after the previous. */
function plan(rand: () => number, dossier: Dossier, span: number): Step[] {
	if (rand() < 0.03)
		return [[{ kind: 'withdraw', payload: { reason: 'Xin rút hồ sơ' } }, span * rand()]];
	const steps: Step[] = [
		[{ kind: 'transfer', payload: { toUnit: 'Công chức chuyên môn' } }, 15 + rand() * 90]
	];
	const stopHere = (): boolean => rand() < 0.1;
	if (rand() < 0.08) {
		steps.push([
			{ kind: 'request-supplement', payload: { reason: 'Thiếu giấy tờ', items: ['CCCD'] } },
			span * 0.3
		]);
		if (stopHere()) return steps;
		steps.push([{ kind: 'supplement-received', payload: {} }, 1440 * (1 + rand() * 5)]);
	} else if (rand() < 0.03) {
		steps.push([
			{ kind: 'request-payment', payload: { amountVnd: 50000, pausesClock: rand() < 0.5 } },
			span * 0.3
		]);
		if (stopHere()) return steps;
		steps.push([{ kind: 'payment-received', payload: {} }, 1440 * rand() * 3]);
	}
	const outcome = rand() < 0.97 ? 'approved' : 'refused';
	const share = rand() < 0.06 ? 1 + rand() : 0.2 + rand() * 0.6;
	steps.push([
		{ kind: 'result-ready', payload: { outcome, reason: 'Không đủ điều kiện' } },
		span * share
	]);
	const receiverName = dossier.applicant.fullName;
	steps.push([
		{ kind: 'deliver', payload: { method: 'in-person', receiverName } },
		1440 * rand() * 6
	]);
	if (rand() < 0.15) {
		const unsatisfied = rand() < 0.08;
		const payload = unsatisfied
			? { rating: 'unsatisfied' as const, reason: 'Chờ lâu' }
			: { rating: 'satisfied' as const };
		steps.push([{ kind: 'rate', payload }, 5]);
	}
	return steps;
}

/** Events that take a dossier as far as its age allows, in time order, none after `now`. */
function eventsFor(rand: () => number, dossier: Dossier, now: LocalDateTime): DossierEvent[] {
	const event = eventFactory(dossier, dossier.deskId, dossier.receivedBy);
	const due = dossier.dueAt ?? addMinutes(dossier.receivedAt, 3 * 24 * 60);
	const span = Math.max(60, minutesBetween(dossier.receivedAt, due));
	const events: DossierEvent[] = [];
	let t = dossier.receivedAt;
	for (const [draft, minutes] of plan(rand, dossier, span)) {
		t = addMinutes(t, Math.max(1, Math.round(minutes)));
		if (t > now) break;
		events.push(event(draft.kind, t, draft.payload));
	}
	return events;
}

export function sampleDossiers(opts: SampleOfficeOptions): SampleDossier[] {
	const rand = seededRandom(opts.seed ?? 20201231);
	return receipts(rand, opts).map(({ at, code }) => {
		const procedure = weighted(rand, SAMPLE_PROCEDURES, (p) => p.weight);
		const due = computeDueAt(at, procedure.time, opts.ctx);
		const dossier: Dossier = {
			code,
			officeId: opts.officeId ?? 'office-1',
			deskId: `desk-${1 + Math.floor(rand() * 3)}`,
			receivedBy: 'canbo.a',
			procedure: {
				code: procedure.code,
				version: 1,
				name: procedure.name,
				sector: procedure.sector,
				time: procedure.time,
				steps: []
			},
			applicant: applicant(rand),
			...(rand() < 0.1 ? { submitter: applicant(rand) } : {}),
			components: [],
			sets: 1,
			channel: 'direct',
			resultReturn: { kind: 'desk' },
			feeVnd: 0,
			receivedAt: at,
			dueAt: due.ok ? due.value : null,
			ruleVersion: at < '2025-07-01' ? 'nd61-2018' : 'nd118-2025'
		};
		return { dossier, events: eventsFor(rand, dossier, opts.now) };
	});
}

/** The read-model rows of `sampleDossiers`, folded by the real lifecycle. */
export function sampleRows(opts: SampleOfficeOptions): DossierRow[] {
	return sampleDossiers(opts).map(({ dossier, events }) =>
		dossierRow(dossier, foldDossier(dossier, events, DEFAULT_LIFECYCLE_SETTINGS, opts.ctx))
	);
}
