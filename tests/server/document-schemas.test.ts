/**
 * The desk's document schemas (src/lib/domain/schemas.ts, src/lib/storage/documents.ts) and the
 * office databases' validate_doc_update (server/couch/validate-office.js) are two descriptions of
 * one format: CouchDB runs a self-contained ES5 function that cannot import valibot (ADR 20).
 * These tests keep them in agreement where they must agree: what a desk writes and reads passes
 * the server, and every field the server requires the desk's schemas require too.
 */
import { describe, expect, it } from 'vitest';
import { OFFICE_RULES, validateOfficeDoc } from '../../server/couch/validate-office.js';
import {
	eventFactory,
	makeDossier,
	SAMPLE_PAYLOADS
} from '../../src/lib/domain/lifecycle/test-support';
import type { EventKind } from '../../src/lib/domain/model';
import { EVENT_PAYLOAD_SCHEMAS } from '../../src/lib/domain/schemas';
import type { LocalDateTime } from '../../src/lib/domain/time';
import { FEEDBACK_STEP_SCHEMAS, type FeedbackStepKind } from '../../src/lib/domain/feedback';
import {
	eventDocId,
	feedbackStepDocId,
	parseFeedbackDoc,
	parseOfficeDoc,
	toFeedbackDoc,
	toFeedbackStepDoc,
	reportSubmissionFromDoc,
	toDossierDoc,
	toEventDoc,
	toReportSubmissionDoc
} from '../../src/lib/storage/documents';
import { buildPeriodReport, presetPeriod, submissionOf } from '../../src/lib/domain/report';
import {
	AT,
	CODE,
	DESK,
	FEEDBACK_CODE,
	FEEDBACK_PAYLOADS,
	OFFICE,
	officer,
	verdict
} from './support/office-docs.js';

type Doc = Record<string, unknown>;

/** An officer of the office with every function, so only the document's shape is judged. */
const anyone = officer('an', ['desk-officer', 'processing-officer', 'leader', 'supervisor']);
const server = (doc: unknown) => verdict(validateOfficeDoc, doc, anyone);
const desk = (doc: unknown) => (parseOfficeDoc(doc).ok ? 'ok' : 'refused');

const dossier = makeDossier({
	code: CODE,
	officeId: OFFICE,
	deskId: DESK,
	receivedBy: 'an',
	receivedAt: AT as LocalDateTime
});
const dossierDoc = (): Doc => ({ ...toDossierDoc(dossier) });
const eventDoc = (kind: EventKind): Doc => {
	const id = eventDocId(CODE, AT, DESK, 1);
	const event = eventFactory(dossier, DESK, 'an')(kind, AT, SAMPLE_PAYLOADS[kind], { id });
	return { ...toEventDoc(event, OFFICE), payload: { ...SAMPLE_PAYLOADS[kind] } };
};
const KINDS = Object.keys(EVENT_PAYLOAD_SCHEMAS) as EventKind[];

/** `doc` without the field at `path` (dot-separated). */
function without(doc: Doc, path: string): Doc {
	const [head = '', ...rest] = path.split('.');
	const { [head]: value, ...others } = doc;
	if (rest.length === 0) return others;
	return { ...others, [head]: without(value as Doc, rest.join('.')) };
}

/** The required (not optional) keys of an object schema. */
function requiredKeys(schema: { entries: Record<string, { type: string }> }): string[] {
	return Object.entries(schema.entries)
		.filter(([, entry]) => entry.type !== 'optional')
		.map(([key]) => key)
		.sort();
}

describe('the desk’s schemas and the server’s validation', () => {
	it('the server accepts the dossier and the event of every kind that the desk reads', () => {
		expect([desk(dossierDoc()), server(dossierDoc())]).toEqual(['ok', 'ok']);
		for (const kind of KINDS) {
			expect([desk(eventDoc(kind)), server(eventDoc(kind))], kind).toEqual(['ok', 'ok']);
		}
	});

	it('the desk refuses a dossier without any field the server requires', () => {
		// The fields validate-office.js's checkDossier and its common checks insist on.
		const required = [
			'code',
			'deskId',
			'receivedBy',
			'receivedAt',
			'procedure',
			'procedure.code',
			'procedure.name',
			'applicant',
			'applicant.fullName',
			'channel',
			'by',
			'schemaVersion',
			'officeId'
		];
		for (const path of required) {
			const doc = without(dossierDoc(), path);
			expect([desk(doc), server(doc).split(':')[0]], path).toEqual(['refused', 'forbidden']);
		}
	});

	it('the desk refuses an event without any field the server requires', () => {
		const required = ['id', 'dossierCode', 'kind', 'at', 'by', 'deskId', 'payload'];
		for (const path of [...required, 'schemaVersion', 'officeId']) {
			const doc = without(eventDoc('transfer'), path);
			expect([desk(doc), server(doc).split(':')[0]], path).toEqual(['refused', 'forbidden']);
		}
	});

	it.each(KINDS)('the required payload fields of %s are the same on both sides', (kind) => {
		const serverFields = Object.keys(OFFICE_RULES.payloadFields[kind]).sort();
		const schema = EVENT_PAYLOAD_SCHEMAS[kind];
		if (schema.type === 'variant') {
			// What every option requires (its key among them) is the server's fields; each option's
			// own fields are the server's `payloadWhen`.
			const options = schema.options as unknown as readonly {
				entries: Record<string, { literal?: string }>;
			}[];
			const common = requiredKeys(options[0] as never).filter((key) =>
				options.every((option) => requiredKeys(option as never).includes(key))
			);
			expect(common).toContain(schema.key);
			expect(serverFields).toEqual(common);
			const when = (OFFICE_RULES.payloadWhen as Record<string, Record<string, Doc>>)[kind];
			for (const option of options) {
				const value = String(option.entries[schema.key]?.literal);
				const extra = when?.[schema.key]?.[value];
				expect(requiredKeys(option as never), value).toEqual(
					[...common, ...(extra === undefined ? [] : [extra])].sort()
				);
			}
		} else {
			expect(requiredKeys(schema)).toEqual(serverFields);
		}
		for (const field of serverFields) {
			const doc = without(eventDoc(kind), `payload.${field}`);
			expect([desk(doc), server(doc)], field).toEqual(['refused', 'forbidden:bad-field']);
		}
	});

	it('a refusal without a reason: the server refuses it, the desk reads it for its guards', () => {
		// The one conditional rule that is not a variant: on the desk the lifecycle's guard keeps
		// such an event as an anomaly (reason-required) for the supervisor, as any blank reason.
		expect(OFFICE_RULES.payloadWhen['result-ready']).toEqual({ outcome: { refused: 'reason' } });
		const doc = without(eventDoc('result-ready'), 'payload.reason');
		expect([desk(doc), server(doc)]).toEqual(['ok', 'forbidden:bad-field']);
	});
});

describe('feedback documents on both sides (ADR 29)', () => {
	const reads = (doc: unknown) => (parseFeedbackDoc(doc).ok ? 'ok' : 'refused');
	const feedbackDoc = (): Doc => ({
		...toFeedbackDoc({
			code: FEEDBACK_CODE,
			officeId: OFFICE,
			deskId: DESK,
			receivedBy: 'an',
			receivedAt: AT as LocalDateTime,
			dueAt: '2026-12-09T08:30:00' as LocalDateTime,
			sender: { name: 'Trần Văn Bình', email: 'binh@example.vn' },
			channel: 'email',
			kind: 'other',
			content: 'Đề nghị niêm yết thêm lệ phí.',
			dossierCode: CODE
		})
	});
	const stepDoc = (kind: FeedbackStepKind): Doc => ({
		...toFeedbackStepDoc(
			{
				id: feedbackStepDocId(FEEDBACK_CODE, AT, DESK, 1),
				feedbackCode: FEEDBACK_CODE,
				at: AT as LocalDateTime,
				by: 'an',
				deskId: DESK,
				kind,
				payload: FEEDBACK_PAYLOADS[kind]
			} as never,
			OFFICE
		)
	});
	const KINDS = Object.keys(FEEDBACK_STEP_SCHEMAS) as FeedbackStepKind[];

	it('the server accepts the intake and every step the desk reads', () => {
		expect([reads(feedbackDoc()), server(feedbackDoc())]).toEqual(['ok', 'ok']);
		for (const kind of KINDS)
			expect([reads(stepDoc(kind)), server(stepDoc(kind))], kind).toEqual(['ok', 'ok']);
	});

	it('the desk refuses an intake or a step without a field the server requires', () => {
		const intake = [
			'code',
			'deskId',
			'receivedBy',
			'receivedAt',
			'dueAt',
			'content',
			'sender',
			'sender.name',
			'channel',
			'kind',
			'by',
			'officeId'
		];
		for (const path of intake) {
			const doc = without(feedbackDoc(), path);
			expect([reads(doc), server(doc).split(':')[0]], path).toEqual(['refused', 'forbidden']);
		}
		for (const path of [
			'id',
			'feedbackCode',
			'kind',
			'at',
			'by',
			'deskId',
			'payload',
			'officeId'
		]) {
			const doc = without(stepDoc('assign'), path);
			expect([reads(doc), server(doc).split(':')[0]], path).toEqual(['refused', 'forbidden']);
		}
	});

	it.each(KINDS)(
		'the required payload fields of the %s step are the same on both sides',
		(kind) => {
			const serverFields = Object.keys(OFFICE_RULES.feedbackStepFields[kind]).sort();
			expect(requiredKeys(FEEDBACK_STEP_SCHEMAS[kind] as never)).toEqual(serverFields);
			for (const field of serverFields) {
				const doc = without(stepDoc(kind), `payload.${field}`);
				expect([reads(doc), server(doc)], field).toEqual(['refused', 'forbidden:bad-field']);
			}
		}
	);
});

describe('report submissions on both sides (ADR 32)', () => {
	const entries = [
		{
			code: 'D1',
			officeId: OFFICE,
			sector: 'Hộ tịch',
			procedureCode: '1.001193',
			procedureName: 'Đăng ký khai sinh',
			channel: 'direct' as const,
			receivedAt: '2026-10-20T09:00:00' as LocalDateTime,
			dueTimeline: [
				{
					from: '2026-10-20T09:00:00' as LocalDateTime,
					dueAt: '2026-10-24T17:00:00' as LocalDateTime
				}
			],
			pauses: [],
			finish: null,
			ratings: []
		}
	];
	const submissionDoc = (): Doc => ({
		...toReportSubmissionDoc(
			submissionOf({
				report: buildPeriodReport({ entries }, presetPeriod('month', 2026, 11), 'sector'),
				office: { id: OFFICE, name: 'Phường Lương Văn Tri' },
				deskId: DESK,
				officer: { userName: 'an', fullName: 'Lương Thị Hoa' },
				at: AT as LocalDateTime,
				withdrawnReturnedAsOnTime: false,
				feedbackSentence: null
			})
		)
	});

	it('the server accepts the submission the desk writes, and the desk reads it back', () => {
		expect(server(submissionDoc())).toBe('ok');
		expect(reportSubmissionFromDoc(submissionDoc())).not.toBeNull();
	});

	it('the desk refuses a submission without a field the server requires', () => {
		for (const path of [
			'officeName',
			'deskId',
			'submittedBy',
			'submittedAt',
			'period',
			'period.from',
			'total',
			'total.columns.pendingOverdue',
			'total.ratings.total',
			'withdrawnReturnedAsOnTime',
			'officeId',
			'by'
		]) {
			const doc = without(submissionDoc(), path);
			expect([reportSubmissionFromDoc(doc) === null, server(doc).split(':')[0]], path).toEqual([
				true,
				'forbidden'
			]);
		}
	});
});
