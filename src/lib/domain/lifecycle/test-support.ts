/**
 * Seeded factories and a calendar context for tests of the lifecycle, classification and report
 * (style.md "Habits": test data from seeded factories). Not used by production code.
 */
import {
	BUILT_IN_YEARS,
	buildWorkingCalendar,
	DEFAULT_CALENDAR_SETTINGS,
	DEFAULT_OFFICE_HOURS,
	type DeadlineContext
} from '../calendar';
import type { Dossier, DossierEvent, EventKind, EventPayloads } from '../model';
import type { LocalDateTime } from '../time';

/** mulberry32: a small seeded generator, so every run builds the same data. */
export function seededRandom(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** The real calendar (built-in years 2019–2027) with default office hours and settings. */
export const testContext: DeadlineContext = {
	calendar: buildWorkingCalendar(BUILT_IN_YEARS),
	hours: DEFAULT_OFFICE_HOURS,
	settings: DEFAULT_CALENDAR_SETTINGS
};

export function makeDossier(overrides: Partial<Dossier> = {}): Dossier {
	return {
		code: 'H20.1-201120-0001',
		officeId: 'office-1',
		deskId: 'desk-1',
		receivedBy: 'officer-a',
		procedure: {
			code: '1.001193',
			version: 1,
			name: 'Thủ tục mẫu',
			sector: 'tu-phap',
			time: { unit: 'working-days', amount: 5 },
			steps: []
		},
		applicant: {
			fullName: 'Nguyễn Văn A',
			idType: 'citizen-id',
			idNumber: '020090000001',
			address: 'Lạng Sơn'
		},
		components: [],
		sets: 1,
		channel: 'direct',
		resultReturn: { kind: 'desk' },
		feeVnd: 0,
		receivedAt: '2019-11-20T08:37:00' as LocalDateTime,
		dueAt: '2019-11-27T08:37:00' as LocalDateTime,
		ruleVersion: 'nd61-2018',
		...overrides
	};
}

/** Builds events for one dossier with ids in the `event:<code>:<time>:<desk>:<n>` shape. */
export function eventFactory(dossier: Dossier, deskId = 'desk-1', by = 'officer-a') {
	let n = 0;
	return <K extends EventKind>(
		kind: K,
		at: string,
		payload: EventPayloads[K],
		opts: { deskId?: string; id?: string } = {}
	): DossierEvent => {
		const desk = opts.deskId ?? deskId;
		const id = opts.id ?? `event:${dossier.code}:${at}:${desk}:${++n}`;
		return {
			id,
			dossierCode: dossier.code,
			kind,
			at: at as LocalDateTime,
			by,
			deskId: desk,
			payload
		} as DossierEvent;
	};
}

/** A payload of every event kind, each with its optional fields (a missing kind fails `tsc`). */
export const SAMPLE_PAYLOADS: { readonly [K in EventKind]: EventPayloads[K] } = {
	transfer: { toUnit: 'Phòng Tư pháp', note: 'Bàn giao trong ngày' },
	'request-supplement': { reason: 'Thiếu bản sao', items: ['Bản sao giấy khai sinh'] },
	'supplement-received': { note: 'Đã nhận đủ' },
	'request-payment': { amountVnd: 50_000, pausesClock: true, note: 'Lệ phí' },
	'payment-received': {},
	apology: { reason: 'Cần xác minh', newDueAt: '2019-12-04T08:37:00' as LocalDateTime },
	'result-ready': { outcome: 'refused', reason: 'Không đủ điều kiện', resultNumber: '12/QĐ' },
	deliver: { method: 'postal', trackingNumber: 'EB123456789VN' },
	withdraw: { reason: 'Công dân xin rút' },
	stop: { reason: 'Quá hạn bổ sung', returnedUnresolved: true },
	rate: { rating: 'unsatisfied', comment: 'Chờ lâu', reason: 'Trễ hẹn', channel: 'desk' },
	review: { note: 'Đã xem, hai bàn thao tác khi mất mạng', covers: ['event:x:1'] },
	'follow-up': {
		rating: 'event:x:1',
		step: 'assign',
		assignee: 'Hoàng Văn Minh',
		note: 'Gọi lại cho công dân trong ngày'
	}
};
