/**
 * Brings a checked tracking book into the office database (domain.md §5.6, ADR 28): each row
 * becomes the dossier's intake record, marked as imported, and the events its times tell (hand-
 * over, result, return, rating), written by the officer who imports, at this desk. Ids follow
 * from the codes and times, so importing the same file again adds nothing, and an import cut off
 * halfway is completed by importing the file again.
 */
import { classifyResolution } from '$lib/domain/classification';
import { ruleVersionAt } from '$lib/domain/calendar';
import type { BookRow } from '$lib/domain/import';
import type { Applicant, Dossier, DossierEvent, IdType, Procedure } from '$lib/domain/model';
import type { LocalDateTime } from '$lib/domain/time';
import { eventDocId } from '$lib/storage/documents';
import type { ImportWorkerReply, ImportWorkerRequest } from './import-worker-protocol';
import { procedureSnapshot } from './receive-dossier';
import type { Workspace } from './workspace';

/** Rows written per step: one write of a few thousand documents, then the page breathes. */
export const IMPORT_STEP_ROWS = 500;

function idTypeOf(idNumber: string): IdType {
	if (/^\d{12}$/.test(idNumber)) return 'citizen-id';
	if (/^\d{9}$/.test(idNumber)) return 'old-id';
	return idNumber === '' ? 'none' : 'passport';
}

function applicantOf(row: BookRow): Applicant {
	return {
		fullName: row.applicantName,
		idType: idTypeOf(row.idNumber),
		idNumber: row.idNumber,
		address: row.address,
		...(row.phone === null ? {} : { phone: row.phone })
	};
}

interface ImportSource {
	readonly ws: Pick<Workspace, 'office' | 'setup'>;
	readonly procedures: ReadonlyMap<string, Procedure>;
	readonly file: string;
	readonly at: LocalDateTime;
}

/** The intake record of a row (the procedure as the catalogue has it now). */
export function importedDossier(row: BookRow, source: ImportSource): Dossier {
	const procedure = source.procedures.get(row.procedureCode);
	if (procedure === undefined)
		throw new Error(`Procedure ${row.procedureCode} is not in the catalogue`);
	const rule = ruleVersionAt(row.receivedAt);
	return {
		code: row.code,
		officeId: source.ws.office.id,
		deskId: source.ws.setup.desk.id,
		receivedBy: source.ws.setup.officer.userName,
		procedure: procedureSnapshot(procedure),
		applicant: applicantOf(row),
		components: [],
		sets: row.sets,
		channel: row.channel,
		resultReturn: { kind: 'desk' },
		feeVnd: procedure.feeVnd,
		receivedAt: row.receivedAt,
		dueAt: row.dueAt,
		ruleVersion: rule.ok ? rule.value : 'nd61-2018',
		...(row.note === '' ? {} : { summary: row.note }),
		imported: { file: source.file, row: row.row, at: source.at }
	};
}

/** The events a row's times tell, in the order the dossier lived them. */
export function importedEvents(row: BookRow, source: ImportSource, unit: string): DossierEvent[] {
	const events: DossierEvent[] = [];
	const base = {
		dossierCode: row.code,
		by: source.ws.setup.officer.userName,
		deskId: source.ws.setup.desk.id
	};
	const add = <K extends DossierEvent['kind']>(
		kind: K,
		at: LocalDateTime,
		payload: Extract<DossierEvent, { kind: K }>['payload']
	) => {
		const id = eventDocId(row.code, at, base.deskId, events.length + 1);
		events.push({ ...base, id, at, kind, payload } as DossierEvent);
	};
	if (row.transferredAt !== null)
		add('transfer', row.transferredAt, { toUnit: row.leadUnit || unit });
	if (row.resultAt !== null) {
		const refused = row.outcome === 'refused';
		add('result-ready', row.resultAt, {
			outcome: refused ? 'refused' : 'approved',
			...(refused ? { reason: row.note || 'Theo sổ theo dõi hồ sơ' } : {}),
			// The book's due time is the basis (no pause is known from a book), ADR 31.
			timing: classifyResolution(row.dueAt, row.resultAt) ?? 'none'
		});
	}
	if (row.returnedAt !== null) {
		add('deliver', row.returnedAt, { method: 'in-person', receiverName: row.applicantName });
	}
	if (row.rating !== null && row.resultAt !== null) {
		add('rate', row.returnedAt ?? row.resultAt, {
			rating: row.rating,
			...(row.ratingReason === '' ? {} : { reason: row.ratingReason })
		});
	}
	return events;
}

export interface ImportProgress {
	readonly done: number;
	readonly total: number;
}

export interface ImportOutcome {
	/** Rows written now. */
	readonly added: number;
	/** Rows whose dossier this office already held (a file imported before). */
	readonly already: number;
}

/**
 * Writes `rows` (all checked) step by step, reporting progress after each step. Call it only
 * with a whole, clean book: a row that cannot be written stops the import with an error.
 */
export async function importBook(
	ws: Workspace,
	rows: readonly BookRow[],
	file: string,
	at: LocalDateTime,
	onProgress: (progress: ImportProgress) => void = () => undefined
): Promise<ImportOutcome> {
	const source: ImportSource = {
		ws,
		procedures: new Map(ws.procedures.map((p) => [p.code, p])),
		file,
		at
	};
	let added = 0;
	let already = 0;
	for (let start = 0; start < rows.length; start += IMPORT_STEP_ROWS) {
		const step = rows.slice(start, start + IMPORT_STEP_ROWS);
		const held = await ws.store.existingDossiers(step.map((r) => r.code));
		const fresh = step.filter((r) => !held.has(r.code));
		const dossiers = fresh.map((r) => importedDossier(r, source));
		const events = fresh.flatMap((r) =>
			importedEvents(r, source, source.procedures.get(r.procedureCode)?.processingUnit ?? '')
		);
		await ws.store.createMany(dossiers, events);
		added += fresh.length;
		already += step.length - fresh.length;
		onProgress({ done: start + step.length, total: rows.length });
		// Let the page paint the progress between steps.
		await new Promise((resolve) => setTimeout(resolve, 0));
	}
	return { added, already };
}

export type BookCheck = ImportWorkerReply & { readonly kind: 'read' | 'failed' };

/** Why nothing (or not everything) was imported although no row had a problem. */
export const IMPORT_FAILURES = ['unreadable-file', 'unknown-file-type', 'write-failed'] as const;
export type ImportFailure = (typeof IMPORT_FAILURES)[number];

/**
 * Reads and checks a book file in the import worker (off the page's thread), reporting progress;
 * resolves with the checked rows or every problem, or why the file could not be read.
 */
export function checkBookFile(
	ws: Pick<Workspace, 'procedures'>,
	file: File,
	now: LocalDateTime,
	onProgress: (reply: Extract<ImportWorkerReply, { kind: 'progress' }>) => void = () => undefined
): Promise<BookCheck> {
	const worker = new Worker(new URL('./import.worker.ts', import.meta.url), {
		type: 'module',
		name: 'motcua-import'
	});
	return new Promise<BookCheck>((resolve) => {
		const done = (reply: BookCheck) => {
			worker.terminate();
			resolve(reply);
		};
		worker.onmessage = (event: MessageEvent<ImportWorkerReply>) => {
			const reply = event.data;
			if (reply.kind === 'progress') onProgress(reply);
			else done(reply);
		};
		worker.onerror = () => done({ kind: 'failed', error: 'unreadable-file' });
		const request: ImportWorkerRequest = {
			file,
			name: file.name,
			procedures: ws.procedures.map((p) => p.code),
			now
		};
		worker.postMessage(request);
	});
}
