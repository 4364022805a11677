/**
 * Dossiers not decided by the cut-off (domain.md §4.2): still open (at the desk, with the unit,
 * at the leader's, awaiting a supplement or a payment), withdrawn at the applicant's request
 * (T12), or stopped and handed back (T10/T13). Nothing is dated after the cut-off.
 */
import type { LocalDateTime } from '$lib/domain/time';
import { planDueOf } from './fates';
import { askPayment, start, supplement } from './actions';
import type { Story } from './story';
import { TEXTS } from './texts';

/** Whether an action `u` of the way from now to `until` still fits before the cut-off. */
function fits(s: Story, until: LocalDateTime): boolean {
	return s.minutes(s.t, until < s.world.cutoff ? until : s.world.cutoff) >= 2;
}

/** `until`, or the cut-off when `until` leaves no time; throws when even that is too close. */
function lastChance(s: Story, until: LocalDateTime): LocalDateTime {
	if (fits(s, until)) return until;
	if (fits(s, s.world.cutoff)) return s.world.cutoff;
	throw new Error(`${s.dossier.code}: no time left before the cut-off`);
}

function soon(s: Story, until: LocalDateTime, u: number): LocalDateTime {
	return s.between(s.t, until < s.world.cutoff ? until : s.world.cutoff, u);
}

/** Open at the cut-off; a stalled one waits for the applicant's supplement (its clock paused). */
export function leaveOpen(s: Story, stalled: boolean): void {
	const { rng, world } = s;
	if (!fits(s, world.cutoff) || (!stalled && rng.chance(0.03))) return;
	const unit = start(s, 0.3);
	if (unit === null || !fits(s, world.cutoff)) return;
	const r = rng.next();
	if (stalled || r < 0.12) {
		supplement(s, unit, world.cutoff);
	} else if (r < 0.16) {
		askPayment(s, unit, world.cutoff);
	} else if (r < 0.5) {
		const toUnit = s.dossier.procedure.steps[1]?.unit ?? `Lãnh đạo ${unit}`;
		s.act(s.unitOfficer(unit), soon(s, world.cutoff, rng.between(0.1, 0.8)), 'transfer', {
			toUnit
		});
	}
}

/** T12: the applicant takes the dossier back, sometimes instead of a supplement or a payment. */
export function withdraw(s: Story): void {
	const { rng, world, dossier } = s;
	const due = planDueOf(dossier, world.ctx);
	const unit = rng.chance(0.8) ? start(s, 0.3) : null;
	const r = rng.next();
	if (unit !== null && r < 0.3 && fits(s, due)) supplement(s, unit, due);
	else if (unit !== null && r < 0.4 && fits(s, due)) askPayment(s, unit, due);
	const waiting = s.folded.state !== 'received' && s.folded.state !== 'in-process';
	const until = lastChance(s, waiting ? s.daysAfter(s.t, 1, 10) : due);
	s.act(s.anyDesk(), soon(s, until, rng.between(0.1, 0.9)), 'withdraw', {
		reason: rng.pick(TEXTS.withdraw)
	});
}

/** T10 after an unanswered supplement request or payment, or T13 at the applicant's request. */
export function stop(s: Story): void {
	const { rng, world, dossier } = s;
	const due = planDueOf(dossier, world.ctx);
	const unit = start(s, 0.3);
	const r = rng.next();
	const room = unit !== null && fits(s, due);
	const unanswered = room && r < 0.6 && supplement(s, unit, due);
	const unpaid = room && r >= 0.6 && r < 0.75;
	if (unpaid) askPayment(s, unit, due);
	const q = rng.next();
	const by = q < 0.5 ? s.leader() : q < 0.7 ? world.staff.supervisor : s.anyDesk();
	const until = lastChance(s, unanswered || unpaid ? s.daysAfter(s.t, 10, 20) : due);
	const reason = unanswered
		? TEXTS.stopAfterSupplement
		: unpaid
			? TEXTS.stopUnpaid
			: TEXTS.stopOnRequest;
	s.act(
		by,
		soon(s, until, unanswered || unpaid ? rng.between(0.7, 1) : rng.between(0.1, 0.9)),
		'stop',
		{
			reason,
			returnedUnresolved: unanswered || unpaid || rng.chance(0.5)
		}
	);
}
