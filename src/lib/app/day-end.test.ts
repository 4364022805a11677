import { describe, expect, it } from 'vitest';
import type { EventDraft } from '$lib/domain/lifecycle';
import { isoDate, localDateTime } from '$lib/domain/time';
import { dayEndSummary, type DeskSyncReport } from './day-end';
import { actOnDossier } from './dossier-actions';
import { toDossierDoc } from '$lib/storage/documents';
import { receiveDossier } from './receive-dossier';
import { receiveInput, testWorkspace } from './test-support';
import type { Workspace } from './workspace';

async function receive(ws: Workspace, at: string): Promise<string> {
	const r = await receiveDossier(ws, receiveInput(), localDateTime(at));
	if (!r.ok) throw new Error(`receive failed: ${JSON.stringify(r)}`);
	return r.dossier.code;
}

async function act(ws: Workspace, code: string, draft: EventDraft, at: string): Promise<string> {
	const r = await actOnDossier(ws, code, draft, localDateTime(at));
	if (!r.ok) throw new Error(`${draft.kind} failed: ${r.error}`);
	return r.event.id;
}

/** Both desks exchange their documents, as two syncs with the server would. */
async function sync(a: Workspace, b: Workspace): Promise<void> {
	await a.store.db.replicate.to(b.store.db);
	await b.store.db.replicate.to(a.store.db);
}

const decide = { kind: 'result-ready', payload: { outcome: 'approved' } } as const;
const deliver = {
	kind: 'deliver',
	payload: { method: 'in-person', receiverName: 'Nguyễn Thị Ánh' }
} as const;

/**
 * Two desks of one office around Friday 12/04/2019. The next working day is Tuesday 16/04:
 * Sunday 14/04 is Giỗ Tổ Hùng Vương and Monday 15/04 its substitute day off (2019 calendar).
 * The birth certificate procedure takes 3 working days.
 */
async function officeDay() {
	const desk1 = await testWorkspace();
	const desk2 = await testWorkspace({
		deskNumber: 2,
		userName: 'canbo.b',
		fullName: 'Trần Văn Bình'
	});
	const overdue = await receive(desk1, '2019-04-01T08:00:00'); // due 04/04 08:00
	const paused = await receive(desk1, '2019-04-01T09:00:00'); // due 04/04 09:00, clock paused
	await act(
		desk1,
		paused,
		{ kind: 'transfer', payload: { toUnit: 'Tư pháp' } },
		'2019-04-02T09:00'
	);
	const supplement: EventDraft = {
		kind: 'request-supplement',
		payload: { reason: 'Thiếu giấy chứng sinh', items: ['Giấy chứng sinh'] }
	};
	await act(desk1, paused, supplement, '2019-04-03T09:00');
	const dueNext = await receive(desk1, '2019-04-10T08:00:00'); // due Tue 16/04 08:00
	const raced = await receive(desk1, '2019-04-11T08:00:00');
	await act(desk1, raced, decide, '2019-04-11T15:00');
	const rated = await receive(desk1, '2019-04-12T08:00:00');
	await sync(desk1, desk2);

	// Desk 2 works offline: two receipts, a decision, and hands a result over first.
	const later = await receive(desk2, '2019-04-12T09:00:00'); // due Thu 18/04 09:00
	const refused = await receive(desk2, '2019-04-12T09:30:00');
	await act(desk2, rated, decide, '2019-04-12T10:00');
	const first = await act(desk2, raced, deliver, '2019-04-12T10:55');
	// Desk 1, offline too, hands the same result over again a few minutes later.
	const second = await act(desk1, raced, deliver, '2019-04-12T11:00');
	await desk1.projector.catchUp();
	const beforeSync = await dayEndSummary(desk1, {
		date: isoDate('2019-04-12'),
		now: localDateTime('2019-04-12T11:30:00')
	});

	await sync(desk1, desk2);
	await act(desk1, rated, deliver, '2019-04-12T15:00');
	const rating = {
		kind: 'rate',
		payload: { rating: 'unsatisfied', reason: 'Chờ lâu' }
	} as const;
	const unsatisfied = await act(desk1, rated, rating, '2019-04-12T15:05');
	const refusal = {
		kind: 'result-ready',
		payload: { outcome: 'refused', reason: 'Không đủ điều kiện' }
	} as const;
	await act(desk1, refused, refusal, '2019-04-12T16:00');
	await desk1.projector.catchUp();
	const codes = { overdue, paused, dueNext, raced, rated, later, refused };
	return { desk1, desk2, codes, beforeSync, events: { first, second, unsatisfied } };
}

describe('the day-end summary', () => {
	it('counts each officer’s day, lists what falls due, what is late and what to review', async () => {
		const { desk1, desk2, codes, beforeSync, events } = await officeDay();
		// Before desk 2's documents arrive, desk 1's hand-over is the one that happened.
		expect(beforeSync.officers).toEqual([
			{
				userName: 'canbo.a',
				fullName: 'Hoàng Thị Lan',
				received: 1,
				resolved: 0,
				returned: 1
			}
		]);
		expect(beforeSync.toReview).toEqual([]);

		const desks: DeskSyncReport[] = [
			{
				deskId: desk1.setup.desk.id,
				deskName: desk1.setup.desk.name,
				officer: 'canbo.a',
				unsent: 0,
				lastSyncAt: '2019-04-12T16:58:00',
				reportedAt: '2019-04-12T16:58:00'
			},
			{
				deskId: desk2.setup.desk.id,
				deskName: desk2.setup.desk.name,
				officer: null,
				unsent: null,
				lastSyncAt: null,
				reportedAt: null
			}
		];
		const summary = await dayEndSummary(desk1, {
			date: isoDate('2019-04-12'),
			now: localDateTime('2019-04-12T17:00:00'),
			desks
		});

		// Desk 2 handed the result over at 10:55: desk 1's hand-over at 11:00 is now the anomaly
		// and counts nowhere; received/resolved/returned are by the officer who recorded them.
		expect(summary.officers).toEqual([
			{
				userName: 'canbo.a',
				fullName: 'Hoàng Thị Lan',
				received: 1,
				resolved: 1,
				returned: 1
			},
			{ userName: 'canbo.b', fullName: null, received: 2, resolved: 1, returned: 1 }
		]);
		expect(summary.totals).toEqual({
			received: 3,
			resolved: 2,
			returned: 2,
			dueNext: 1,
			overdue: 1,
			toReview: 2,
			feedbackOverdue: 0,
			unreadable: 0
		});
		expect(summary.madeAt).toBe('2019-04-12T17:00:00');
		expect(summary.cutoff).toBe('2019-04-12T17:00:00');
		expect(summary.nextWorkingDay).toBe('2019-04-16');
		expect(summary.officeName).toBe('Trung tâm Phục vụ hành chính công phường Thử nghiệm');
		expect(summary.dueNext).toEqual([
			{
				code: codes.dueNext,
				procedureName: 'Đăng ký khai sinh',
				applicantName: 'Nguyễn Thị Ánh',
				status: 'received',
				receivedBy: 'canbo.a',
				dueAt: '2019-04-16T08:00:00'
			}
		]);
		// The dossier waiting for a supplement is past its receipt due time but its clock is paused.
		expect(summary.overdue.map((d) => [d.code, d.dueAt])).toEqual([
			[codes.overdue, '2019-04-04T08:00:00']
		]);
		expect(summary.toReview.map((d) => d.code)).toEqual([codes.rated, codes.raced]);
		const [rated, raced] = summary.toReview;
		expect(rated).toMatchObject({
			status: 'delivered',
			anomalies: [],
			unsatisfiedRatings: [
				{
					eventId: events.unsatisfied,
					at: '2019-04-12T15:05:00',
					by: 'canbo.a',
					reason: 'Chờ lâu'
				}
			],
			lastAt: '2019-04-12T15:05:00',
			onDate: true
		});
		expect(raced).toMatchObject({
			status: 'delivered',
			unsatisfiedRatings: [],
			lastAt: '2019-04-12T11:00:00',
			onDate: true
		});
		expect(raced?.anomalies).toEqual([
			{
				eventId: events.second,
				kind: 'deliver',
				at: '2019-04-12T11:00:00',
				deskId: desk1.setup.desk.id,
				code: 'concurrent-action',
				state: 'delivered',
				conflictsWith: events.first,
				who: 'Hoàng Thị Lan — Bàn 1'
			}
		]);
		expect(summary.desks).toEqual(desks);

		// The projection is rebuildable: the same figures from a read model built again.
		await desk1.projector.rebuild();
		expect(
			await dayEndSummary(desk1, {
				date: isoDate('2019-04-12'),
				now: localDateTime('2019-04-12T17:00:00'),
				desks
			})
		).toEqual(summary);
	});

	it('drops what the supervisor reviewed from the list and lists the review instead', async () => {
		const { desk1, codes, events } = await officeDay();
		const supervisor = await testWorkspace({
			deskNumber: 2,
			userName: 'giamsat',
			fullName: 'Lương Thị Hoa',
			role: 'supervisor'
		});
		await sync(desk1, supervisor);
		const review = {
			kind: 'review',
			payload: { note: 'Đã gọi điện xin lỗi', covers: [events.unsatisfied] }
		} as const;
		const reviewed = await act(supervisor, codes.rated, review, '2019-04-12T16:30');
		await sync(desk1, supervisor);
		await desk1.projector.catchUp();
		const summary = await dayEndSummary(desk1, {
			date: isoDate('2019-04-12'),
			now: localDateTime('2019-04-12T17:00:00')
		});
		expect(summary.toReview.map((d) => d.code)).toEqual([codes.raced]);
		expect(summary.totals).toMatchObject({ resolved: 2, returned: 2, toReview: 1 });
		expect(summary.reviewed).toEqual([
			{
				code: codes.rated,
				procedureName: 'Đăng ký khai sinh',
				applicantName: 'Nguyễn Thị Ánh',
				eventId: reviewed,
				at: '2019-04-12T16:30:00',
				by: 'giamsat',
				note: 'Đã gọi điện xin lỗi',
				covered: 1
			}
		]);
		// A desk officer may not write a review.
		const refused = await actOnDossier(
			desk1,
			codes.raced,
			review,
			localDateTime('2019-04-12T16:40')
		);
		expect(refused).toMatchObject({ ok: false, error: 'role-not-allowed' });
	});

	it('measures the open dossiers at the end of a past day and at the start of a later one', async () => {
		const { desk1, codes } = await officeDay();
		const now = localDateTime('2019-04-12T17:00:00');

		const thursday = await dayEndSummary(desk1, { date: isoDate('2019-04-11'), now });
		expect(thursday.officers).toEqual([
			{ userName: 'canbo.a', fullName: 'Hoàng Thị Lan', received: 1, resolved: 1, returned: 0 }
		]);
		expect(thursday.cutoff).toBe('2019-04-11T23:59:59');
		expect(thursday.nextWorkingDay).toBe('2019-04-12');
		expect(thursday.dueNext).toEqual([]);
		expect(thursday.overdue.map((d) => d.code)).toEqual([codes.overdue]);
		// Everything to review happened on Friday.
		expect(thursday.toReview).toEqual([]);
		expect(thursday.desks).toEqual([]);

		// Monday 15/04 is a day off: nothing was done, Tuesday's dossier is due next.
		const monday = await dayEndSummary(desk1, { date: isoDate('2019-04-15'), now });
		expect(monday.officers).toEqual([]);
		expect(monday.cutoff).toBe('2019-04-15T00:00:00');
		expect(monday.nextWorkingDay).toBe('2019-04-16');
		expect(monday.dueNext.map((d) => d.code)).toEqual([codes.dueNext]);
		expect(monday.overdue.map((d) => d.code)).toEqual([codes.overdue]);
		expect(monday.toReview.map((d) => [d.code, d.onDate])).toEqual([
			[codes.rated, false],
			[codes.raced, false]
		]);
		expect(monday.totals).toMatchObject({ received: 0, resolved: 0, returned: 0, toReview: 2 });
	});
});

describe('two dossiers under one code (ADR 19)', () => {
	it('the day-end page names the code with both applicants and the other desk', async () => {
		const desk1 = await testWorkspace();
		const code = await receive(desk1, '2019-04-12T08:00:00');
		// A laptop restored from a backup received someone else under the same code at desk 2.
		const stored = await desk1.store.load(code);
		if (!stored) throw new Error('not stored');
		const other = {
			...toDossierDoc({
				...stored.dossier,
				deskId: 'lson-test-desk-02',
				applicant: { ...stored.dossier.applicant, fullName: 'Hoàng Văn Bình' }
			}),
			_rev: '1-00000000000000000000000000000000'
		};
		await desk1.store.db.bulkDocs([other], { new_edits: false });
		await desk1.projector.catchUp();
		const day = await dayEndSummary(desk1, {
			date: isoDate('2019-04-12'),
			now: localDateTime('2019-04-12T17:00:00')
		});
		expect(day.collisions).toHaveLength(1);
		const [c] = day.collisions;
		expect(c?.code).toBe(code);
		expect([c?.shownApplicant, c?.otherApplicant].sort()).toEqual(
			['Hoàng Văn Bình', 'Nguyễn Thị Ánh'].sort()
		);
		expect(day.totals.unreadable).toBe(0);
	});
});
