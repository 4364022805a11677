/**
 * What the import of a tracking book can find wrong (ADR 28), apart from the import itself so the
 * first screen's message catalogue words the codes without carrying the importer.
 */
/** What can be wrong with a file or a cell (`import.problems.*`). */
export const IMPORT_PROBLEMS = [
	'missing-column',
	'empty-file',
	'required',
	'bad-code',
	'duplicate-code',
	'unknown-procedure',
	'bad-date',
	'in-future',
	'due-before-receipt',
	'before-receipt',
	'before-transfer',
	'return-without-result',
	'before-result',
	'bad-channel',
	'bad-number',
	'bad-outcome',
	'outcome-without-result',
	'bad-rating',
	'rating-without-result',
	'reason-required'
] as const;
export type ImportProblem = (typeof IMPORT_PROBLEMS)[number];
