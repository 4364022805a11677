/**
 * The seed-scale generator (tools/generate/, issue 11) against the embedded server provisioned
 * with the demo province: every document goes through the office validation as its officer,
 * the same seed gives the same documents, a second run writes nothing, every dossier folds
 * without anomaly, and the app's period report of the data shows the seed's shares.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIFECYCLE_SETTINGS, foldDossier } from '../../src/lib/domain/lifecycle';
import { buildPeriodReport, toReportEntry } from '../../src/lib/domain/report';
import type { IsoDate } from '../../src/lib/domain/time';
import { dossierFromDoc, eventFromDoc, type EventDoc } from '../../src/lib/storage/documents';
import { startEmbeddedServer } from '../../server/embedded.js';
import { couchClient } from '../../server/provision/couch-client.js';
import { provision } from '../../server/provision/provision.js';
import { readProvinceFile } from '../../server/provision/province.js';
import { foldFeedback } from '../../src/lib/domain/feedback';
import { feedbackFromDoc, feedbackStepFromDoc } from '../../src/lib/storage/documents';
import { readCatalogue } from '../../tools/generate/catalogue';
import { deskDocs, historyDocs, type GenDoc } from '../../tools/generate/docs';
import { feedbackDocs, feedbackHistories } from '../../tools/generate/feedback';
import { generate, type GenerateOptions } from '../../tools/generate/generate';
import { histories, planOffice } from '../../tools/generate/plan';

const OFFICE = 'lson-luongvantri';
const DB = `motcua_office_${OFFICE}`;
const params = {
	officeId: OFFICE,
	dossiers: 300,
	months: 12,
	seed: 2020,
	end: '2026-11-30' as IsoDate
};

let server: Awaited<ReturnType<typeof startEmbeddedServer>>;
let dataDir: string;
let options: GenerateOptions;
beforeAll(async () => {
	dataDir = await mkdtemp(join(tmpdir(), 'motcua-generate-'));
	server = await startEmbeddedServer({ dataDir, port: 0 });
	const province = await readProvinceFile('server/demo-province.json');
	await provision({ url: server.adminDbUrl, province });
	options = { ...params, url: server.adminDbUrl };
}, 60_000);
afterAll(async () => {
	await server?.close();
	if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/** The office's documents on the server, without their revisions. */
async function stored(): Promise<GenDoc[]> {
	const admin = couchClient(server.adminDbUrl);
	const all = await admin.json<{ rows: { doc: GenDoc & { _rev?: string } }[] }>(
		'GET',
		`/${DB}/_all_docs?include_docs=true`
	);
	return all.rows
		.map((r) => {
			const { _rev, ...doc } = r.doc;
			void _rev;
			return doc;
		})
		.filter((d) => !d._id.startsWith('_design/'));
}

/** The documents a plan gives, planned afresh in memory. */
async function planned(seed: number): Promise<GenDoc[]> {
	const admin = couchClient(server.adminDbUrl);
	const catalogue = await readCatalogue(admin, OFFICE);
	const desks = (await stored()).filter((d) => d.type === 'desk');
	const known = desks.map((d) => ({ id: String(d.id), registeredBy: String(d.registeredBy) }));
	const plan = planOffice(catalogue, known, { ...params, seed });
	return [
		...deskDocs(plan),
		...[...histories(plan)].flatMap(historyDocs),
		...feedbackHistories(plan, catalogue).flatMap(feedbackDocs)
	];
}

describe('npm run generate', () => {
	it('writes every document as its officer, nothing refused, the same again for the same seed', async () => {
		const first = await generate(options);
		expect(first.refused).toEqual([]);
		expect(first).toMatchObject({ conflicts: 0, skipped: 0, written: first.documents });
		expect(first.tally.dossiers).toBe(300);
		expect(first.tally.events / 300).toBeGreaterThan(3.2);
		expect(first.tally.events / 300).toBeLessThan(4.6);
		// Feedback and petitions (ADR 29): about six per thousand dossiers, each with its steps.
		expect(first.tally.feedback.items).toBe(2);
		expect(first.tally.feedback.steps).toBeGreaterThanOrEqual(2);

		const docs = await stored();
		expect(docs).toHaveLength(first.documents);
		const again = await planned(params.seed);
		expect(JSON.stringify(await planned(params.seed))).toBe(JSON.stringify(again));
		const onServer = new Map(docs.map((d) => [d._id, d]));
		const differing = again.filter((d) => !isDeepStrictEqual(d, onServer.get(d._id)));
		expect(differing.map((d) => d._id)).toEqual([]);
		const other = new Set((await planned(params.seed + 1)).map((d) => JSON.stringify(d)));
		expect(again.filter((d) => other.has(JSON.stringify(d))).length).toBeLessThan(
			again.length / 10
		);
	}, 120_000);

	it('writes nothing the second time, and refuses other parameters on the same office', async () => {
		const second = await generate(options);
		expect(second).toMatchObject({ written: 0, conflicts: 0, refused: [] });
		expect(second.skipped).toBe(second.documents);
		await expect(generate({ ...options, seed: 7 })).rejects.toThrow(/already holds dossiers/);
	}, 120_000);

	it('folds every dossier without anomaly, with the seed shares in the period report', async () => {
		const docs = await stored();
		const catalogue = await readCatalogue(couchClient(server.adminDbUrl), OFFICE);
		const events = new Map<string, EventDoc[]>();
		for (const d of docs) {
			if (d.type === 'event') events.set(d.dossierCode, [...(events.get(d.dossierCode) ?? []), d]);
		}
		const dossiers = docs.filter((d) => d.type === 'dossier');
		expect(dossiers).toHaveLength(300);
		const entries = dossiers.map((doc) => {
			const dossier = dossierFromDoc(doc);
			const mine = (events.get(dossier.code) ?? []).map(eventFromDoc);
			const folded = foldDossier(dossier, mine, DEFAULT_LIFECYCLE_SETTINGS, catalogue.ctx);
			expect(folded.anomalies, dossier.code).toEqual([]);
			return toReportEntry(dossier, folded);
		});
		const report = buildPeriodReport(
			{ entries },
			{ from: '2025-12-01' as IsoDate, to: params.end },
			'office'
		);
		const { columns, shares, ratingsPerResolved } = report.total;
		expect(columns.newTotal).toBe(300);
		expect(columns.pending).toBeGreaterThanOrEqual(5);
		expect(columns.pending).toBeLessThanOrEqual(10);
		expect(Math.abs((shares.early ?? 0) - 36.08)).toBeLessThan(1);
		expect(Math.abs((shares.onTime ?? 0) - 63.78)).toBeLessThan(1);
		expect(shares.late ?? 0).toBeLessThan(1);
		expect(Math.abs((ratingsPerResolved ?? 0) - 18.17)).toBeLessThan(1.5);
		expect(report.total.ratingShares.verySatisfied ?? 0).toBeGreaterThan(90);
		// Feedback folds without anomaly too, each step written by a role allowed to take it.
		const intakes = docs.filter((d) => d.type === 'feedback');
		expect(intakes.length).toBe(2);
		for (const intake of intakes) {
			const steps = docs
				.filter((d) => d.type === 'feedback-step' && d.feedbackCode === intake.code)
				.map((d) => feedbackStepFromDoc(d as never));
			const folded = foldFeedback(feedbackFromDoc(intake), steps);
			expect(folded.anomalies, intake.code).toEqual([]);
		}
	}, 120_000);
});
