/**
 * Province administration of the catalogue (issue 12, ADR 34): procedures and the offices that
 * receive them, holiday calendars, and the audit trail of every change. Each change is checked
 * by the domain first, written with the administrator's session as the next version of its
 * document, signed (`changedBy`, `changedAt`), then recorded in the audit trail. Desks pick the
 * change up at their next sync; a dossier keeps the procedure version it was received under.
 */
import {
	BUILT_IN_YEARS,
	parseCalendarYear,
	proposeProvisionalYear,
	type CalendarYear
} from '$lib/domain/calendar';
import {
	changedProcedureFields,
	procedureOfDraft,
	type DraftErrors,
	type ProcedureDraft
} from '$lib/domain/catalogue/procedure-draft';
import type { CatalogueProcedure } from '$lib/domain/catalogue';
import type { Office } from '$lib/domain/model';
import {
	CatalogueAdminHttp,
	type StoredDoc,
	type WriteError,
	type WriteResult
} from '$lib/sync/catalogue-admin';
import { FAILURE_CODES, type CouchHttpOptions } from '$lib/sync/couch-http';

export type AdminOfficeEntry = Office & { readonly procedureCodes: readonly string[] };

/** Who last changed a catalogue document, and when (absent on provisioned documents). */
interface Signed {
	readonly rev: string;
	readonly changedBy: string | null;
	readonly changedAt: string | null;
}
export type AdminProcedure = Signed & { readonly procedure: CatalogueProcedure };
export type AdminOffice = Signed & { readonly office: AdminOfficeEntry };
export type AdminCalendar = Signed & { readonly calendar: CalendarYear };

export type AuditAction = (typeof AUDIT_ACTIONS)[number];
export interface AuditEntry {
	readonly at: string;
	readonly by: string;
	readonly action: AuditAction;
	/** The document changed: `procedure:<code>`, `office:<id>`, `calendar:<year>`, `user:<name>`. */
	readonly target: string;
	readonly fields: readonly string[];
	/** A short human description (the procedure's name, the year…). */
	readonly label?: string;
}

export type SaveError =
	| { readonly error: 'invalid'; readonly errors: DraftErrors }
	| { readonly error: 'duplicate-code' }
	| { readonly error: 'unchanged' }
	| WriteError;

export type SaveResult =
	| {
			readonly ok: true;
			/** Offices whose list of procedures could not be updated (written again on retry). */
			readonly officesFailed: readonly string[];
			/** The change is saved but its audit entry could not be written. */
			readonly auditMissing: boolean;
	  }
	| ({ readonly ok: false } & SaveError);

const SIGNATURE_FIELDS = ['_id', '_rev', 'type', 'changedBy', 'changedAt'] as const;

function content<T extends object>(doc: StoredDoc<T>): T {
	const copy: Record<string, unknown> = { ...doc };
	for (const field of SIGNATURE_FIELDS) delete copy[field];
	return copy as T;
}

function signedOf(doc: StoredDoc<object>): Signed {
	const d = doc as unknown as Record<string, unknown>;
	return {
		rev: doc._rev,
		changedBy: typeof d.changedBy === 'string' ? d.changedBy : null,
		changedAt: typeof d.changedAt === 'string' ? d.changedAt : null
	};
}

const byName = (a: AdminProcedure, b: AdminProcedure): number =>
	a.procedure.name.localeCompare(b.procedure.name, 'vi');

export class CatalogueAdmin {
	readonly #http: CatalogueAdminHttp;

	/**
	 * `catalogueUrl`: `<origin>/db/motcua_catalogue`. The browser sends the administrator's
	 * session cookie; tests pass a Basic header in `http`.
	 */
	constructor(
		catalogueUrl: string,
		readonly userName: string,
		private readonly now: () => number = () => Date.now(),
		http: CouchHttpOptions = {}
	) {
		this.#http = new CatalogueAdminHttp(catalogueUrl, http);
	}

	async procedures(): Promise<AdminProcedure[]> {
		const docs = await this.#http.list<CatalogueProcedure>('procedure:');
		return docs.map((doc) => ({ ...signedOf(doc), procedure: content(doc) })).sort(byName);
	}

	async offices(): Promise<AdminOffice[]> {
		const docs = await this.#http.list<AdminOfficeEntry>('office:');
		return docs
			.map((doc) => ({ ...signedOf(doc), office: content(doc) }))
			.sort((a, b) => a.office.name.localeCompare(b.office.name, 'vi'));
	}

	async calendars(): Promise<AdminCalendar[]> {
		const docs = await this.#http.list<CalendarYear>('calendar:');
		return docs.flatMap((doc) => {
			const parsed = parseCalendarYear(content(doc));
			return parsed.ok ? [{ ...signedOf(doc), calendar: parsed.value }] : [];
		});
	}

	/** The newest entries of the audit trail first. */
	async audit(limit = 300): Promise<AuditEntry[]> {
		const docs = await this.#http.list<AuditEntry>('audit:', { descending: true, limit });
		return docs.map((doc) => content(doc));
	}

	/**
	 * Creates a procedure (`original` null) or makes the next version of one, then sets which
	 * offices receive it. A new code that already exists is refused; a version changed by
	 * somebody else since it was read is a conflict, and nothing is written.
	 */
	async saveProcedure(
		draft: ProcedureDraft,
		original: AdminProcedure | null,
		receivingOffices: ReadonlySet<string>,
		offices: readonly AdminOffice[]
	): Promise<SaveResult> {
		const version = original === null ? 1 : original.procedure.version + 1;
		const built = procedureOfDraft(draft, version);
		if (!built.ok) return { ok: false, error: 'invalid', errors: built.errors };
		const extra = {
			...(original?.procedure.codeVerified === undefined
				? {}
				: { codeVerified: original.procedure.codeVerified }),
			...(original?.procedure.retired ? { retired: true } : {})
		};
		const procedure: CatalogueProcedure = { ...built.value, ...extra };
		if (original !== null && procedure.code !== original.procedure.code) {
			return { ok: false, error: 'invalid', errors: { code: 'required' } };
		}
		const fields = changedProcedureFields(original?.procedure ?? null, procedure);
		const officeChanges = offices.filter(
			(o) => o.office.procedureCodes.includes(procedure.code) !== receivingOffices.has(o.office.id)
		);
		if (original !== null && fields.length === 0 && officeChanges.length === 0) {
			return { ok: false, error: 'unchanged' };
		}
		let auditMissing = false;
		if (original === null || fields.length > 0) {
			const written = await this.#put(
				`procedure:${procedure.code}`,
				'procedure',
				procedure,
				original?.rev
			);
			if (!written.ok) {
				if (written.error === 'conflict' && original === null)
					return { ok: false, error: 'duplicate-code' };
				return written;
			}
			auditMissing = !(await this.#audit(
				original === null ? 'create' : 'update',
				`procedure:${procedure.code}`,
				fields,
				procedure.name
			));
		}
		const officesFailed: string[] = [];
		for (const entry of officeChanges) {
			const codes = receivingOffices.has(entry.office.id)
				? [...entry.office.procedureCodes, procedure.code]
				: entry.office.procedureCodes.filter((c) => c !== procedure.code);
			const written = await this.#put(
				`office:${entry.office.id}`,
				'office',
				{ ...entry.office, procedureCodes: codes },
				entry.rev
			);
			if (!written.ok) officesFailed.push(entry.office.id);
			else
				auditMissing =
					!(await this.#audit(
						'update',
						`office:${entry.office.id}`,
						['procedureCodes'],
						entry.office.name
					)) || auditMissing;
		}
		return { ok: true, officesFailed, auditMissing };
	}

	/** Retires a procedure (no new dossier; old ones keep their snapshot) or brings it back. */
	async setRetired(entry: AdminProcedure, retired: boolean): Promise<SaveResult> {
		if (Boolean(entry.procedure.retired) === retired) return { ok: false, error: 'unchanged' };
		const { retired: _was, ...rest } = entry.procedure;
		void _was;
		const procedure = {
			...rest,
			version: entry.procedure.version + 1,
			...(retired ? { retired: true } : {})
		};
		const written = await this.#put(
			`procedure:${procedure.code}`,
			'procedure',
			procedure,
			entry.rev
		);
		if (!written.ok) return written;
		const audited = await this.#audit(
			retired ? 'retire' : 'restore',
			`procedure:${procedure.code}`,
			['retired'],
			procedure.name
		);
		return { ok: true, officesFailed: [], auditMissing: !audited };
	}

	/**
	 * The year an administrator starts from when the catalogue has none: the app's built-in data
	 * for it, or a provisional proposal from the rules and the lunar calendar.
	 */
	startingYear(year: number): CalendarYear | null {
		const builtIn = BUILT_IN_YEARS.find((y) => y.year === year);
		if (builtIn !== undefined) return builtIn;
		const proposed = proposeProvisionalYear(year);
		return proposed.ok ? proposed.value : null;
	}

	/** Writes a year (new, or the next revision of the one read), with the fields it changed. */
	async saveCalendar(
		calendar: CalendarYear,
		original: AdminCalendar | null,
		fields: readonly string[]
	): Promise<SaveResult> {
		const parsed = parseCalendarYear(JSON.parse(JSON.stringify(calendar)));
		if (!parsed.ok) return { ok: false, error: 'invalid', errors: { calendar: 'invalid' } };
		if (original !== null && JSON.stringify(original.calendar) === JSON.stringify(parsed.value)) {
			return { ok: false, error: 'unchanged' };
		}
		const written = await this.#put(
			`calendar:${calendar.year}`,
			'calendar',
			parsed.value,
			original?.rev
		);
		if (!written.ok) return written;
		const audited = await this.#audit(
			original === null ? 'create' : 'update',
			`calendar:${calendar.year}`,
			fields,
			String(calendar.year)
		);
		return { ok: true, officesFailed: [], auditMissing: !audited };
	}

	async #put(
		id: string,
		type: string,
		body: object,
		rev: string | undefined
	): Promise<WriteResult> {
		const written = await this.#http.put({
			...body,
			_id: id,
			...(rev === undefined ? {} : { _rev: rev }),
			type,
			changedBy: this.userName,
			changedAt: new Date(this.now()).toISOString()
		});
		// A server that validates before it compares revisions (the embedded one) says the version
		// is not the next one where CouchDB says conflict: somebody saved a version meanwhile.
		const stale =
			!written.ok && written.error === 'refused' && written.reason === 'version-not-next';
		return stale ? { ok: false, error: 'conflict' } : written;
	}

	/** One audit entry; tried three times, since the change it records is already saved. */
	async #audit(
		action: AuditAction,
		target: string,
		fields: readonly string[],
		label: string
	): Promise<boolean> {
		const at = new Date(this.now()).toISOString();
		const entry: AuditEntry = { at, by: this.userName, action, target, fields, label };
		const suffix = Math.random().toString(36).slice(2, 8);
		for (let attempt = 0; attempt < 3; attempt += 1) {
			const written = await this.#http.put({
				_id: `audit:${at}:${this.userName}:${suffix}`,
				type: 'audit',
				...entry
			});
			if (written.ok) return true;
			if (written.error === 'refused') return false;
		}
		return false;
	}
}

/** Why a page could not read or write (`admin.failure.*`). */
export const ADMIN_FAILURES = [
	...FAILURE_CODES,
	'not-found',
	'conflict',
	'refused',
	'duplicate-code',
	'unchanged',
	'invalid'
] as const;
export type AdminFailure = (typeof ADMIN_FAILURES)[number];

export const AUDIT_ACTIONS = ['create', 'update', 'retire', 'restore'] as const;
/** What an audit entry names: `<kind>:<id>`. */
export const AUDIT_TARGETS = ['procedure', 'office', 'calendar', 'user'] as const;
/** Every field an audit entry may list (`admin.audit.field.*`). */
export const AUDIT_FIELDS = [
	'code',
	'name',
	'sector',
	'level',
	'time',
	'components',
	'feeVnd',
	'feeNote',
	'processingUnit',
	'steps',
	'legalBasis',
	'retired',
	'procedureCodes',
	'entries',
	'bases',
	'status'
] as const;
