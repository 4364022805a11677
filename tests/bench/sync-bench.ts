/**
 * The first-sync benchmark's page (architecture.md §5: stock `PouchDB.replicate` writes only about
 * 1,100–1,450 documents/s into IndexedDB; a diff of ids/revisions, `_bulk_get` and bulk writes do
 * better), built by scripts/bench-sync.js (served by the embedded server) and
 * scripts/bench-first-sync.js (served by the CouchDB proxy), always on the origin of `/db`, so the
 * session cookie reaches the server. Never part of the app.
 */
import { foldContextOf } from '$lib/app/fold-context';
import { shedAged } from '$lib/app/shedding';
import { BUILT_IN_YEARS } from '$lib/domain/calendar';
import { DEFAULT_OFFICE_HOURS } from '$lib/domain/calendar/settings';
import { foldDossier } from '$lib/domain/lifecycle';
import { isoDate } from '$lib/domain/time';
import { buildPeriodReport, toReportEntry, type ReportEntry } from '$lib/domain/report';
import { dossierDocId, eventDocId } from '$lib/storage/documents';
import { loadDossiers } from '$lib/storage/load-dossiers';
import { OfficeStore } from '$lib/storage/office-store';
import { openDb } from '$lib/storage/pouch';
import { Projector } from '$lib/storage/projector';
import { ReadModelDb } from '$lib/storage/read-model';
import { OfficeSync } from '$lib/sync/office-sync';

export interface Run {
	readonly ms: number;
	readonly docs: number;
	/** After the sync, with `shedDays`: what shedding took (ADR 25). */
	readonly shed?: ShedRun;
	/** After the sync, with `dayEnd`: the sync of a day's work written on that laptop. */
	readonly dayEnd?: DayEndRun;
}

export interface DayEndRun {
	/** Motcua's sync of the day's work (push, then the pull that follows it). */
	readonly ms: number;
	readonly docs: number;
	/** Stock `PouchDB.replicate.to` of another day's work of the same size, from a new database. */
	readonly stockMs: number;
	readonly stockDocs: number;
	/** Every id both wrote on the server, for the bench to purge afterwards. */
	readonly ids: readonly string[];
}

type Template = { _id: string; code: string } & Record<string, unknown>;

/**
 * A day's work at one desk: `count` dossiers received by `user`, each handed to its processing
 * unit, copied from dossiers the office holds (their procedures and applicants) under new codes
 * `<tag>-<n>`.
 */
function dayOfWork(templates: readonly Template[], user: string, tag: string) {
	const docs: Record<string, unknown>[] = [];
	templates.forEach((t, i) => {
		const { _id, _rev, _revisions, ...dossier } = t;
		void _id;
		void _rev;
		void _revisions;
		const code = `${tag}-${String(i).padStart(4, '0')}`;
		const receivedAt = String(dossier.receivedAt);
		const deskId = String(dossier.deskId);
		const at = receivedAt.slice(0, 11) + '16:30:00';
		const id = eventDocId(code, at, deskId, 1);
		docs.push({ ...dossier, _id: dossierDocId(code), code, receivedBy: user, by: user });
		docs.push({
			_id: id,
			id,
			type: 'event',
			schemaVersion: 1,
			officeId: dossier.officeId,
			dossierCode: code,
			kind: 'transfer',
			at,
			by: user,
			deskId,
			payload: { toUnit: 'Phòng chuyên môn' }
		});
	});
	return docs;
}

/** Dossiers of the office, as templates for a day's work. */
async function templates(remote: string, count: number): Promise<Template[]> {
	const query = new URLSearchParams({
		include_docs: 'true',
		startkey: JSON.stringify('dossier:'),
		endkey: JSON.stringify('dossier:\ufff0'),
		limit: String(count)
	});
	const r = await fetch(`${remote}/_all_docs?${query.toString()}`, { credentials: 'include' });
	if (!r.ok) throw new Error(`_all_docs ${r.status}`);
	const { rows } = (await r.json()) as { rows: { doc: Template }[] };
	return rows.map((row) => row.doc);
}

/**
 * The day-end sync (issue 11): `count` dossiers and their events written on a laptop that holds
 * the window, then one sync; beside it stock replication pushing another day of the same size
 * from a new database.
 */
async function dayEnd(
	local: PouchDB.Database,
	sync: OfficeSync,
	remote: string,
	user: string,
	count: number
): Promise<DayEndRun> {
	const from = await templates(remote, count);
	const tag = `BENCH${Date.now().toString(36).toUpperCase()}`;
	const mine = dayOfWork(from, user, `${tag}M`);
	await local.bulkDocs(mine);
	sync.noteLocalWrite();
	const t0 = performance.now();
	const result = await sync.sync();
	const ms = performance.now() - t0;
	if (result.status !== 'up-to-date' || result.sent < mine.length) {
		throw new Error(`day-end sync ${result.status} ${result.error}: sent ${result.sent}`);
	}
	const theirs = dayOfWork(from, user, `${tag}S`);
	const other = openDb('bench-dayend-stock');
	await other.bulkDocs(theirs);
	const s0 = performance.now();
	const pushed = await other.replicate.to(remote);
	const stockMs = performance.now() - s0;
	await other.destroy();
	if (pushed.docs_written < theirs.length) {
		throw new Error(`stock push wrote ${pushed.docs_written} of ${theirs.length}`);
	}
	return {
		ms,
		docs: result.sent,
		stockMs,
		stockDocs: pushed.docs_written,
		ids: [...mine, ...theirs].map((d) => String(d._id))
	};
}

export interface ShedRun {
	readonly dossiers: number;
	readonly documents: number;
	/** Dossiers old enough that stayed (the server may lack one of their documents). */
	readonly kept: number;
	readonly ms: number;
	/** The read model's rows before and after, and the time to project the window first. */
	readonly rowsBefore: number;
	readonly rowsAfter: number;
	readonly projectMs: number;
}

/**
 * The synced window projected into a read model (timed apart), then shed down to a window of
 * `days` days, as a desk does when dossiers age out of its office's window (ADR 25).
 */
async function shedDown(store: OfficeStore, days: number): Promise<ShedRun> {
	const readModel = new ReadModelDb(`${store.db.name}-bench`);
	const rules = foldContextOf(BUILT_IN_YEARS, DEFAULT_OFFICE_HOURS);
	const projector = new Projector(store, readModel, () => rules);
	const p0 = performance.now();
	await projector.catchUp();
	const projectMs = performance.now() - p0;
	const rowsBefore = await readModel.dossiers.count();
	const t0 = performance.now();
	const shed = await shedAged({
		store,
		readModel,
		projector,
		keepClosedDays: days,
		nowMs: Date.now()
	});
	const ms = performance.now() - t0;
	const rowsAfter = await readModel.dossiers.count();
	readModel.close();
	await readModel.delete();
	return {
		dossiers: shed?.dossiers ?? 0,
		documents: shed?.documents ?? 0,
		kept: shed?.kept ?? 0,
		ms,
		rowsBefore,
		rowsAfter,
		projectMs
	};
}

async function logIn(name: string, password: string): Promise<void> {
	const r = await fetch('/db/_session', {
		method: 'POST',
		headers: { 'Content-Type': 'application/json' },
		body: JSON.stringify({ name, password }),
		credentials: 'include'
	});
	if (!r.ok) throw new Error(`login ${r.status}`);
}

export interface StockRun extends Run {
	/** False when `limitMs` stopped it first: `docs` is then what it wrote in `ms`. */
	readonly complete: boolean;
	/** Documents written so far, about every 30 s: [ms, docs]. */
	readonly progress: readonly (readonly [number, number])[];
}

/**
 * Stock PouchDB replication from the office database into an empty IndexedDB database, cancelled
 * after `limitMs` when given.
 */
async function stock(remote: string, name: string, limitMs?: number): Promise<StockRun> {
	const local = openDb(name);
	const t0 = performance.now();
	const progress: [number, number][] = [];
	let written = 0;
	let complete = true;
	const replication = local.replicate.from(remote, { batch_size: 100 });
	// `on` returns the replication itself, which is also a promise: awaited below.
	void replication.on('change', (info) => {
		written = info.docs_written;
		const ms = performance.now() - t0;
		if (ms - (progress.at(-1)?.[0] ?? 0) >= 30_000) progress.push([Math.round(ms), written]);
	});
	const timer =
		limitMs === undefined
			? undefined
			: setTimeout(() => {
					complete = false;
					replication.cancel();
				}, limitMs);
	const result = await replication;
	const ms = performance.now() - t0;
	clearTimeout(timer);
	await local.destroy();
	return { ms, docs: complete ? result.docs_written : written, complete, progress };
}

/**
 * Motcua's sync service into an empty IndexedDB database (open dossiers first, then the rest);
 * with `keepClosedDays`, only the dossiers the office's window keeps (ADR 18), the closed ones in
 * the archive beside the database (ADR 37), as the app does.
 */
async function motcua(
	remote: string,
	name: string,
	keepClosedDays?: number,
	shedDays?: number,
	day?: { readonly user: string; readonly dossiers: number }
): Promise<Run> {
	const local = openDb(name);
	const store = new OfficeStore(local, remote.split('/motcua_office_')[1] ?? '');
	const sync = new OfficeSync({
		db: local,
		closed: store.closed,
		remoteUrl: remote,
		batchSize: Number(new URLSearchParams(location.search).get('batch') ?? 100),
		keepClosedDays: () => keepClosedDays ?? null
	});
	const t0 = performance.now();
	const result = await sync.sync();
	const ms = performance.now() - t0;
	if (result.status !== 'up-to-date') throw new Error(`sync ${result.status} ${result.error}`);
	const ended =
		day === undefined ? undefined : await dayEnd(local, sync, remote, day.user, day.dossiers);
	const shed = shedDays === undefined ? undefined : await shedDown(store, shedDays);
	await local.destroy();
	store.closed.close();
	await store.closed.delete();
	return {
		ms,
		docs: result.received,
		...(shed ? { shed } : {}),
		...(ended ? { dayEnd: ended } : {})
	};
}

export interface RawRun extends Run {
	/** Time to fetch the documents from the server, before any write. */
	readonly fetchMs: number;
}

/** Deletes an IndexedDB database, waiting for it to be gone. */
function deleteIdb(name: string): Promise<void> {
	return new Promise((resolve, reject) => {
		const request = indexedDB.deleteDatabase(name);
		request.onsuccess = () => resolve();
		request.onerror = () => reject(request.error ?? new Error(`delete ${name}`));
	});
}

/**
 * The raw IndexedDB limit: the documents of the office database (`_all_docs?include_docs=true`
 * pages, design documents left out; the first `limit` of them when given) fetched once and held
 * in memory, then written with plain `put`s into one object store, 1,000 per transaction, one
 * transaction after the other. `ms` is the writing alone.
 */
async function raw(remote: string, name: string, limit = Infinity, page = 5_000): Promise<RawRun> {
	const docs: { _id: string }[] = [];
	const f0 = performance.now();
	let startkey: string | null = null;
	for (;;) {
		const query = new URLSearchParams({ include_docs: 'true', limit: String(page + 1) });
		if (startkey !== null) query.set('startkey', JSON.stringify(startkey));
		const r = await fetch(`${remote}/_all_docs?${query.toString()}`, { credentials: 'include' });
		if (!r.ok) throw new Error(`_all_docs ${r.status}`);
		const { rows } = (await r.json()) as { rows: { id: string; doc?: { _id: string } }[] };
		for (const row of rows.slice(0, page)) {
			if (row.doc !== undefined && !row.id.startsWith('_design/')) docs.push(row.doc);
		}
		const next = rows[page];
		if (next === undefined || docs.length >= limit) break;
		startkey = next.id;
	}
	const fetchMs = performance.now() - f0;
	docs.splice(limit);
	const db = await new Promise<IDBDatabase>((resolve, reject) => {
		const request = indexedDB.open(name, 1);
		request.onupgradeneeded = () => request.result.createObjectStore('docs', { keyPath: '_id' });
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error ?? new Error(`open ${name}`));
	});
	const t0 = performance.now();
	for (let i = 0; i < docs.length; i += 1_000) {
		await new Promise<void>((resolve, reject) => {
			const tx = db.transaction('docs', 'readwrite');
			const store = tx.objectStore('docs');
			for (const doc of docs.slice(i, i + 1_000)) store.put(doc);
			tx.oncomplete = () => resolve();
			tx.onerror = () => reject(tx.error ?? new Error('put'));
			tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
		});
	}
	const ms = performance.now() - t0;
	db.close();
	await deleteIdb(name);
	return { ms, docs: docs.length, fetchMs };
}

/**
 * The period report's baseline (issue 11): the report of `from`–`to` built by folding every dossier
 * of the office database `dbName` straight from its documents (PouchDB and the archive of closed
 * dossiers, 500 at a time), as a desk would without the read model's report entries (ADR 30).
 */
async function reportByFolding(
	dbName: string,
	officeId: string,
	from: string,
	to: string
): Promise<{ ms: number; dossiers: number; received: number }> {
	const store = new OfficeStore(openDb(dbName), officeId);
	const rules = foldContextOf(BUILT_IN_YEARS, DEFAULT_OFFICE_HOURS);
	const t0 = performance.now();
	const codes = await store.dossierCodes();
	const entries: ReportEntry[] = [];
	for (let i = 0; i < codes.length; i += 500) {
		const part = codes.slice(i, i + 500);
		const stored = await loadDossiers(store.db, part, new Map(), new Set(), store.closed);
		for (const code of part) {
			const one = stored.get(code);
			if (!one) continue;
			try {
				const folded = foldDossier(one.dossier, one.events, rules.settings, rules.deadlines);
				entries.push(toReportEntry(one.dossier, folded));
			} catch {
				// The read model lists such a dossier apart; the report leaves it out either way.
			}
		}
	}
	const period = { from: isoDate(from), to: isoDate(to) };
	const report = buildPeriodReport({ entries }, period, 'sector');
	const ms = performance.now() - t0;
	await store.db.close();
	store.closed.close();
	return { ms, dossiers: entries.length, received: report.total.columns.newTotal };
}

Object.assign(globalThis, { bench: { logIn, stock, motcua, raw, reportByFolding } });
document.body.dataset.ready = 'true';
