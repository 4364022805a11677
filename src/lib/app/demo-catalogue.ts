/**
 * The demo province catalogue that ships with the app (issue 4): loaded into the desk's local
 * catalogue database when it is empty, until sync with the provincial server brings the real one.
 * Loaded on demand so it does not weigh on the first screen.
 */
import type { Office, Procedure } from '$lib/domain/model';
import type { CatalogueData, OfficeEntry } from '$lib/storage/catalogue-store';

export async function loadDemoCatalogue(): Promise<CatalogueData> {
	const [procedures, offices, officeProcedures] = await Promise.all([
		import('../../../catalogue/demo-province/procedures.json'),
		import('../../../catalogue/demo-province/offices.json'),
		import('../../../catalogue/demo-province/office-procedures.json')
	]);
	const codesOf = officeProcedures.default as Record<string, string[]>;
	const entries: OfficeEntry[] = (offices.default as unknown as Office[]).map((office) => ({
		...office,
		procedureCodes: codesOf[office.id] ?? []
	}));
	return {
		procedures: procedures.default as unknown as Procedure[],
		offices: entries,
		calendars: []
	};
}
