/** The production build under test (`npm test` builds `build/`; E2E_BUILD_DIR overrides). */
export const APP_BUILD_DIR = process.env.E2E_BUILD_DIR ?? 'build';

/** The second build used to prove that a deployed update reaches the officer. */
export const NEXT_BUILD_DIR = process.env.E2E_NEXT_BUILD_DIR ?? 'build-next';
export const NEXT_VERSION = 'e2e-next';
