/**
 * The feedback figures of a report period (domain.md §4.3, §8): received, answered on time and
 * late, still waiting at the end of the period (and how many of those are past their due time),
 * and published answers. Counted from the folded feedback, by Vietnam day.
 */
import type { IsoDate } from '../time';
import type { FeedbackKind } from './schemas';
import type { FeedbackTiming } from './fold';

/** What the count needs of each feedback. */
export interface FeedbackFigures {
	readonly receivedAt: string;
	readonly dueAt: string;
	readonly kind: FeedbackKind;
	readonly answeredOn: string | null;
	readonly timing: FeedbackTiming | null;
	readonly published: 0 | 1 | boolean;
}

export interface FeedbackSummary {
	/** Received in the period, and of those by kind. */
	readonly received: number;
	readonly byKind: Readonly<Record<FeedbackKind, number>>;
	/** Answered in the period (whenever received), on time and late. */
	readonly answered: number;
	readonly answeredOnTime: number;
	readonly answeredLate: number;
	/** Received by the period's end and not answered by then; of those, past their due day. */
	readonly pending: number;
	readonly pendingOverdue: number;
	/** Answered in the period and published. */
	readonly published: number;
}

export function feedbackSummary(
	rows: Iterable<FeedbackFigures>,
	period: { readonly from: IsoDate; readonly to: IsoDate }
): FeedbackSummary {
	const byKind: Record<FeedbackKind, number> = { regulation: 0, conduct: 0, other: 0 };
	let received = 0;
	let answered = 0;
	let onTime = 0;
	let late = 0;
	let pending = 0;
	let overdue = 0;
	let published = 0;
	for (const row of rows) {
		const day = row.receivedAt.slice(0, 10);
		if (day > period.to) continue;
		if (day >= period.from) {
			received++;
			byKind[row.kind]++;
		}
		const answeredOn = row.answeredOn;
		if (answeredOn !== null && answeredOn >= period.from && answeredOn <= period.to) {
			answered++;
			if (row.timing === 'late') late++;
			else onTime++;
			if (row.published) published++;
		}
		if (answeredOn === null || answeredOn > period.to) {
			pending++;
			if (row.dueAt.slice(0, 10) < period.to) overdue++;
		}
	}
	return {
		received,
		byKind,
		answered,
		answeredOnTime: onTime,
		answeredLate: late,
		pending,
		pendingOverdue: overdue,
		published
	};
}
