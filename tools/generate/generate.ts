/**
 * Seed-scale data for an office (issue 11): plans the office from a seed and writes what the
 * server does not hold yet, each document as its officer, then reports what was written.
 * Running it again with the same parameters writes nothing; other parameters on an office that
 * already holds dossiers are refused (they would mix two histories).
 */
import { randomBytes } from 'node:crypto';
import { officeDbName } from '../../server/couch/naming.js';
import { couchClient, docPath, type CouchClient } from '../../server/provision/couch-client.js';
import { checkServer } from '../../server/provision/provision.js';
import { ensureUser } from '../../server/provision/users.js';
import type { IsoDate } from '$lib/domain/time';
import { readCatalogue } from './catalogue';
import {
	authorOf,
	count,
	countFeedback,
	deskDocs,
	emptyTally,
	historyDocs,
	type GenDoc,
	type Tally
} from './docs';
import { feedbackDocs, feedbackHistories } from './feedback';
import type { KnownDesk } from './officers';
import { histories, planOffice } from './plan';
import { Writer, type WriteResult } from './writer';

export interface GenerateOptions {
	/** A server administrator's URL (users are created with it; documents are not written as it). */
	readonly url: string;
	readonly officeId: string;
	readonly dossiers: number;
	readonly months: number;
	readonly seed: number;
	readonly end: IsoDate;
	/** Password of the generated officers; a random one (never shown) when absent. */
	readonly password?: string;
	readonly catalogueDb?: string;
	readonly batchSize?: number;
	readonly parallel?: number;
	/** Plans and counts without writing anything. */
	readonly dryRun?: boolean;
	readonly log?: (line: string) => void;
}

export interface GenerateReport extends WriteResult {
	readonly server: string;
	readonly documents: number;
	readonly skipped: number;
	readonly seconds: number;
	readonly tally: Tally;
	readonly deskOfficers: number;
	readonly workingDays: number;
}

const MARKER = '_local/motcua-generate';

async function existingIds(admin: CouchClient, db: string): Promise<Set<string>> {
	const { status, body } = await admin.request<{ rows: { id: string }[] }>(
		'GET',
		`/${db}/_all_docs`
	);
	if (status === 404) throw new Error(`${db} does not exist: run npm run provision first`);
	if (status !== 200) throw new Error(`GET /${db}/_all_docs → ${status}`);
	return new Set(body.rows.map((r) => r.id));
}

async function knownDesks(admin: CouchClient, db: string): Promise<KnownDesk[]> {
	const range = `startkey=${encodeURIComponent('"desk:"')}&endkey=${encodeURIComponent('"desk:\ufff0"')}`;
	const all = await admin.json<{ rows: { doc?: { id?: string; registeredBy?: string } }[] }>(
		'GET',
		`/${db}/_all_docs?include_docs=true&${range}`
	);
	return all.rows.flatMap((r) =>
		r.doc?.id && r.doc.registeredBy ? [{ id: r.doc.id, registeredBy: r.doc.registeredBy }] : []
	);
}

/** Refuses to add a history of other parameters to an office that holds dossiers already. */
async function checkMarker(admin: CouchClient, db: string, ids: Set<string>, params: object) {
	const { status, body } = await admin.request<{ params?: object }>('GET', docPath(db, MARKER));
	const same = status === 200 && JSON.stringify(body.params) === JSON.stringify(params);
	const hasDossiers = [...ids].some((id) => id.startsWith('dossier:'));
	if (hasDossiers && !same) {
		const was = status === 200 ? `generated with ${JSON.stringify(body.params)}` : 'not generated';
		throw new Error(
			`${db} already holds dossiers (${was}); give the same parameters or an empty office`
		);
	}
	if (status !== 200 || !same)
		await admin.json('PUT', docPath(db, MARKER), {
			...(status === 200 ? { _rev: (body as { _rev?: string })._rev } : {}),
			params
		});
}

export async function generate(options: GenerateOptions): Promise<GenerateReport> {
	const log = options.log ?? (() => {});
	const started = performance.now();
	const admin = couchClient(options.url);
	const server = await checkServer(admin);
	const db = officeDbName(options.officeId);
	const catalogue = await readCatalogue(admin, options.officeId, options.catalogueDb);
	const ids = await existingIds(admin, db);
	const { officeId, dossiers, months, seed, end } = options;
	if (!options.dryRun) {
		await checkMarker(admin, db, ids, { generator: 1, officeId, dossiers, months, seed, end });
	}
	const plan = planOffice(catalogue, await knownDesks(admin, db), { dossiers, months, seed, end });
	const days = plan.period.days;
	log(
		`${server}: ${db}, ${dossiers} dossiers over ${days.length} working days (${days[0]} – ${days.at(-1)}), ${plan.staff.deskOfficers.length} desk officers`
	);

	const officers = new Map(plan.staff.all.map((o) => [o.userName, o]));
	const password = options.password ?? randomBytes(18).toString('base64url');
	const credentials = async (author: string) => {
		const o = officers.get(author);
		if (o === undefined) throw new Error(`${author} is not a generated officer`);
		await ensureUser(
			admin,
			{ name: o.userName, fullName: o.fullName, office: officeId, roles: [o.role], password },
			{ resetPasswords: true }
		);
		return password;
	};
	let last = started;
	const writer = new Writer({
		base: admin.shown,
		db,
		credentials,
		batchSize: options.batchSize ?? 1000,
		parallel: options.parallel ?? 4,
		onBatch: () => {
			const now = performance.now();
			if (now - last < 5000) return;
			last = now;
			const s = (now - started) / 1000;
			log(
				`  ${writer.result.written} written in ${s.toFixed(0)} s (${Math.round(writer.result.written / s)} documents/s)`
			);
		}
	});
	const tally = emptyTally();
	let documents = 0;
	let skipped = 0;
	const put = async (doc: GenDoc) => {
		documents++;
		if (ids.has(doc._id)) skipped++;
		else if (!options.dryRun) await writer.push(authorOf(doc), doc);
	};
	for (const doc of deskDocs(plan)) await put(doc);
	for (const h of histories(plan)) {
		count(tally, h);
		for (const doc of historyDocs(h)) await put(doc);
	}
	for (const h of feedbackHistories(plan, catalogue)) {
		countFeedback(tally, h);
		for (const doc of feedbackDocs(h)) await put(doc);
	}
	const result = await writer.finish();
	if (!options.dryRun) await publishNames(admin, db, plan.staff.all);
	const seconds = (performance.now() - started) / 1000;
	return {
		server,
		documents,
		skipped,
		seconds,
		tally,
		...result,
		deskOfficers: plan.staff.deskOfficers.length,
		workingDays: days.length
	};
}

/** The office directory (`_local/motcua-officers`, ADR 13) names the generated officers too. */
async function publishNames(
	admin: CouchClient,
	db: string,
	officers: readonly { userName: string; fullName: string }[]
) {
	const path = docPath(db, '_local/motcua-officers');
	const { status, body } = await admin.request<{ _rev?: string; names?: Record<string, string> }>(
		'GET',
		path
	);
	const names = status === 200 ? (body.names ?? {}) : {};
	if (officers.every((o) => names[o.userName] === o.fullName)) return;
	for (const o of officers) names[o.userName] = o.fullName;
	await admin.json('PUT', path, {
		...(status === 200 && body._rev ? { _rev: body._rev } : {}),
		names
	});
}
