/** Per-step deadlines of an inter-agency (liên thông) procedure, domain.md §6.5. */
import type { ProcedureStep } from '../model';
import type { LocalDateTime } from '../time';
import { computeDueAt } from './due-date';
import { ok, type CalendarResult } from './result';
import type { DeadlineContext } from './settings';

export interface StepDue {
	readonly unit: string;
	readonly startAt: LocalDateTime;
	/** Null for a step without a time limit. */
	readonly dueAt: LocalDateTime | null;
}

/**
 * Due time of each step in sequence, domain.md §6.5: a step starts at the previous step's due
 * time (the first at `startAt`); a step without a limit passes its start on to the next.
 */
export function computeStepDueAts(
	startAt: LocalDateTime,
	steps: readonly ProcedureStep[],
	ctx: DeadlineContext
): CalendarResult<readonly StepDue[]> {
	const dues: StepDue[] = [];
	let start = startAt;
	for (const step of steps) {
		const due = computeDueAt(start, step.time, ctx);
		if (!due.ok) return due;
		dues.push({ unit: step.unit, startAt: start, dueAt: due.value });
		start = due.value ?? start;
	}
	return ok(dues);
}
