/**
 * Documents as the desks write them (src/lib/storage/documents.ts) and user contexts as CouchDB
 * passes them to validate_doc_update, for the validation tests.
 */
type Doc = Record<string, unknown> & { _id: string };

export const OFFICE = 'lvt';
export const DB = `motcua_office_${OFFICE}`;
export const CODE = '000.10.39.H39-261125-0001';
export const AT = '2026-11-25T08:30:00';
export const DESK = 'lvt-desk-01';

export interface UserCtx {
	name: string | null;
	roles: string[];
	db: string;
}

/** An officer of `OFFICE` (or of `office`) holding `functions`. */
export function officer(name: string, functions: string[], office = OFFICE, db = DB): UserCtx {
	return { name, roles: [`office:${office}`, ...functions.map((f) => `role:${f}`)], db };
}

export function dossierDoc(by = 'an', overrides: Record<string, unknown> = {}): Doc {
	return {
		_id: `dossier:${CODE}`,
		type: 'dossier',
		schemaVersion: 1,
		by,
		code: CODE,
		officeId: OFFICE,
		deskId: DESK,
		receivedBy: by,
		procedure: {
			code: '1.001193',
			version: 1,
			name: 'Thủ tục đăng ký khai sinh',
			sector: 'Hộ tịch',
			time: { unit: 'same-day', cutoff: '15:00' },
			steps: []
		},
		applicant: { fullName: 'Nguyễn Văn A', idType: 'citizen-id', idNumber: '001099012345' },
		components: [],
		sets: 1,
		channel: 'direct',
		resultReturn: { kind: 'desk' },
		feeVnd: 0,
		receivedAt: AT,
		dueAt: '2026-11-25T17:00:00',
		ruleVersion: 'nd118-2025',
		...overrides
	};
}

/** A valid payload for each event kind (src/lib/domain/model.ts EventPayloads). */
export const PAYLOADS: Record<string, Record<string, unknown>> = {
	transfer: { toUnit: 'Công chức Tư pháp - Hộ tịch' },
	'request-supplement': { reason: 'Thiếu giấy chứng sinh', items: ['giay-chung-sinh'] },
	'supplement-received': {},
	'request-payment': { amountVnd: 8000, pausesClock: false },
	'payment-received': {},
	apology: { reason: 'Cần xác minh thêm', newDueAt: '2026-11-28T17:00:00' },
	'result-ready': { outcome: 'approved' },
	deliver: { method: 'in-person', receiverName: 'Nguyễn Văn A' },
	withdraw: { reason: 'Công dân rút hồ sơ' },
	stop: { reason: 'Không đủ điều kiện', returnedUnresolved: true },
	rate: { rating: 'satisfied' }
};

export function eventDoc(
	kind: string,
	by = 'an',
	overrides: Record<string, unknown> = {},
	n = '001'
): Doc {
	const id = `event:${CODE}:${AT}:${DESK}:${n}`;
	return {
		_id: id,
		id,
		type: 'event',
		schemaVersion: 1,
		officeId: OFFICE,
		dossierCode: CODE,
		kind,
		at: AT,
		by,
		deskId: DESK,
		payload: PAYLOADS[kind] ?? {},
		...overrides
	};
}

export function deskDoc(by = 'an', overrides: Record<string, unknown> = {}): Doc {
	return {
		_id: `desk:${DESK}`,
		type: 'desk',
		schemaVersion: 1,
		id: DESK,
		officeId: OFFICE,
		name: 'Bàn 1',
		sequenceRange: { first: 1, last: 4999 },
		registeredBy: by,
		registeredAt: AT,
		...overrides
	};
}

export const FEEDBACK_CODE = 'PA-261125-0001';

/** A feedback's intake record as a desk writes it (src/lib/storage/documents.ts, ADR 29). */
export function feedbackDoc(by = 'an', overrides: Record<string, unknown> = {}): Doc {
	return {
		_id: `feedback:${FEEDBACK_CODE}`,
		type: 'feedback',
		schemaVersion: 1,
		by,
		code: FEEDBACK_CODE,
		officeId: OFFICE,
		deskId: DESK,
		receivedBy: by,
		receivedAt: AT,
		dueAt: '2026-12-09T08:30:00',
		sender: { name: 'Trần Văn Bình', phone: '0912345678' },
		channel: 'phone',
		kind: 'regulation',
		content: 'Đề nghị bỏ yêu cầu bản sao chứng thực.',
		...overrides
	};
}

/** A valid payload for each feedback step. */
export const FEEDBACK_PAYLOADS: Record<string, Record<string, unknown>> = {
	assign: { unit: 'Phòng Tư pháp' },
	answer: { text: 'Đã trả lời bằng văn bản số 12.', answeredOn: '2026-11-30' },
	publish: { published: true }
};

export function feedbackStepDoc(
	kind: string,
	by = 'an',
	overrides: Record<string, unknown> = {},
	n = '001'
): Doc {
	const id = `feedback:${FEEDBACK_CODE}:${AT}:${DESK}:${n}`;
	return {
		_id: id,
		id,
		type: 'feedback-step',
		schemaVersion: 1,
		officeId: OFFICE,
		feedbackCode: FEEDBACK_CODE,
		kind,
		at: AT,
		by,
		deskId: DESK,
		payload: FEEDBACK_PAYLOADS[kind] ?? {},
		...overrides
	};
}

const reportRow = (label: string, n: number) => ({
	label,
	columns: {
		carriedOver: 0,
		newOnline: 0,
		newDirect: n,
		newPostal: 0,
		newTotal: n,
		totalToHandle: n,
		resolvedEarly: n,
		resolvedOnTime: 0,
		resolvedLate: 0,
		resolved: n,
		resolvedWithoutDue: 0,
		withdrawn: 0,
		returned: 0,
		pendingInTime: 0,
		pendingOverdue: 0,
		pending: 0,
		pendingWithoutDue: 0,
		rejectedAtIntake: 0
	},
	ratings: { verySatisfied: 1, satisfied: 0, unsatisfied: 0, total: 1 }
});

/** A period report submitted to the province by a supervisor (ADR 32). */
export function reportDoc(by = 'an', overrides: Record<string, unknown> = {}): Doc {
	return {
		_id: `report:2026-10-15:2026-11-14:${AT}:${DESK}`,
		type: 'report-submission',
		schemaVersion: 1,
		by,
		officeId: OFFICE,
		officeName: 'Trung tâm Phục vụ hành chính công phường Lương Văn Tri',
		deskId: DESK,
		submittedBy: by,
		submittedByName: 'Lương Thị Hoa',
		submittedAt: AT,
		period: { from: '2026-10-15', to: '2026-11-14', line: 'Kỳ báo cáo: Tháng 11 năm 2026' },
		rows: [reportRow('Hộ tịch', 2)],
		total: reportRow('', 2),
		withdrawnReturnedAsOnTime: false,
		feedbackSentence: null,
		...overrides
	};
}

type Validate = (newDoc: unknown, oldDoc: unknown, userCtx: unknown, secObj: unknown) => void;

/** 'ok', or what the function threw as `forbidden:<code>` / `unauthorized:<code>`. */
export function verdict(
	validate: Validate,
	doc: unknown,
	userCtx: unknown,
	oldDoc: unknown = null
) {
	try {
		validate(doc, oldDoc, userCtx, {});
		return 'ok';
	} catch (error) {
		const e = error as { forbidden?: string; unauthorized?: string };
		if (typeof e.forbidden === 'string') return `forbidden:${e.forbidden.split(':')[0]}`;
		if (typeof e.unauthorized === 'string') return `unauthorized:${e.unauthorized.split(':')[0]}`;
		throw error;
	}
}
