/**
 * The history of a dossier decided before the cut-off (domain.md §4.2 T6–T9, T11, T14–T16, §10):
 * transfer to the processing unit (or a decision at the desk, T6b), perhaps a supplement request
 * or a payment, inter-agency steps or the unit leader's signature, an apology before a late
 * decision, the result (approved or refused), its return and perhaps a rating. The decision time
 * is drawn inside the window that gives the wanted timing against the due time in force.
 */
import { apologyDeadline, openingAt } from '$lib/domain/calendar';
import { classifyResolution } from '$lib/domain/classification';
import { datePart, formatVnDate, type LocalDateTime } from '$lib/domain/time';
import type { Fate, Timing } from './fates';
import { planDueOf } from './fates';
import type { GenOfficer } from './officers';
import { workingDaysLeft } from './period';
import { payment, start, supplement } from './actions';
import type { Story } from './story';
import { TEXTS } from './texts';

type Resolved = Extract<Fate, { kind: 'resolved' }>;

/** When to decide for `timing`, or null when the window is closed already. */
function decisionAt(s: Story, timing: Timing): LocalDateTime | null {
	const { cutoff } = s.world;
	const due = s.folded.dueAt;
	const u = s.rng.between(0.3, 0.98);
	if (timing === 'none' || due === null) {
		const at = s.daysAfter(s.t, 0.2, 6);
		return at <= cutoff ? at : s.between(s.t, cutoff, u);
	}
	if (timing === 'early') {
		const dayStart = openingAt(datePart(due), s.world.ctx.hours);
		const end = dayStart < cutoff ? dayStart : cutoff;
		return s.minutes(s.t, end) >= 2 ? s.between(s.t, end, u) : null;
	}
	if (timing === 'on-time') {
		const dayStart = openingAt(datePart(due), s.world.ctx.hours);
		const from = dayStart > s.t ? dayStart : s.t;
		if (s.minutes(from, due) < 1 / 30) return null;
		const at = s.between(from, due, s.rng.between(0.05, 1));
		return at > due ? due : at;
	}
	const from = due > s.t ? due : s.t;
	const at = s.daysAfter(from, 0.05, 3);
	return at <= cutoff ? at : s.minutes(from, cutoff) >= 2 ? s.between(from, cutoff, u) : null;
}

const FALLBACK: Record<Timing, Timing[]> = {
	early: ['early', 'on-time', 'late'],
	'on-time': ['on-time', 'late'],
	late: ['late'],
	none: ['none']
};

/** Inter-agency steps or the leader's signature, and an apology before a late decision. */
function beforeDecision(s: Story, unit: string | null, decideAt: LocalDateTime, late: boolean) {
	const plans: [LocalDateTime, () => void][] = [];
	const due = s.folded.dueAt;
	let handler = unit;
	if (unit !== null) {
		const steps = s.dossier.procedure.steps.slice(1).map((step) => step.unit);
		// A single agency: the specialist sends it up for signature, the clerks then issue it.
		if (steps.length === 0 && s.rng.chance(0.75)) {
			steps.push(`Lãnh đạo ${unit}`);
			if (s.rng.chance(0.12)) steps.push(`Văn thư ${unit}`);
		}
		steps.forEach((toUnit, k) => {
			const at = s.between(s.t, decideAt, (k + s.rng.between(0.2, 0.9)) / steps.length);
			const from = handler ?? unit;
			plans.push([at, () => s.act(s.unitOfficer(from), at, 'transfer', { toUnit })]);
			if (s.world.staff.units.has(toUnit)) handler = toUnit;
		});
	}
	if (late && unit !== null && due !== null && s.rng.chance(0.7)) {
		const deadline = apologyDeadline(due, s.world.ctx);
		if (deadline.ok && s.minutes(s.t, deadline.value) >= 2) {
			const end = deadline.value < decideAt ? deadline.value : decideAt;
			const at = s.between(s.t, end, s.rng.between(0.2, 0.9));
			const promised = s.world.ctx.calendar.addWorkingDays(datePart(decideAt), s.rng.int(1, 3));
			if (promised.ok) {
				const fields = {
					reason: s.rng.pick(TEXTS.apology),
					newDueDate: formatVnDate(promised.value),
					newDueTime: due.slice(11, 16)
				};
				plans.push([at, () => s.act(s.leader(), at, 'apology', fields)]);
			}
		}
	}
	const seen = new Set<string>();
	for (const [at, run] of plans.sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
		if (seen.has(at) || at <= s.t || at >= decideAt) continue;
		seen.add(at);
		run();
	}
	return handler;
}

/** Writes the whole history; returns the timing the fold gives (null without due time). */
export function resolve(s: Story, fate: Resolved): Timing | null {
	const { rng, world, dossier } = s;
	const unit = start(s, 0.6);
	const due = planDueOf(dossier, world.ctx);
	// Pauses need a procedure of some days and room after the due time for the shift.
	const room = workingDaysLeft(world.period, datePart(due));
	const span = workingDaysLeft(world.period, datePart(dossier.receivedAt)) - room;
	const pauses = unit !== null && !fate.beforeCutoff && span >= 5;
	if (pauses && room >= 12 && rng.chance(0.07) && supplement(s, unit, due)) {
		s.act(s.anyDesk(), s.daysAfter(s.t, 0.3, 6), 'supplement-received', {});
	}
	if (pauses && room >= 8 && rng.chance(0.05)) payment(s, unit, due);
	let decideAt: LocalDateTime | null = null;
	for (const timing of FALLBACK[fate.timing]) {
		decideAt = decisionAt(s, timing);
		if (decideAt !== null) break;
	}
	if (decideAt === null) throw new Error(`${dossier.code}: no time left to decide`);
	const handler = beforeDecision(s, unit, decideAt, fate.timing === 'late');
	const decider = deciderOf(s, handler);
	s.act(decider, decideAt, 'result-ready', {
		outcome: fate.refused ? 'refused' : 'approved',
		reason: fate.refused ? rng.pick(TEXTS.refusal) : '',
		resultNumber:
			!fate.refused && rng.chance(0.6) ? `${rng.int(1, 9999)}/${decideAt.slice(0, 4)}` : ''
	});
	const returned = deliver(s);
	if (fate.rating !== null) {
		const at = s.after(s.t, rng.between(1, 10));
		if (at <= world.cutoff) {
			s.rate(
				returned ?? s.anyDesk(),
				at,
				fate.rating,
				rng.pick(TEXTS.unsatisfied),
				rng.chance(0.05) ? rng.pick(TEXTS.comment) : ''
			);
		}
	}
	return classifyResolution(s.folded.dueAt, decideAt, world.settings.classificationMode);
}

/** At the desk (T6b): its officer or a leader; after a transfer mostly the unit's officer. */
function deciderOf(s: Story, handler: string | null): GenOfficer {
	const r = s.rng.next();
	if (handler === null) return r < 0.8 ? s.receiver : s.leader();
	return r < 0.6 ? s.unitOfficer(handler) : r < 0.85 ? s.leader() : s.receiver;
}

/** T16 as the result-return choice of the intake says; null when not returned by the cut-off. */
function deliver(s: Story): GenOfficer | null {
	const { rng, dossier } = s;
	if (rng.chance(0.005)) return null;
	const back = dossier.resultReturn.kind;
	const at =
		back === 'online'
			? s.after(s.t, rng.between(5, 120))
			: back === 'postal'
				? s.daysAfter(s.t, 0.3, 2)
				: s.daysAfter(s.t, 0.02, rng.chance(0.8) ? 1.5 : 6);
	if (at > s.world.cutoff) return null;
	const by = s.anyDesk();
	const receiverName = (dossier.submitter ?? dossier.applicant).fullName;
	const trackingNumber = `EL${String(rng.int(0, 999_999_999)).padStart(9, '0')}VN`;
	const method = back === 'desk' ? 'in-person' : back;
	s.act(by, at, 'deliver', { method, receiverName, trackingNumber });
	return by;
}
