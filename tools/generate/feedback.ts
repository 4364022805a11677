/**
 * Feedback and petitions (PAKN, ADR 29) of a generated office: about six for every thousand
 * dossiers [A: the seed's news item says feedback was handled, not how much], taken in by the desk
 * officers on working days, handed to a unit, answered by a leader (nine in ten on time), some
 * answers published by the supervisor, and the most recent ones still waiting at the end.
 * Written as the app writes them (`toFeedbackDoc`, `toFeedbackStepDoc`).
 */
import {
	FEEDBACK_CHANNELS,
	feedbackDueAt,
	formatFeedbackCode,
	nextFeedbackSequence,
	type Feedback,
	type FeedbackKind,
	type FeedbackStep
} from '$lib/domain/feedback';
import { atMinute, datePart, type IsoDate, type LocalDateTime } from '$lib/domain/time';
import {
	feedbackStepDocId,
	toFeedbackDoc,
	toFeedbackStepDoc,
	type FeedbackDoc,
	type FeedbackStepDoc
} from '$lib/storage/documents';
import type { OfficeCatalogue } from './catalogue';
import type { GenOfficer } from './officers';
import type { OfficePlan } from './plan';
import { personName } from './people';
import { Rng } from './random';

/** Feedback per dossier received [A]. */
export const FEEDBACK_PER_DOSSIER = 0.006;

const CONTENTS: Record<FeedbackKind, readonly string[]> = {
	regulation: [
		'Đề nghị bỏ yêu cầu nộp bản sao có chứng thực khi đã xuất trình bản chính.',
		'Thành phần hồ sơ niêm yết tại quầy khác với danh mục trên Cổng dịch vụ công.',
		'Đề nghị rút ngắn thời hạn giải quyết thủ tục này.',
		'Lệ phí niêm yết chưa rõ trường hợp được miễn, giảm.'
	],
	conduct: [
		'Đến hẹn nhưng chưa có kết quả, không được thông báo lý do.',
		'Cán bộ hướng dẫn chưa đầy đủ, phải đi lại nhiều lần.',
		'Phải chờ lâu tại quầy tiếp nhận vào buổi sáng.'
	],
	other: [
		'Đề nghị bố trí thêm chỗ ngồi chờ cho người cao tuổi.',
		'Máy bấm số thứ tự thường xuyên bị hỏng.'
	]
};

export interface FeedbackHistory {
	readonly feedback: Feedback;
	readonly steps: readonly FeedbackStep[];
}

/** A time on `day` inside office hours. */
function timeOn(rng: Rng, day: IsoDate, catalogue: OfficeCatalogue): LocalDateTime {
	const p = rng.pick(catalogue.ctx.hours.periods);
	return atMinute(day, p.start + Math.floor(rng.next() * (p.end - p.start - 30)), rng.int(0, 59));
}

/** The working day `n` working days after `day` (the calendar's), or null outside it. */
function workingDayAfter(day: IsoDate, n: number, catalogue: OfficeCatalogue): IsoDate | null {
	const next = catalogue.ctx.calendar.addWorkingDays(day, n);
	return next.ok ? next.value : null;
}

export function feedbackHistories(plan: OfficePlan, catalogue: OfficeCatalogue): FeedbackHistory[] {
	const rng = new Rng(plan.seed, 7);
	const { days, cutoff } = plan.period;
	const count = Math.round(plan.dossiers.length * FEEDBACK_PER_DOSSIER);
	const desks = plan.staff.deskOfficers;
	const leader = plan.staff.leaders[0] ?? plan.staff.supervisor;
	const units = [...plan.staff.units.keys()];
	const lastUsed = new Map<string, number>();
	const out: FeedbackHistory[] = [];
	const picked = Array.from({ length: count }, () => rng.pick(days)).sort();
	for (const day of picked) {
		let officer = rng.pick(desks);
		let sequence: number | null = null;
		for (let k = 0; sequence === null && k < desks.length; k++) {
			officer = desks[(desks.indexOf(officer) + k) % desks.length] as GenOfficer;
			sequence = nextFeedbackSequence(
				officer.desk.sequenceRange,
				lastUsed.get(`${day}|${officer.desk.id}`) ?? null
			);
		}
		if (sequence === null) continue;
		lastUsed.set(`${day}|${officer.desk.id}`, sequence);
		const receivedAt = timeOn(rng, day, catalogue);
		const due = feedbackDueAt(receivedAt, catalogue.ctx);
		if (!due.ok || due.value === null) continue;
		const kind = rng.weighted(['regulation', 'conduct', 'other'] as const, (k) =>
			k === 'regulation' ? 6 : k === 'conduct' ? 3 : 1
		);
		const sex = rng.chance(0.5) ? 'male' : 'female';
		const feedback: Feedback = {
			code: formatFeedbackCode(day, sequence),
			officeId: officer.desk.officeId,
			deskId: officer.desk.id,
			receivedBy: officer.userName,
			receivedAt,
			dueAt: due.value,
			sender: {
				name: personName(rng, sex),
				phone: `09${String(rng.int(10_000_000, 99_999_999))}`
			},
			channel: rng.weighted(FEEDBACK_CHANNELS, (c) => (c === 'direct' ? 5 : c === 'phone' ? 3 : 1)),
			kind,
			content: rng.pick(CONTENTS[kind])
		};
		const steps: FeedbackStep[] = [];
		const step = (
			author: GenOfficer,
			at: LocalDateTime,
			draft: Omit<FeedbackStep, 'id' | 'feedbackCode' | 'at' | 'by' | 'deskId'>
		) => {
			const n = steps.filter((s) => s.deskId === author.desk.id).length + 1;
			steps.push({
				id: feedbackStepDocId(feedback.code, at, author.desk.id, n),
				feedbackCode: feedback.code,
				at,
				by: author.userName,
				deskId: author.desk.id,
				...draft
			} as FeedbackStep);
		};
		const assignDay = workingDayAfter(day, rng.int(0, 1), catalogue);
		if (assignDay !== null && units.length > 0) {
			const at = timeOn(rng, assignDay, catalogue);
			if (at > receivedAt && at <= cutoff)
				step(officer, at, { kind: 'assign', payload: { unit: rng.pick(units) } });
		}
		const dueDay = datePart(feedback.dueAt);
		const late = rng.chance(0.1);
		const answerDay = late
			? workingDayAfter(dueDay, rng.int(1, 5), catalogue)
			: workingDayAfter(day, rng.int(2, 9), catalogue);
		const answerAt = answerDay === null ? null : timeOn(rng, answerDay, catalogue);
		if (
			answerDay !== null &&
			answerAt !== null &&
			answerAt <= cutoff &&
			answerAt > (steps.at(-1)?.at ?? receivedAt)
		) {
			step(leader, answerAt, {
				kind: 'answer',
				payload: { text: 'Đã trả lời bằng văn bản gửi người phản ánh.', answeredOn: answerDay }
			});
			const publishDay = workingDayAfter(answerDay, 1, catalogue);
			const publishAt = publishDay === null ? null : timeOn(rng, publishDay, catalogue);
			if (kind === 'regulation' && rng.chance(0.5) && publishAt !== null && publishAt <= cutoff) {
				step(plan.staff.supervisor, publishAt, { kind: 'publish', payload: { published: true } });
			}
		}
		out.push({ feedback, steps });
	}
	return out;
}

export function feedbackDocs(h: FeedbackHistory): (FeedbackDoc | FeedbackStepDoc)[] {
	return [
		toFeedbackDoc(h.feedback),
		...h.steps.map((s) => toFeedbackStepDoc(s, h.feedback.officeId))
	];
}
