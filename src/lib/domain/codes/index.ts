/** Dossier codes and their offline allocation, domain.md §9.1. */
export * from './allocate-code';
export * from './desk-ranges';
export * from './dossier-code';
export * from './settings';
