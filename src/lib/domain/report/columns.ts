/**
 * The column set of the period report (domain.md §8.2) and its balance check. Counting happens
 * in `tally`; derived columns are sums, never differences (§8.2: never derive by subtraction).
 */
import {
	classifyOpenAt,
	classifyResolution,
	dueAtCutoff,
	type ClassificationMode
} from '../classification';
import { datePart, type LocalDateTime } from '../time';
import type { ReportEntry } from './entry';
import type { ReportPeriod } from './periods';

export interface ReportColumns {
	carriedOver: number;
	newOnline: number;
	newDirect: number;
	newPostal: number;
	newTotal: number;
	totalToHandle: number;
	resolvedEarly: number;
	resolvedOnTime: number;
	resolvedLate: number;
	resolved: number;
	/** Decided dossiers of procedures without a due date (§7: reported apart). */
	resolvedWithoutDue: number;
	withdrawn: number;
	returned: number;
	pendingInTime: number;
	pendingOverdue: number;
	pending: number;
	/** Open dossiers without a due date (§7: reported apart). */
	pendingWithoutDue: number;
	rejectedAtIntake: number;
}

export type CountedColumn = Exclude<
	keyof ReportColumns,
	'newTotal' | 'totalToHandle' | 'resolved' | 'pending'
>;

/** All columns of domain.md §8.2 at zero. */
export function emptyColumns(): ReportColumns {
	return {
		carriedOver: 0,
		newOnline: 0,
		newDirect: 0,
		newPostal: 0,
		newTotal: 0,
		totalToHandle: 0,
		resolvedEarly: 0,
		resolvedOnTime: 0,
		resolvedLate: 0,
		resolved: 0,
		resolvedWithoutDue: 0,
		withdrawn: 0,
		returned: 0,
		pendingInTime: 0,
		pendingOverdue: 0,
		pending: 0,
		pendingWithoutDue: 0,
		rejectedAtIntake: 0
	};
}

const NEW_BY_CHANNEL = { online: 'newOnline', direct: 'newDirect', postal: 'newPostal' } as const;
const RESOLVED_BY_TIMING = {
	early: 'resolvedEarly',
	'on-time': 'resolvedOnTime',
	late: 'resolvedLate'
} as const;

/**
 * The moment a report judges the dossiers still open: the end of the period, or now for a period
 * that has not ended yet (a dossier due at 17:00 today is not overdue this morning), §7.
 */
export function judgedAt(period: ReportPeriod, asOf?: LocalDateTime): LocalDateTime {
	const end = `${period.to}T23:59:59` as LocalDateTime;
	return asOf !== undefined && asOf < end ? asOf : end;
}

/** Where a dossier counted in the period stood at its end (or now): finished (how) or pending. */
function closingColumn(
	e: ReportEntry,
	period: ReportPeriod,
	mode: ClassificationMode,
	asOf?: LocalDateTime
): CountedColumn {
	const cutoff = judgedAt(period, asOf);
	const finish = e.finish;
	if (finish === null || datePart(finish.at) > period.to) {
		const timing = classifyOpenAt(e, cutoff, mode);
		return timing === null
			? 'pendingWithoutDue'
			: timing === 'in-time'
				? 'pendingInTime'
				: 'pendingOverdue';
	}
	switch (finish.kind) {
		case 'resolved': {
			const timing = classifyResolution(dueAtCutoff(e, finish.at), finish.at, mode);
			return timing === null ? 'resolvedWithoutDue' : RESOLVED_BY_TIMING[timing];
		}
		case 'withdrawn':
			return 'withdrawn';
		case 'returned':
			return 'returned';
	}
}

/**
 * The counted columns one dossier adds to, domain.md §8.2: carried over or new (by channel),
 * then how it stood at the end of the period. Empty when the dossier is outside the period.
 */
export function columnsOf(
	e: ReportEntry,
	period: ReportPeriod,
	mode: ClassificationMode,
	asOf?: LocalDateTime
): CountedColumn[] {
	const received = datePart(e.receivedAt);
	if (received > period.to) return [];
	if (received < period.from) {
		if (e.finish !== null && datePart(e.finish.at) < period.from) return [];
		return ['carriedOver', closingColumn(e, period, mode, asOf)];
	}
	return [NEW_BY_CHANNEL[e.channel], closingColumn(e, period, mode, asOf)];
}

export interface ColumnConventions {
	/** One province counts withdrawn and returned inside "on time" (§8.2) [A]. */
	readonly withdrawnReturnedAsOnTime: boolean;
	/** The national form merges direct and postal intake (§8.1) [A]. */
	readonly mergeDirectAndPostal: boolean;
}

/** Fills the sums (and applies the local conventions) once counting is done, §8.2. */
export function completeColumns(c: ReportColumns, conventions: ColumnConventions): ReportColumns {
	const newDirect = conventions.mergeDirectAndPostal ? c.newDirect + c.newPostal : c.newDirect;
	const newPostal = conventions.mergeDirectAndPostal ? 0 : c.newPostal;
	const closedAsOnTime = conventions.withdrawnReturnedAsOnTime ? c.withdrawn + c.returned : 0;
	const resolvedOnTime = c.resolvedOnTime + closedAsOnTime;
	const newTotal = c.newOnline + newDirect + newPostal;
	return {
		...c,
		newDirect,
		newPostal,
		newTotal,
		totalToHandle: c.carriedOver + newTotal,
		resolvedOnTime,
		resolved: c.resolvedEarly + resolvedOnTime + c.resolvedLate,
		pending: c.pendingInTime + c.pendingOverdue
	};
}

export interface BalanceCheck {
	readonly ok: boolean;
	readonly totalToHandle: number;
	/** resolved + withdrawn + returned + pending (+ the dossiers without a due date). */
	readonly accountedFor: number;
	/** totalToHandle − accountedFor: dossiers the report cannot explain. */
	readonly unexplained: number;
}

/**
 * `totalToHandle = resolved + withdrawn + returned + pending`, domain.md §8.2, reported and never
 * thrown: published figures often do not balance. Dossiers without a due date count on both sides;
 * under `withdrawnReturnedAsOnTime` withdrawn and returned are already inside `resolved`.
 */
export function checkBalance(
	c: ReportColumns,
	conventions: Pick<ColumnConventions, 'withdrawnReturnedAsOnTime'> = {
		withdrawnReturnedAsOnTime: false
	}
): BalanceCheck {
	const closed = conventions.withdrawnReturnedAsOnTime ? 0 : c.withdrawn + c.returned;
	const accountedFor = c.resolved + c.resolvedWithoutDue + closed + c.pending + c.pendingWithoutDue;
	const unexplained = c.totalToHandle - accountedFor;
	return { ok: unexplained === 0, totalToHandle: c.totalToHandle, accountedFor, unexplained };
}
