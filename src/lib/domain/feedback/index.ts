/** Feedback and petitions (PAKN), domain.md §4.3; ADR 29. */
export * from './code';
export * from './fold';
export * from './intake';
export * from './report';
export * from './schemas';
export * from './states';
