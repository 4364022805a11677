/**
 * Receipts (domain.md §4.2 T2, §6.2, §9.1): each dossier's intake record as `receiveDossier`
 * (src/lib/app/receive-dossier.ts) writes it — the code allocated from the receiving desk's
 * block, the due time from `computeDueAt`, the rule version in force — over a mix of the office's
 * procedures, channels and result returns.
 */
import { allocateCode } from '$lib/domain/codes';
import { computeDueAt, ruleVersionAt, type DeadlineContext } from '$lib/domain/calendar';
import type { Channel, Dossier, Procedure, ResultReturn } from '$lib/domain/model';
import { atMinute, type IsoDate, type LocalDateTime } from '$lib/domain/time';
import type { OfficeCatalogue } from './catalogue';
import type { GenOfficer } from './officers';
import type { Period } from './period';
import { applicant } from './people';
import type { Rng } from './random';

/** Frequent procedures by sector (a provincial centre's and a commune's usual mix); others 2. */
const SECTOR_WEIGHT: Readonly<Record<string, number>> = {
	'Chứng thực': 12,
	'Hộ tịch': 5,
	'Đường bộ': 9,
	'Lý lịch tư pháp': 7,
	'Cư trú': 5,
	'Thành lập và hoạt động doanh nghiệp': 3,
	'Đất đai': 4,
	'Người có công': 1
};

function procedureWeight(p: Procedure): number {
	return SECTOR_WEIGHT[p.sector] ?? 2;
}

function channelOf(rng: Rng): Channel {
	const r = rng.next();
	return r < 0.6 ? 'direct' : r < 0.95 ? 'online' : 'postal';
}

function resultReturnOf(rng: Rng, channel: Channel, address: string): ResultReturn {
	if (channel === 'postal' || (channel === 'direct' && rng.chance(0.08))) {
		return { kind: 'postal', address };
	}
	return channel === 'online' && rng.chance(0.7) ? { kind: 'online' } : { kind: 'desk' };
}

/** Minutes since midnight inside office hours, mornings a little busier. */
function receiptMinute(rng: Rng, ctx: DeadlineContext): number {
	const periods = ctx.hours.periods;
	const p = rng.weighted(periods, (q) => (q.end - q.start) * (q.start < 720 ? 1.3 : 1));
	return p.start + Math.floor(rng.next() * (p.end - p.start));
}

/** Every dossier of the period, in receipt order, received at the desk of `desks`. */
export function receive(
	rng: Rng,
	period: Period,
	counts: readonly number[],
	catalogue: OfficeCatalogue,
	desks: readonly GenOfficer[]
): Dossier[] {
	const { office, procedures, ctx } = catalogue;
	const dossiers: Dossier[] = [];
	period.days.forEach((day, i) => {
		const times = Array.from({ length: counts[i] ?? 0 }, () =>
			atMinute(day, receiptMinute(rng, ctx), rng.int(0, 59))
		).sort();
		const lastUsed = new Map<string, number>();
		for (const at of times) {
			const procedure = rng.weighted(procedures, procedureWeight);
			const first = rng.int(0, desks.length - 1);
			let officer = desks[first] as GenOfficer;
			let code: string | null = null;
			for (let k = 0; code === null && k < desks.length; k++) {
				officer = desks[(first + k) % desks.length] as GenOfficer;
				const r = allocateCode({
					agencyCode: office.agencyCode,
					range: officer.desk.sequenceRange,
					receivedDate: day,
					lastUsed: lastUsed.get(officer.desk.id) ?? null
				});
				if (r.ok) {
					code = r.code;
					lastUsed.set(officer.desk.id, r.lastUsed);
				} else if (r.error === 'agency-code-invalid') {
					throw new Error(`agency code ${office.agencyCode} does not fit dossier codes`);
				}
			}
			if (code === null) throw new Error(`every desk's block of ${day} is used up`);
			dossiers.push(intake(rng, code, at, procedure, officer, catalogue));
		}
	});
	return dossiers;
}

/** The intake record, field for field as `receiveDossier` builds it. */
function intake(
	rng: Rng,
	code: string,
	receivedAt: LocalDateTime,
	procedure: Procedure,
	officer: GenOfficer,
	{ office, ctx }: OfficeCatalogue
): Dossier {
	const today = receivedAt.slice(0, 10) as IsoDate;
	const owner = applicant(rng, today);
	const submitter = rng.chance(0.12) ? applicant(rng, today) : null;
	const channel = channelOf(rng);
	const due = computeDueAt(receivedAt, procedure.time, ctx);
	if (!due.ok) throw new Error(`the calendar has no year ${due.year}`);
	const rule = ruleVersionAt(receivedAt);
	if (!rule.ok) throw new Error(`no rule version on ${rule.date}`);
	const components = procedure.components
		.filter((c) => c.required || rng.chance(0.35))
		.map((c) => ({ componentId: c.id, name: c.name, form: c.form, count: c.count }));
	return {
		code,
		officeId: office.id,
		deskId: officer.desk.id,
		receivedBy: officer.userName,
		procedure: {
			code: procedure.code,
			version: procedure.version,
			name: procedure.name,
			sector: procedure.sector,
			time: procedure.time,
			steps: procedure.steps
		},
		applicant: owner,
		...(submitter ? { submitter } : {}),
		components,
		sets: rng.chance(0.9) ? 1 : 2,
		channel,
		resultReturn: resultReturnOf(rng, channel, owner.address),
		feeVnd: procedure.feeVnd,
		receivedAt,
		dueAt: due.value,
		ruleVersion: rule.value
	};
}
