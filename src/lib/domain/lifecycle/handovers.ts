/**
 * Form 05 rows (Phiếu kiểm soát quá trình giải quyết, domain.md §5.5): each transfer with its
 * step due time (§6.5) and whether the step ended early, on time or late (§7).
 */
import {
	computeDueAt,
	shiftDueForPauses,
	type DeadlineContext,
	type PauseInterval
} from '../calendar';
import { classifyResolution, type ClassificationMode } from '../classification';
import type { ProcedureStep } from '../model';
import type { LocalDateTime } from '../time';
import type { FoldCore, Handover, TransferRecord } from './types';

/** Pauses wholly inside `[from, to]` shift that step's due time too (§6.3). */
function pausesWithin(
	core: FoldCore,
	from: LocalDateTime,
	to: LocalDateTime | null
): PauseInterval[] {
	const inside: PauseInterval[] = [];
	for (const p of core.pauses) {
		if (p.to !== null && p.from >= from && (to === null || p.to <= to)) {
			inside.push({ from: p.from, to: p.to });
		}
	}
	return inside;
}

function stepDueAt(
	core: FoldCore,
	steps: readonly ProcedureStep[],
	t: TransferRecord,
	index: number,
	endedAt: LocalDateTime | null,
	ctx: DeadlineContext
): LocalDateTime | null {
	// A single-agency procedure has one step whose budget is the whole statutory time.
	if (steps.length === 0) return core.dueAt;
	const step = steps[index];
	if (step === undefined) return null;
	// A year missing from the calendar leaves the step without a due time rather than failing.
	const base = computeDueAt(t.at, step.time, ctx);
	if (!base.ok || base.value === null) return null;
	const shifted = shiftDueForPauses(base.value, pausesWithin(core, t.at, endedAt), ctx);
	return shifted.ok ? shifted.value : null;
}

/**
 * Form 05 hand-over rows, domain.md §5.5/§6.5: the k-th transfer runs the k-th procedure step
 * (its due time counted from the transfer) and ends at the next transfer or at the decision.
 */
export function buildHandovers(
	core: FoldCore,
	steps: readonly ProcedureStep[],
	mode: ClassificationMode,
	ctx: DeadlineContext
): Handover[] {
	return core.transfers.map((t, index) => {
		const endedAt = core.transfers[index + 1]?.at ?? core.decidedAt;
		const dueAt = stepDueAt(core, steps, t, index, endedAt, ctx);
		const timing = endedAt === null ? null : classifyResolution(dueAt, endedAt, mode);
		const { eventId, toUnit, at, by, deskId } = t;
		return { eventId, toUnit, at, by, deskId, step: index, dueAt, endedAt, timing };
	});
}
