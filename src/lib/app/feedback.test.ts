import { describe, expect, it } from 'vitest';
import { emptyFeedbackInput, type FeedbackInput } from '$lib/domain/feedback';
import { isoDate, localDateTime } from '$lib/domain/time';
import { dayEndSummary } from './day-end';
import {
	actOnFeedback,
	feedbackInputAbout,
	officeFeedbackSummary,
	takeFeedback,
	viewFeedback
} from './feedback';
import { receiveDossier } from './receive-dossier';
import { filterFeedback, NO_FEEDBACK_FILTERS } from './feedback-list';
import { dueWindows } from '$lib/domain/classification/urgency';
import { receiveInput, testWorkspace } from './test-support';
import type { Workspace } from './workspace';

const input = (overrides: Partial<FeedbackInput> = {}): FeedbackInput => ({
	...emptyFeedbackInput(),
	senderName: 'Trần Văn Bình',
	phone: '0912 345 678',
	content: 'Thủ tục đăng ký khai sinh yêu cầu giấy tờ không có trong danh mục công bố.',
	...overrides
});

async function take(ws: Workspace, at: string, overrides: Partial<FeedbackInput> = {}) {
	const result = await takeFeedback(ws, input(overrides), localDateTime(at));
	if (!result.ok) throw new Error(JSON.stringify(result));
	return result.feedback.code;
}

/** Both desks exchange their documents, as two syncs with the server would. */
async function sync(a: Workspace, b: Workspace): Promise<void> {
	await a.store.db.replicate.to(b.store.db);
	await b.store.db.replicate.to(a.store.db);
}

describe('feedback at the desk', () => {
	it('takes feedback in with a code from the desk block and a due time ten working days on', async () => {
		const ws = await testWorkspace();
		const first = await take(ws, '2026-12-01T09:00:00');
		const second = await take(ws, '2026-12-01T10:00:00');
		const desk2 = await testWorkspace({ deskNumber: 2, userName: 'canbo.b', fullName: 'B' });
		const other = await take(desk2, '2026-12-01T09:00:00');
		expect([first, second]).toEqual(['PA-261201-0001', 'PA-261201-0002']);
		expect(other).toBe('PA-261201-5001');
		const view = await viewFeedback(ws, first);
		expect(view?.folded.feedback.dueAt).toBe('2026-12-15T09:00:00');
		expect(view?.folded.feedback.sender.phone).toBe('0912345678');
		expect(view?.available).toEqual(['assign', 'answer']);
	});

	it('refuses a form with errors and writes nothing', async () => {
		const ws = await testWorkspace();
		const result = await takeFeedback(
			ws,
			input({ senderName: ' ', phone: '' }),
			localDateTime('2026-12-01T09:00:00')
		);
		expect(result).toEqual({
			ok: false,
			errors: { senderName: 'required', phone: 'contact-required' }
		});
		expect((await ws.store.db.allDocs()).rows.filter((r) => r.id.startsWith('feedback:'))).toEqual(
			[]
		);
	});

	it('lets only the desk take feedback in', async () => {
		const ws = await testWorkspace({ role: 'supervisor' });
		const result = await takeFeedback(ws, input(), localDateTime('2026-12-01T09:00:00'));
		expect(result).toEqual({ ok: false, failure: 'role-not-allowed' });
	});

	it('goes through assign, answer and publish on two desks, and the read model follows', async () => {
		const desk = await testWorkspace();
		const leader = await testWorkspace({
			deskNumber: 2,
			userName: 'lanhdao',
			fullName: 'L',
			role: 'leader'
		});
		const code = await take(desk, '2026-12-01T09:00:00', {
			kind: 'conduct',
			dossierCode: 'H20.1-261201-0001'
		});
		const assigned = await actOnFeedback(
			desk,
			code,
			{ kind: 'assign', payload: { unit: 'Phòng Tư pháp' } },
			localDateTime('2026-12-01T09:30:00')
		);
		expect(assigned.ok).toBe(true);
		const answer = {
			kind: 'answer',
			payload: { text: 'Đã trả lời bằng văn bản.', answeredOn: isoDate('2026-12-16') }
		} as const;
		expect(
			await actOnFeedback(desk, code, answer, localDateTime('2026-12-16T10:00:00'))
		).toMatchObject({ ok: true });
		// The desk may not publish; the leader, once the answer has reached that laptop, may.
		const publish = { kind: 'publish', payload: { published: true } } as const;
		expect(await actOnFeedback(desk, code, publish, localDateTime('2026-12-16T11:00:00'))).toEqual({
			ok: false,
			error: 'role-not-allowed'
		});
		expect(
			await actOnFeedback(leader, code, publish, localDateTime('2026-12-16T11:00:00'))
		).toEqual({ ok: false, error: 'feedback-not-found' });
		await sync(desk, leader);
		expect(
			await actOnFeedback(leader, code, publish, localDateTime('2026-12-16T11:00:00'))
		).toMatchObject({ ok: true });
		await sync(desk, leader);
		await desk.projector.catchUp();
		const row = await desk.readModel.feedback.get(code);
		expect(row).toMatchObject({
			state: 'answered',
			open: 0,
			unit: 'Phòng Tư pháp',
			answeredOn: '2026-12-16',
			timing: 'late',
			published: 1,
			dossierCode: 'H20.1-261201-0001',
			kind: 'conduct'
		});
		const summary = await officeFeedbackSummary(desk, {
			from: isoDate('2026-12-01'),
			to: isoDate('2026-12-31')
		});
		expect(summary).toMatchObject({
			received: 1,
			answered: 1,
			answeredLate: 1,
			pending: 0,
			published: 1
		});
	});

	it('shows unanswered feedback past its due time on the day-end page and in the list filters', async () => {
		const ws = await testWorkspace({ role: 'desk-officer' });
		const late = await take(ws, '2026-11-02T09:00:00', { senderName: 'Lê Thị Hoa' }); // due 16/11
		const answered = await take(ws, '2026-11-02T10:00:00');
		await actOnFeedback(
			ws,
			answered,
			{ kind: 'answer', payload: { text: 'Đã trả lời.', answeredOn: isoDate('2026-11-05') } },
			localDateTime('2026-11-05T10:00:00')
		);
		const recent = await take(ws, '2026-12-01T09:00:00');
		await ws.projector.catchUp();
		const summary = await dayEndSummary(ws, {
			date: isoDate('2026-12-01'),
			now: localDateTime('2026-12-01T17:00:00')
		});
		expect(summary.feedbackOverdue.map((f) => f.code)).toEqual([late]);
		expect(summary.feedbackOverdue[0]).toMatchObject({
			senderName: 'Lê Thị Hoa',
			dueAt: '2026-11-16T09:00:00'
		});
		expect(summary.totals.feedbackOverdue).toBe(1);
		const rows = await ws.readModel.feedback.toArray();
		const windows = dueWindows(localDateTime('2026-12-01T17:00:00'), ws.deadlines.calendar);
		const codes = (filters = {}) =>
			filterFeedback(rows, { ...NO_FEEDBACK_FILTERS, ...filters }, windows).map((r) => r.code);
		expect(codes()).toEqual([recent, answered, late]);
		expect(codes({ due: 'overdue' })).toEqual([late]);
		expect(codes({ state: 'answered' })).toEqual([answered]);
		expect(codes({ text: 'le thi hoa' })).toEqual([late]);
		expect(codes({ text: late.toLowerCase() })).toEqual([late]);
	});

	it('fills the form in from a dossier and lists the feedback about it', async () => {
		const ws = await testWorkspace();
		const received = await receiveDossier(ws, receiveInput(), localDateTime('2026-12-01T08:00:00'));
		if (!received.ok) throw new Error('receive failed');
		const { code, applicant } = received.dossier;
		const filled = await feedbackInputAbout(ws, code);
		expect(filled).toMatchObject({
			senderName: applicant.fullName,
			kind: 'conduct',
			dossierCode: code
		});
		expect(await feedbackInputAbout(ws, 'H20.1-201120-9999')).toBeNull();
		const taken = await takeFeedback(
			ws,
			{ ...filled!, phone: '0912345678', content: 'Hẹn trả đã qua mà chưa có kết quả.' },
			localDateTime('2026-12-02T09:00:00')
		);
		if (!taken.ok) throw new Error(JSON.stringify(taken));
		await ws.projector.catchUp();
		expect((await ws.readModel.feedback.get(taken.feedback.code))?.dossierCode).toBe(code);
	});
});
