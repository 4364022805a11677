/**
 * The app's areas as the navigation names them (`nav.*`) and as the home screen describes them
 * (`areas.*`). Routes and their audiences stay with the navigation and the home screen.
 */
export const NAV_AREAS = [
	'home',
	'receive',
	'dossiers',
	'feedback',
	'reports',
	'dayEnd',
	'province',
	'admin',
	'sync',
	'settings',
	'trackingBook'
] as const;
export type NavArea = (typeof NAV_AREAS)[number];

/** The areas with a description on the home screen and at the top of their page. */
export const DESCRIBED_AREAS = [
	'receive',
	'dossiers',
	'trackingBook',
	'feedback',
	'reports',
	'sync',
	'settings',
	'province',
	'admin'
] as const satisfies readonly NavArea[];
export type DescribedArea = (typeof DESCRIBED_AREAS)[number];
