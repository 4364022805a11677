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
import {
	OFFICER_FUNCTIONS,
	accountOfDraft,
	couchRolesFor,
	type AccountDraft,
	type AccountError,
	type OfficerAccount
} from '$lib/domain/officers/account';
import type { Office } from '$lib/domain/model';
import {
	officeOfDraft,
	type OfficeDraft,
	type OfficeError,
	type RegisteredRange
} from '$lib/domain/catalogue/office-draft';
import { officeDbName } from '$lib/storage/pouch';
import { readDeskReports, type DeskReport } from '$lib/sync/desk-reports';
import { deskRetirements, registeredDesks, type DeskRetirementDoc } from '$lib/sync/desk-registry';
import { slotAndGenerationOf } from './desk-setup';
import { AdminHttp, type StoredDoc, type WriteError, type WriteResult } from '$lib/sync/admin-http';
import { CouchHttp, SyncFailure, type CouchHttpOptions } from '$lib/sync/couch-http';

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

import type { AuditAction } from './admin-codes';
export type { AuditAction } from './admin-codes';

/** A laptop registered as a desk of an office, what it last reported and whether it is retired. */
export interface AdminDesk {
	readonly deskId: string;
	readonly name: string;
	readonly slot: number;
	readonly generation: number;
	readonly range: { readonly first: number; readonly last: number };
	readonly registeredBy: string;
	readonly registeredAt: string;
	readonly report: DeskReport | null;
	readonly retirement: DeskRetirementDoc | null;
}

/** An account as the officer directory records it, with the record's revision. */
export interface AdminAccount {
	readonly rev: string;
	readonly account: OfficerAccount;
}
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
	| { readonly error: 'invalid-account'; readonly errors: Readonly<Record<string, AccountError>> }
	| { readonly error: 'duplicate-code' }
	| { readonly error: 'duplicate-user' }
	| {
			readonly error: 'invalid-office';
			readonly errors: Readonly<Record<string, OfficeError>>;
			readonly overlapping: readonly RegisteredRange[];
	  }
	| { readonly error: 'unsent-unconfirmed' }
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

const USER_PREFIX = 'org.couchdb.user:';
/** The fields of an office an administrator changes (its procedures change with them). */
const OFFICE_FIELDS = [
	'name',
	'parentName',
	'agencyCode',
	'adminUnitCode',
	'address',
	'place',
	'hours',
	'deskSlots',
	'keepClosedDays',
	'lockMinutes'
] as const;

export class CatalogueAdmin {
	readonly #http: AdminHttp;
	readonly #users: AdminHttp;
	readonly #serverUrl: string;
	readonly #httpOptions: CouchHttpOptions;

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
		this.#http = new AdminHttp(catalogueUrl, http);
		this.#httpOptions = http;
		// `_users` and the offices' databases sit beside the catalogue on the same server.
		this.#serverUrl = catalogueUrl.replace(/\/[^/]+\/?$/, '');
		this.#users = new AdminHttp(`${this.#serverUrl}/_users`, http);
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

	/** The server's database URL of an office, beside the catalogue. */
	#officeHttp(officeId: string): CouchHttp {
		return new CouchHttp(`${this.#serverUrl}/${officeDbName(officeId)}`, this.#httpOptions);
	}

	/** The laptops registered as desks of an office (read from its database; needs the server). */
	async officeDesks(officeId: string): Promise<AdminDesk[]> {
		const http = this.#officeHttp(officeId);
		const [desks, retired] = await Promise.all([registeredDesks(http), deskRetirements(http)]);
		const reports = await readDeskReports(
			http,
			desks.map((d) => d.id)
		);
		return desks
			.map((d) => {
				const place = slotAndGenerationOf(officeId, d.id) ?? { slot: 0, generation: 1 };
				return {
					deskId: d.id,
					name: d.name,
					slot: place.slot,
					generation: place.generation,
					range: d.sequenceRange,
					registeredBy: d.registeredBy,
					registeredAt: d.registeredAt,
					report: reports.get(d.id) ?? null,
					retirement: retired.get(d.id) ?? null
				};
			})
			.sort((a, b) => a.slot - b.slot || a.generation - b.generation);
	}

	/**
	 * Saves an office's entry (its list of procedures kept). A new number of desk slots that would
	 * give a free slot numbers a registered desk owns is refused, with the desks it would hit.
	 */
	async saveOffice(
		draft: OfficeDraft,
		entry: AdminOffice,
		desks: readonly AdminDesk[]
	): Promise<SaveResult> {
		const registered = desks.map((d) => ({ deskId: d.deskId, slot: d.slot, range: d.range }));
		const built = officeOfDraft(draft, entry.office, registered);
		if (!built.ok) {
			return {
				ok: false,
				error: 'invalid-office',
				errors: built.errors,
				overlapping: built.overlapping ?? []
			};
		}
		const office = { ...built.value, procedureCodes: entry.office.procedureCodes };
		const fields = OFFICE_FIELDS.filter(
			(f) => JSON.stringify(entry.office[f]) !== JSON.stringify(office[f])
		);
		if (fields.length === 0) return { ok: false, error: 'unchanged' };
		const written = await this.#put(`office:${office.id}`, 'office', office, entry.rev);
		if (!written.ok) return written;
		const audited = await this.#audit('update', `office:${office.id}`, fields, office.name);
		return { ok: true, officesFailed: [], auditMissing: !audited };
	}

	/**
	 * Retires a laptop from its desk (ADR 34). `free`: a new laptop may take the slot and goes on
	 * numbering after the codes the server holds; allowed when the laptop's last report said it
	 * had sent everything, or when the administrator confirms what it had not sent is lost.
	 * `never`: the slot and its numbers are never given again.
	 */
	async retireDesk(
		officeId: string,
		desk: AdminDesk,
		release: 'free' | 'never',
		lossConfirmed: boolean
	): Promise<SaveResult> {
		const unsent = desk.report?.unsent ?? null;
		if (release === 'free' && unsent !== 0 && !lossConfirmed) {
			return { ok: false, error: 'unsent-unconfirmed' };
		}
		const at = new Date(this.now()).toISOString();
		const written = await this.#officeWrite(officeId, {
			_id: `retirement:${desk.deskId}`,
			type: 'desk-retirement',
			deskId: desk.deskId,
			officeId,
			release,
			unsentAtLastSync: unsent,
			lastSyncAt: desk.report?.lastSyncAt ?? null,
			by: this.userName,
			at,
			schemaVersion: 1
		});
		if (!written.ok) return written;
		const audited = await this.#audit(
			'retire',
			`desk:${desk.deskId}`,
			[`release-${release}`],
			desk.name
		);
		return { ok: true, officesFailed: [], auditMissing: !audited };
	}

	async #officeWrite(
		officeId: string,
		doc: { readonly _id: string; readonly [field: string]: unknown }
	): Promise<WriteResult> {
		const http = new AdminHttp(`${this.#serverUrl}/${officeDbName(officeId)}`, this.#httpOptions);
		const written = await http.put(doc);
		return !written.ok && written.error === 'conflict'
			? { ok: false, error: 'refused', reason: 'immutable' }
			: written;
	}

	/**
	 * Every officer's account as the officer directory lists it (ADR 34): provisioning and these
	 * pages write a record for each account they make. (`_users` itself is not listed: the
	 * embedded demo server cannot list it for a database administrator.)
	 */
	async accounts(): Promise<AdminAccount[]> {
		const docs = await this.#http.list<Record<string, unknown>>('officer:');
		return docs
			.filter((doc) => typeof doc.userName === 'string')
			.map((doc) => {
				const functions = Array.isArray(doc.functions) ? (doc.functions as unknown[]) : [];
				const userName = String(doc.userName);
				return {
					rev: doc._rev,
					account: {
						userName,
						fullName: typeof doc.fullName === 'string' ? doc.fullName : userName,
						officeId: typeof doc.officeId === 'string' ? doc.officeId : null,
						functions: OFFICER_FUNCTIONS.filter((fn) => functions.includes(fn)),
						disabled: doc.disabled === true
					}
				};
			})
			.sort((x, y) => x.account.userName.localeCompare(y.account.userName));
	}

	/**
	 * Creates an account (`original` null) with its first password, or changes one's name, office
	 * and functions (and its password when one is typed). The officer directory of the catalogue
	 * follows, so every desk shows the right name; the audit trail records it (never the password).
	 */
	async saveAccount(draft: AccountDraft, original: AdminAccount | null): Promise<SaveResult> {
		const checked = accountOfDraft(draft, original === null);
		if (!checked.ok) return { ok: false, error: 'invalid-account', errors: checked.errors };
		const account =
			original === null
				? checked.value
				: {
						...checked.value,
						userName: original.account.userName,
						disabled: original.account.disabled
					};
		const fields = accountChanges(original?.account ?? null, account, checked.password !== null);
		if (original !== null && fields.length === 0) return { ok: false, error: 'unchanged' };
		const written = await this.#writeAccount(account, original !== null, checked.password);
		if (!written.ok) {
			return written.error === 'conflict' && original === null
				? { ok: false, error: 'duplicate-user' }
				: written;
		}
		return this.#afterAccount(account, original === null ? 'create' : 'update', fields);
	}

	/** A disabled account keeps its record and loses every role: it opens nothing any more. */
	async setDisabled(entry: AdminAccount, disabled: boolean): Promise<SaveResult> {
		if (entry.account.disabled === disabled) return { ok: false, error: 'unchanged' };
		const account = { ...entry.account, disabled };
		const written = await this.#writeAccount(account, true, null);
		if (!written.ok) return written;
		return this.#afterAccount(account, disabled ? 'retire' : 'restore', ['disabled']);
	}

	/** Writes the `_users` document: a new one, or the stored one changed (its hash kept). */
	async #writeAccount(
		account: OfficerAccount,
		exists: boolean,
		password: string | null
	): Promise<WriteResult> {
		const id = `${USER_PREFIX}${account.userName}`;
		let stored: Record<string, unknown> = {};
		if (exists) {
			try {
				const found = await this.#users.get<Record<string, unknown>>(id);
				if (found === null) return { ok: false, error: 'refused', reason: 'no-account' };
				stored = found;
			} catch (error) {
				if (error instanceof SyncFailure) return { ok: false, error: error.code };
				throw error;
			}
		}
		const enabledRoles = couchRolesFor({ ...account, disabled: false });
		const base: Record<string, unknown> = { ...stored };
		delete base.motcuaRoles;
		delete base.motcuaDisabled;
		return this.#users.put({
			...base,
			_id: id,
			name: account.userName,
			type: 'user',
			roles: account.disabled ? [] : enabledRoles,
			fullName: account.fullName,
			officeId: account.officeId,
			...(account.disabled ? { motcuaDisabled: true, motcuaRoles: enabledRoles } : {}),
			...(password === null ? {} : { password })
		});
	}

	/** The officer directory's record and the audit entry of an account change. */
	async #afterAccount(
		account: OfficerAccount,
		action: AuditAction,
		fields: readonly string[]
	): Promise<SaveResult> {
		const id = `officer:${account.userName}`;
		const current = await this.#http.get<object>(id).catch(() => null);
		const directory = await this.#put(
			id,
			'officer',
			{
				userName: account.userName,
				fullName: account.fullName,
				officeId: account.officeId,
				functions: account.functions,
				disabled: account.disabled
			},
			current?._rev
		);
		const audited = await this.#audit(action, `user:${account.userName}`, fields, account.fullName);
		return {
			ok: true,
			officesFailed: directory.ok ? [] : [id],
			auditMissing: !audited
		};
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

/** Which of an account's fields a change touches (never the password itself). */
function accountChanges(
	before: OfficerAccount | null,
	after: OfficerAccount,
	password: boolean
): string[] {
	if (before === null) return ['userName', 'fullName', 'officeId', 'functions'];
	const fields: string[] = [];
	if (before.fullName !== after.fullName) fields.push('fullName');
	if (before.officeId !== after.officeId) fields.push('officeId');
	if (JSON.stringify(before.functions) !== JSON.stringify(after.functions))
		fields.push('functions');
	if (password) fields.push('password');
	return fields;
}
