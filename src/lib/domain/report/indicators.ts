/**
 * Shares and scores computed from report columns: early/on-time/late as shares of RESOLVED
 * (domain.md §7, §14), ratings as shares of ratings (§10), online share and the QĐ 766 score (§8.4).
 */
import type { Rating } from '../model';
import type { ReportColumns } from './columns';
import { percentOf, scoreOf } from './percent';

export interface RatingCounts {
	verySatisfied: number;
	satisfied: number;
	unsatisfied: number;
	total: number;
}

export const RATING_COLUMN = {
	'very-satisfied': 'verySatisfied',
	satisfied: 'satisfied',
	unsatisfied: 'unsatisfied'
} as const satisfies Record<Rating, keyof RatingCounts>;

/** Rating counts of domain.md §10 at zero. */
export function emptyRatings(): RatingCounts {
	return { verySatisfied: 0, satisfied: 0, unsatisfied: 0, total: 0 };
}

/** Percentages, 2 decimals half-up; null when there is nothing to divide by. */
export interface ResolutionShares {
	readonly early: number | null;
	readonly onTime: number | null;
	readonly late: number | null;
}

export interface RatingShares {
	readonly verySatisfied: number | null;
	readonly satisfied: number | null;
	readonly unsatisfied: number | null;
}

/** Early / on time / late as shares of resolved dossiers, domain.md §7 and §14. */
export function resolutionShares(c: ReportColumns): ResolutionShares {
	return {
		early: percentOf(c.resolvedEarly, c.resolved),
		onTime: percentOf(c.resolvedOnTime, c.resolved),
		late: percentOf(c.resolvedLate, c.resolved)
	};
}

/** Rating levels as shares of the ratings given, domain.md §10. */
export function ratingShares(r: RatingCounts): RatingShares {
	return {
		verySatisfied: percentOf(r.verySatisfied, r.total),
		satisfied: percentOf(r.satisfied, r.total),
		unsatisfied: percentOf(r.unsatisfied, r.total)
	};
}

/** Online intake as a share of new intake, domain.md §8.4. */
export function onlineShare(c: ReportColumns): number | null {
	return percentOf(c.newOnline, c.newTotal);
}

/**
 * QĐ 766 "tiến độ giải quyết" score out of 20, domain.md §8.4: (pending in time + resolved early
 * or on time, returned included) / received × 20. "Received" is read as the national column 3
 * (new + carried over = `totalToHandle`) [A]. Returned is not added twice when the local
 * convention already counts it inside on time.
 */
export function progressScore(c: ReportColumns, returnedInsideOnTime = false): number | null {
	const returned = returnedInsideOnTime ? 0 : c.returned;
	return scoreOf(
		c.pendingInTime + c.resolvedEarly + c.resolvedOnTime + returned,
		c.totalToHandle,
		20
	);
}
