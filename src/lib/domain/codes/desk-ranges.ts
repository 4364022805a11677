/**
 * Disjoint parts of an office's daily sequence, one per registered desk, so desks allocate
 * dossier codes offline without collisions (domain.md §9.1, option (a); architecture.md §5).
 *
 * A plan must only change from one day to the next: a desk that gets a new range in the middle
 * of a day could reuse numbers another desk already issued that day under the old plan.
 */
import type { Desk } from '../model';
import { DEFAULT_DOSSIER_CODE_SETTINGS } from './settings';

/** Inclusive range of daily sequence numbers, as stored on a `Desk`. */
export type SequenceRange = Desk['sequenceRange'];

export interface PlannedRange extends SequenceRange {
	readonly index: number;
	/** The desk id when the plan was made from ids, otherwise null. */
	readonly deskId: string | null;
}

export type RangePlanError = 'too-many-desks';

export type RangeCheckError = 'range-invalid' | 'range-out-of-capacity' | 'ranges-overlap';

const DEFAULT_CAPACITY = DEFAULT_DOSSIER_CODE_SETTINGS.dailyCapacity;

function requireCount(name: string, n: number): void {
	if (!Number.isSafeInteger(n) || n < 1) throw new RangeError(`${name} must be ≥ 1: ${n}`);
}

/**
 * The range of desk `index` (0-based) when the sequence 1…capacity is split among `deskCount`
 * desks in equal contiguous blocks, the first desks taking one extra number each when it does
 * not divide evenly (domain.md §9.1 [A]).
 */
export function rangeForDesk(
	index: number,
	deskCount: number,
	capacity: number = DEFAULT_CAPACITY
):
	| { readonly ok: true; readonly range: SequenceRange }
	| { readonly ok: false; readonly error: RangePlanError } {
	requireCount('deskCount', deskCount);
	requireCount('capacity', capacity);
	if (!Number.isSafeInteger(index) || index < 0 || index >= deskCount) {
		throw new RangeError(`Desk index ${index} outside 0…${deskCount - 1}`);
	}
	if (deskCount > capacity) return { ok: false, error: 'too-many-desks' };
	const size = Math.floor(capacity / deskCount);
	const extra = capacity % deskCount;
	const first = 1 + index * size + Math.min(index, extra);
	const last = first + size - 1 + (index < extra ? 1 : 0);
	return { ok: true, range: { first, last } };
}

/**
 * Splits the office's daily sequence among its desks, given their number or their ids in
 * registration order (domain.md §9.1 [A]). Duplicate ids are a bug and throw.
 */
export function planDeskRanges(
	desks: number | readonly string[],
	capacity: number = DEFAULT_CAPACITY
):
	| { readonly ok: true; readonly ranges: readonly PlannedRange[] }
	| { readonly ok: false; readonly error: RangePlanError } {
	const ids = typeof desks === 'number' ? null : desks;
	const count = ids === null ? (desks as number) : ids.length;
	if (ids !== null && new Set(ids).size !== ids.length) throw new RangeError('Duplicate desk id');
	requireCount('deskCount', count);
	const ranges: PlannedRange[] = [];
	for (let index = 0; index < count; index++) {
		const r = rangeForDesk(index, count, capacity);
		if (!r.ok) return r;
		ranges.push({ ...r.range, index, deskId: ids === null ? null : (ids[index] ?? null) });
	}
	return { ok: true, ranges };
}

/**
 * Checks ranges configured by hand (e.g. in the catalogue): each inside 1…capacity and no two
 * overlapping, domain.md §9.1.
 */
export function checkDeskRanges(
	ranges: readonly SequenceRange[],
	capacity: number = DEFAULT_CAPACITY
): { readonly ok: true } | { readonly ok: false; readonly error: RangeCheckError } {
	for (const r of ranges) {
		if (!Number.isSafeInteger(r.first) || !Number.isSafeInteger(r.last) || r.first > r.last) {
			return { ok: false, error: 'range-invalid' };
		}
		if (r.first < 1 || r.last > capacity) return { ok: false, error: 'range-out-of-capacity' };
	}
	const sorted = [...ranges].sort((a, b) => a.first - b.first);
	for (let i = 1; i < sorted.length; i++) {
		if ((sorted[i] as SequenceRange).first <= (sorted[i - 1] as SequenceRange).last) {
			return { ok: false, error: 'ranges-overlap' };
		}
	}
	return { ok: true };
}
