/**
 * What the generator needs of the province's catalogue, read from the server's `motcua_catalogue`
 * as a desk reads it (src/lib/storage/catalogue-store.ts): the office, its procedures, and the
 * deadline context the app builds from them (src/lib/app/workspace.ts `openWorkspace`).
 */
import {
	BUILT_IN_YEARS,
	buildWorkingCalendar,
	DEFAULT_CALENDAR_SETTINGS,
	DEFAULT_OFFICE_HOURS,
	parseCalendarYear,
	type CalendarYear,
	type DeadlineContext
} from '$lib/domain/calendar';
import type { Office, Procedure } from '$lib/domain/model';
import type { CouchClient } from '../../server/provision/couch-client.js';

export type OfficeEntry = Office & { readonly procedureCodes: readonly string[] };

export interface OfficeCatalogue {
	readonly office: OfficeEntry;
	/** The office's procedures, in the order of its catalogue entry. */
	readonly procedures: readonly Procedure[];
	readonly ctx: DeadlineContext;
}

type Row = { doc?: Record<string, unknown> & { _id: string } };

function strip<T>(doc: Record<string, unknown>): T {
	const { _id, _rev, type, ...rest } = doc;
	void [_id, _rev, type];
	return rest as T;
}

/** Catalogue calendars win over the built-in years of the same year, as on a desk. */
function calendarYears(docs: readonly Record<string, unknown>[]): CalendarYear[] {
	const byYear = new Map<number, CalendarYear>(BUILT_IN_YEARS.map((y) => [y.year, y]));
	for (const doc of docs) {
		const parsed = parseCalendarYear(strip(doc));
		if (parsed.ok) byYear.set(parsed.value.year, parsed.value);
	}
	return [...byYear.values()].sort((a, b) => a.year - b.year);
}

/** The catalogue documents of the server (any reader of the catalogue database). */
export async function readCatalogue(
	couch: CouchClient,
	officeId: string,
	db = 'motcua_catalogue'
): Promise<OfficeCatalogue> {
	const all = await couch.json<{ rows: Row[] }>(
		'GET',
		`/${encodeURIComponent(db)}/_all_docs?include_docs=true`
	);
	const docs = all.rows.flatMap((r) => (r.doc ? [r.doc] : []));
	const ofType = (type: string) => docs.filter((d) => d.type === type);
	const office = ofType('office')
		.map((d) => strip<OfficeEntry>(d))
		.find((o) => o.id === officeId);
	if (office === undefined) throw new Error(`office ${officeId} is not in the catalogue ${db}`);
	const byCode = new Map(ofType('procedure').map((d) => [d.code as string, strip<Procedure>(d)]));
	const procedures = office.procedureCodes.flatMap((code) => {
		const p = byCode.get(code);
		return p ? [p] : [];
	});
	if (procedures.length === 0) throw new Error(`office ${officeId} has no procedure in ${db}`);
	const ctx: DeadlineContext = {
		calendar: buildWorkingCalendar(calendarYears(ofType('calendar'))),
		hours: office.hours.periods.length > 0 ? office.hours : DEFAULT_OFFICE_HOURS,
		settings: DEFAULT_CALENDAR_SETTINGS
	};
	return { office, procedures, ctx };
}
