import { describe, expect, it } from 'vitest';
import { testContext } from '../lifecycle/test-support';
import type { LocalDateTime } from '../time';
import {
	availableFeedbackSteps,
	checkFeedbackInput,
	emptyFeedbackInput,
	feedbackDueAt,
	feedbackStepRoles,
	feedbackSummary,
	foldFeedback,
	formatFeedbackCode,
	nextFeedbackSequence,
	parseFeedbackCode,
	validateFeedbackStep,
	type Feedback,
	type FeedbackStep,
	type FeedbackStepDraft
} from '.';

const at = (s: string) => s as LocalDateTime;

function feedback(overrides: Partial<Feedback> = {}): Feedback {
	return {
		code: 'PA-261201-0001',
		officeId: 'office-1',
		deskId: 'desk-1',
		receivedBy: 'officer-a',
		receivedAt: at('2026-12-01T09:00:00'),
		dueAt: at('2026-12-15T09:00:00'),
		sender: { name: 'Trần Văn Bình', phone: '0912345678' },
		channel: 'direct',
		kind: 'regulation',
		content: 'Thành phần hồ sơ đòi bản sao có chứng thực dù đã có bản điện tử.',
		...overrides
	};
}

let n = 0;
function step(time: string, draft: FeedbackStepDraft, deskId = 'desk-1'): FeedbackStep {
	n += 1;
	const id = `feedback:PA-261201-0001:${time}:${deskId}:${String(n).padStart(3, '0')}`;
	return {
		id,
		feedbackCode: 'PA-261201-0001',
		at: at(time),
		by: 'officer-a',
		deskId,
		...draft
	};
}

const assign = (unit: string): FeedbackStepDraft => ({ kind: 'assign', payload: { unit } });
const answer = (text: string, answeredOn: string): FeedbackStepDraft =>
	({ kind: 'answer', payload: { text, answeredOn } }) as FeedbackStepDraft;
const publish = (published: boolean): FeedbackStepDraft => ({
	kind: 'publish',
	payload: { published }
});

describe('the fold of a feedback', () => {
	it('goes received → assigned → answered, on time when answered by its due day', () => {
		const folded = foldFeedback(feedback(), [
			step('2026-12-02T10:00:00', assign('Phòng Tư pháp')),
			step('2026-12-10T15:00:00', answer('Đã hướng dẫn công dân.', '2026-12-10'))
		]);
		expect(folded.state).toBe('answered');
		expect(folded.open).toBe(false);
		expect(folded.unit).toBe('Phòng Tư pháp');
		expect(folded.answer?.answeredOn).toBe('2026-12-10');
		expect(folded.timing).toBe('on-time');
		expect(folded.anomalies).toEqual([]);
	});

	it('is late when answered after its due day, and open until answered', () => {
		expect(foldFeedback(feedback(), []).open).toBe(true);
		const late = foldFeedback(feedback(), [
			step('2026-12-16T08:00:00', answer('Trả lời.', '2026-12-16'))
		]);
		expect(late.timing).toBe('late');
	});

	it('keeps a step that does not fit as an anomaly, never dropping it', () => {
		const folded = foldFeedback(feedback(), [
			step('2026-12-02T10:00:00', publish(true)),
			step('2026-12-03T10:00:00', answer('Trả lời.', '2026-12-03')),
			step('2026-12-04T10:00:00', answer('Trả lời lần hai.', '2026-12-04'), 'desk-2'),
			step('2026-12-05T10:00:00', publish(true))
		]);
		expect(folded.anomalies.map((a) => a.error)).toEqual(['step-not-allowed', 'step-not-allowed']);
		expect(folded.published).toBe(true);
		expect(folded.answer?.text).toBe('Trả lời.');
	});

	it('orders steps by time, then id, whatever order they arrive in', () => {
		const a = step('2026-12-02T10:00:00', assign('A'));
		const b = step('2026-12-02T11:00:00', assign('B'));
		expect(foldFeedback(feedback(), [b, a]).unit).toBe('B');
	});
});

describe('the steps an officer may take', () => {
	const open = foldFeedback(feedback(), []);
	const now = at('2026-12-05T10:00:00');

	it('follow the table by role', () => {
		expect(availableFeedbackSteps(open, 'desk-officer')).toEqual(['assign', 'answer']);
		expect(availableFeedbackSteps(open, 'supervisor')).toEqual(['assign']);
		const answered = foldFeedback(feedback(), [
			step('2026-12-03T10:00:00', answer('x', '2026-12-03'))
		]);
		expect(availableFeedbackSteps(answered, 'leader')).toEqual(['publish']);
		expect(availableFeedbackSteps(answered, 'desk-officer')).toEqual([]);
		expect(feedbackStepRoles('publish')).toEqual(['leader', 'supervisor']);
	});

	it('refuse a blank unit or answer, and an answer dated outside receipt…now', () => {
		const check = (draft: FeedbackStepDraft) =>
			validateFeedbackStep(open, draft, now, 'desk-officer');
		expect(check(assign('  '))).toEqual({ ok: false, error: 'unit-required' });
		expect(check(answer(' ', '2026-12-05'))).toEqual({ ok: false, error: 'answer-required' });
		expect(check(answer('x', '2026-11-30'))).toEqual({ ok: false, error: 'answer-before-receipt' });
		expect(check(answer('x', '2026-12-06'))).toEqual({ ok: false, error: 'answer-in-future' });
		expect(check(answer('x', '2026-12-05'))).toEqual({ ok: true });
		expect(check(publish(true))).toEqual({ ok: false, error: 'step-not-allowed' });
		expect(validateFeedbackStep(open, assign('A'), now, 'processing-officer')).toEqual({
			ok: false,
			error: 'role-not-allowed'
		});
	});

	it('refuse publishing what is already published', () => {
		const published = foldFeedback(feedback(), [
			step('2026-12-03T10:00:00', answer('x', '2026-12-03')),
			step('2026-12-03T11:00:00', publish(true))
		]);
		expect(validateFeedbackStep(published, publish(true), now, 'leader')).toEqual({
			ok: false,
			error: 'publish-unchanged'
		});
		expect(validateFeedbackStep(published, publish(false), now, 'leader')).toEqual({ ok: true });
	});
});

describe('the intake form', () => {
	const input = {
		...emptyFeedbackInput(),
		senderName: '  trần   văn bình ',
		phone: '+84 912.345.678',
		content: ' Nội dung ',
		dossierCode: 'h20.1-201120-0001'
	};

	it('cleans what it keeps', () => {
		const checked = checkFeedbackInput(input);
		expect(checked).toEqual({
			ok: true,
			value: {
				sender: { name: 'trần văn bình', phone: '0912345678' },
				channel: 'direct',
				kind: 'regulation',
				content: 'Nội dung',
				dossierCode: 'H20.1-201120-0001'
			}
		});
	});

	it('names every field that is wrong', () => {
		const checked = checkFeedbackInput({
			...emptyFeedbackInput(),
			email: 'not-an-address',
			dossierCode: 'ABC',
			kind: 'nonsense' as never
		});
		expect(checked).toEqual({
			ok: false,
			errors: {
				senderName: 'required',
				email: 'email-invalid',
				kind: 'choice-invalid',
				content: 'required',
				dossierCode: 'dossier-code-invalid'
			}
		});
		expect(checkFeedbackInput({ ...input, phone: '' })).toEqual({
			ok: false,
			errors: { phone: 'contact-required' }
		});
		expect(checkFeedbackInput({ ...input, phone: '12' })).toEqual({
			ok: false,
			errors: { phone: 'phone-invalid' }
		});
	});

	it('gives ten working days to answer, skipping days off', () => {
		// Thu 31/12/2026 + 10 working days: 1/1/2027 is a holiday, weekends skipped → 15/01/2027.
		const due = feedbackDueAt(at('2026-12-31T09:00:00'), testContext);
		expect(due).toEqual({ ok: true, value: '2027-01-15T09:00:00' });
	});
});

describe('codes', () => {
	it('format, parse and number within the desk block', () => {
		expect(formatFeedbackCode('2026-12-01' as never, 7)).toBe('PA-261201-0007');
		expect(parseFeedbackCode('pa-261201-0007')).toEqual({ date: '2026-12-01', sequence: 7 });
		expect(parseFeedbackCode('PA-261301-0007')).toBeNull();
		expect(nextFeedbackSequence({ first: 101, last: 102 }, null)).toBe(101);
		expect(nextFeedbackSequence({ first: 101, last: 102 }, 101)).toBe(102);
		expect(nextFeedbackSequence({ first: 101, last: 102 }, 102)).toBeNull();
	});
});

describe('the figures of a period', () => {
	const row = (received: string, due: string, answeredOn: string | null, extra = {}) => ({
		receivedAt: `${received}T09:00:00`,
		dueAt: `${due}T09:00:00`,
		kind: 'regulation' as const,
		answeredOn,
		timing:
			answeredOn === null ? null : answeredOn <= due ? ('on-time' as const) : ('late' as const),
		published: 0 as const,
		...extra
	});

	it('counts received, answered on time and late, pending and overdue at the end', () => {
		const summary = feedbackSummary(
			[
				row('2026-11-20', '2026-12-04', '2026-12-02', { published: 1 }), // answered in, received before
				row('2026-12-01', '2026-12-15', '2026-12-20'), // answered late in the period
				row('2026-12-02', '2026-12-16', null, { kind: 'conduct' }), // pending, overdue by 31/12
				row('2026-12-28', '2027-01-11', null, { kind: 'other' }), // pending, not overdue
				row('2027-01-02', '2027-01-16', null) // after the period
			],
			{ from: '2026-12-01' as never, to: '2026-12-31' as never }
		);
		expect(summary).toEqual({
			received: 3,
			byKind: { regulation: 1, conduct: 1, other: 1 },
			answered: 2,
			answeredOnTime: 1,
			answeredLate: 1,
			pending: 2,
			pendingOverdue: 1,
			published: 1
		});
	});
});
