/** Catalogue documents: procedures, offices and which office receives what (architecture.md §3). */
export * from './office';
export * from './procedure';
export * from './schema';
export * from './procedure-search';
