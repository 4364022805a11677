/**
 * The built-in holiday calendars 2019–2027 (src/lib/domain/calendar/years) for the catalogue.
 * They are TypeScript, which Node 20 cannot load alone: Vite (a dev dependency, there whenever
 * the app is built from this repository) loads them with its module runner. Without Vite the
 * calendars are skipped and the caller says so; the desks then keep their built-in years.
 */
import { fileURLToPath } from 'node:url';

const YEARS_MODULE = fileURLToPath(
	new URL('../../src/lib/domain/calendar/years/index.ts', import.meta.url)
);

/** @returns {Promise<{ ok: true; years: unknown[] } | { ok: false; reason: string }>} */
export async function loadBuiltInCalendars() {
	let vite;
	try {
		vite = await import('vite');
	} catch {
		return { ok: false, reason: 'Vite is not installed (npm ci installs it)' };
	}
	try {
		const { module } = await vite.runnerImport(YEARS_MODULE, {
			configFile: false,
			logLevel: 'silent'
		});
		const years = /** @type {{ BUILT_IN_YEARS?: unknown }} */ (module).BUILT_IN_YEARS;
		if (!Array.isArray(years)) return { ok: false, reason: 'no BUILT_IN_YEARS in the module' };
		// Plain JSON values, as the catalogue stores them (CatalogueStore.calendars parses them).
		return { ok: true, years: JSON.parse(JSON.stringify(years)) };
	} catch (error) {
		return { ok: false, reason: error instanceof Error ? error.message : String(error) };
	}
}
