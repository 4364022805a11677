/**
 * Steps many histories share (domain.md §4.2): the transfer after receipt (T6) or a decision at
 * the desk (T6b), a supplement request (T8), a payment (T11).
 */
import { closingAt } from '$lib/domain/calendar';
import { datePart, type LocalDateTime } from '$lib/domain/time';
import type { Story } from './story';
import { TEXTS } from './texts';

/** T6 or T6b; returns the unit now handling the dossier, null when decided at the desk. */
export function start(s: Story, quickShare: number): string | null {
	const { time } = s.dossier.procedure;
	const quick = time.unit === 'same-day' || (time.unit === 'working-hours' && time.amount <= 8);
	if (s.rng.chance(quick ? quickShare : 0.02)) return null;
	const unit = s.firstUnit;
	// Forwarded at once (domain.md §6.2 T6): late in the day still before closing.
	const closing = closingAt(datePart(s.t), s.world.ctx.hours);
	const delay = Math.min(s.rng.between(1, 45), s.minutes(s.t, closing) * s.rng.between(0.2, 0.6));
	s.act(s.receiver, s.after(s.t, delay), 'transfer', { toUnit: unit });
	return unit;
}

/** A supplement request and its receipt (T8/T9), the clock paused in between. */
export function supplement(s: Story, unit: string, until: LocalDateTime): boolean {
	if (until <= s.t) return false;
	const asked = s.between(s.t, until, s.rng.between(0.1, 0.5));
	const items = [s.rng.pick(TEXTS.supplementItems)];
	s.act(s.unitOfficer(unit), asked, 'request-supplement', {
		reason: s.rng.pick(TEXTS.supplement),
		items: items.join('\n')
	});
	return true;
}

/** T11: asks for a payment before `until`; returns whether the clock pauses meanwhile. */
export function askPayment(s: Story, unit: string, until: LocalDateTime): boolean {
	const amount = s.dossier.feeVnd > 0 ? s.dossier.feeVnd : 1000 * s.rng.int(50, 2000);
	const pausesClock = s.rng.chance(0.5);
	s.act(s.unitOfficer(unit), s.between(s.t, until, s.rng.between(0.1, 0.4)), 'request-payment', {
		amount,
		pausesClock,
		note: s.rng.pick(TEXTS.paymentNote)
	});
	return pausesClock;
}

/** T11 and back: while the clock runs on, it is paid well before the due time. */
export function payment(s: Story, unit: string, until: LocalDateTime): void {
	if (until <= s.t) return;
	const paid = askPayment(s, unit, until)
		? s.daysAfter(s.t, 0.1, 2)
		: s.between(s.t, until, s.rng.between(0.05, 0.3));
	s.act(s.anyDesk(), paid, 'payment-received', {});
}
