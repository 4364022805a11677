/** The second build used to prove that a deployed update reaches the officer. */
export const NEXT_BUILD_DIR = 'build-next';
export const NEXT_VERSION = 'e2e-next';
