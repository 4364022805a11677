/**
 * The province table's columns (ADR 12), apart from the province's reading code so the first
 * screen's message catalogue words them without carrying that code.
 */
import type { OverviewFigures } from './province-overview';

/** The figures the province table shows, in its column order (`province.columns.*`). */
export const OVERVIEW_COLUMNS = [
	'carriedOver',
	'received',
	'resolved',
	'refused',
	'withdrawn',
	'stopped',
	'delivered',
	'pendingAtEnd'
] as const satisfies readonly (keyof OverviewFigures)[];
