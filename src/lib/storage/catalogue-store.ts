/**
 * The catalogue database (architecture.md §3): procedures, offices and annual calendars that
 * desks only read. Until sync exists the bundled demo catalogue is written into it once.
 */
import { parseCalendarYear, type CalendarYear } from '$lib/domain/calendar';
import type { CatalogueProcedure } from '$lib/domain/catalogue';
import type { Office, Procedure } from '$lib/domain/model';
import type { Db } from './pouch';

export type OfficeEntry = Office & { readonly procedureCodes: readonly string[] };

export interface CatalogueData {
	readonly procedures: readonly Procedure[];
	readonly offices: readonly OfficeEntry[];
	readonly calendars: readonly CalendarYear[];
}

type Typed<T, K extends string> = T & { readonly _id: string; readonly type: K };

export class CatalogueStore {
	constructor(readonly db: Db) {}

	/** Writes the catalogue's documents that are missing; existing ones are left as they are. */
	async seed(data: CatalogueData): Promise<number> {
		const docs = [
			...data.procedures.map((p) => ({ ...p, _id: `procedure:${p.code}`, type: 'procedure' })),
			...data.offices.map((o) => ({ ...o, _id: `office:${o.id}`, type: 'office' })),
			...data.calendars.map((c) => ({ ...c, _id: `calendar:${c.year}`, type: 'calendar' }))
		];
		const results = await this.db.bulkDocs(docs);
		return results.filter((r) => 'ok' in r && r.ok).length;
	}

	async isEmpty(): Promise<boolean> {
		const info = await this.db.info();
		return info.doc_count === 0;
	}

	async #ofType<T>(prefix: string): Promise<T[]> {
		const result = await this.db.allDocs({
			startkey: prefix,
			endkey: `${prefix}\ufff0`,
			include_docs: true
		});
		return result.rows.flatMap((row) => (row.doc ? [row.doc as unknown as T] : []));
	}

	async procedures(): Promise<CatalogueProcedure[]> {
		const docs = await this.#ofType<Typed<CatalogueProcedure, 'procedure'>>('procedure:');
		return docs.map(({ _id, type, ...p }) => (void [_id, type], p));
	}

	async offices(): Promise<OfficeEntry[]> {
		const docs = await this.#ofType<Typed<OfficeEntry, 'office'>>('office:');
		return docs.map(({ _id, type, ...o }) => (void [_id, type], o as OfficeEntry));
	}

	/** The officer directory (ADR 34): each account's name, office and whether it is disabled. */
	async officers(): Promise<{ userName: string; fullName: string; officeId: string | null }[]> {
		const docs = await this.#ofType<Record<string, unknown>>('officer:');
		return docs.flatMap((d) =>
			typeof d.userName === 'string' && typeof d.fullName === 'string'
				? [
						{
							userName: d.userName,
							fullName: d.fullName,
							officeId: typeof d.officeId === 'string' ? d.officeId : null
						}
					]
				: []
		);
	}

	/** Calendar years that parse; a malformed one is left out (and reported by the caller). */
	async calendars(): Promise<{ years: CalendarYear[]; invalid: string[] }> {
		const docs = await this.#ofType<Record<string, unknown>>('calendar:');
		const years: CalendarYear[] = [];
		const invalid: string[] = [];
		for (const { _id, _rev, type, ...rest } of docs) {
			void [_rev, type];
			const parsed = parseCalendarYear(rest);
			if (parsed.ok) years.push(parsed.value);
			else invalid.push(String(_id));
		}
		return { years, invalid };
	}
}
