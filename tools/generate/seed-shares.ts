/**
 * The seed's published one-stop results (Lạng Sơn provincial centre, 10 months of 2020; the
 * figures of src/lib/domain/report/seed-report-2020.json, domain.md §14), as the shares the
 * generator reproduces. Open, withdrawn and stopped shares are the generator's choices: the seed
 * does not split its 1,012 unresolved dossiers.
 */
export const SEED_SHARES = {
	/** Early / on time / late as shares of resolved dossiers with a due date (36.08 / 63.78 / 0.14 %). */
	resolution: { early: 16_787 / 46_528, onTime: 29_674 / 46_528, late: 67 / 46_528 },
	/** Ratings per resolved dossier (8,452 of 46,528 = 18.17 %). */
	ratedPerResolved: 8_452 / 46_528,
	/** Rating levels as shares of ratings (95.60 / 4.39 / 0.01 %). */
	ratings: { verySatisfied: 8_080 / 8_452, satisfied: 371 / 8_452, unsatisfied: 1 / 8_452 },
	/** Dossiers still open at the end of the period: about 1,120 of 47,540. */
	open: 1_120 / 47_540,
	withdrawn: 0.0025,
	stopped: 0.0015,
	/** Refusals after appraisal, among resolved dossiers. */
	refused: 0.01
} as const;
