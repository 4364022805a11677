/**
 * `npm run generate -- --office <id> --dossiers 47540 --months 12 --seed N [--url …] [--end …]`
 * (scripts/generate.js bundles this file and calls `main`).
 */
import { parseArgs } from 'node:util';
import { isIsoDate, toLocalDateTime } from '$lib/domain/time';
import { shares } from './docs';
import { generate } from './generate';

const USAGE = `Usage: npm run generate -- --office ID [--dossiers 47540] [--months 12] [--seed 1]
       [--end YYYY-MM-DD] [--url http://ADMIN:PASSWORD@HOST:5984] [--password PW]
       [--batch 1000] [--parallel 4] [--catalogue-db motcua_catalogue] [--dry-run]
--url defaults to COUCH_URL; --end to today in Vietnam; --password to MOTCUA_GENERATE_PASSWORD,
else a random one (the generated officers, <office>.gen-*, are then not for logging in).`;

function whole(name: string, text: string, min: number): number {
	const n = Number(text);
	if (!Number.isSafeInteger(n) || n < min)
		throw new Error(`--${name} must be a whole number ≥ ${min}`);
	return n;
}

export async function main(argv: readonly string[]): Promise<number> {
	const { values } = parseArgs({
		args: [...argv],
		options: {
			office: { type: 'string' },
			dossiers: { type: 'string', default: '47540' },
			months: { type: 'string', default: '12' },
			seed: { type: 'string', default: '1' },
			end: { type: 'string', default: toLocalDateTime(Date.now()).slice(0, 10) },
			url: { type: 'string', default: process.env.COUCH_URL },
			password: { type: 'string', default: process.env.MOTCUA_GENERATE_PASSWORD },
			batch: { type: 'string', default: '1000' },
			parallel: { type: 'string', default: '4' },
			'catalogue-db': { type: 'string', default: 'motcua_catalogue' },
			'dry-run': { type: 'boolean', default: false },
			help: { type: 'boolean', default: false }
		}
	});
	if (values.help || values.office === undefined || values.url === undefined) {
		console.error(USAGE);
		return values.help ? 0 : 2;
	}
	if (!isIsoDate(values.end)) throw new Error(`--end must be YYYY-MM-DD: ${values.end}`);
	const report = await generate({
		url: values.url,
		officeId: values.office,
		dossiers: whole('dossiers', values.dossiers, 1),
		months: whole('months', values.months, 1),
		seed: whole('seed', values.seed, 0),
		end: values.end,
		...(values.password ? { password: values.password } : {}),
		catalogueDb: values['catalogue-db'],
		batchSize: whole('batch', values.batch, 1),
		parallel: whole('parallel', values.parallel, 1),
		dryRun: values['dry-run'],
		log: (line) => console.log(line)
	});
	const { tally: t } = report;
	const s = shares(t);
	const rate = report.written / report.seconds;
	console.log(
		[
			`Documents: ${report.documents} (${t.dossiers} dossiers, ${t.events} events, ${(t.events / t.dossiers).toFixed(2)} per dossier, ${t.feedback.items + t.feedback.steps} of feedback, ${report.documents - t.dossiers - t.events - t.feedback.items - t.feedback.steps} desks)`,
			`Written ${report.written}, skipped ${report.skipped} already there, conflicts ${report.conflicts}, refused ${report.refused.length}`,
			`Time ${report.seconds.toFixed(1)} s, ${Math.round(rate)} documents/s written`,
			`Open ${t.open}, withdrawn ${t.withdrawn}, stopped ${t.stopped}, resolved ${t.resolved} (refused ${t.refused}, without due time ${t.timings.none})`,
			`Resolved early ${s.early} %, on time ${s.onTime} %, late ${s.late} % (seed 36.08 / 63.78 / 0.14; ${t.missed} off their draw)`,
			`Rated ${s.ratedPerResolved} % of resolved: very satisfied ${s.verySatisfied} %, satisfied ${s.satisfied} %, unsatisfied ${s.unsatisfied} % (seed 18.17: 95.60 / 4.39 / 0.01)`,
			`Feedback and petitions ${t.feedback.items}: answered on time ${t.feedback.onTime}, late ${t.feedback.late}, waiting ${t.feedback.open}, published ${t.feedback.published}`,
			`Events by kind: ${Object.entries(t.byKind)
				.map(([k, n]) => `${k} ${n}`)
				.join(', ')}`
		].join('\n')
	);
	for (const r of report.refused.slice(0, 5)) console.error(`refused ${r.id}: ${r.reason}`);
	return report.refused.length > 0 ? 1 : 0;
}
