/**
 * The whole office, planned from a seed: officers and desks, receipts, fates, then each dossier's
 * history written on demand (`histories`), so the documents stream out in receipt order.
 */
import { DEFAULT_DESK_SLOTS } from '$lib/app/desk-setup';
import { openingAt } from '$lib/domain/calendar';
import { rangeForDesk } from '$lib/domain/codes';
import { DEFAULT_LIFECYCLE_SETTINGS } from '$lib/domain/lifecycle';
import type { Dossier, DossierEvent } from '$lib/domain/model';
import { toEpochMs, type IsoDate } from '$lib/domain/time';
import type { OfficeCatalogue } from './catalogue';
import { drawFates, type Fate, type Timing } from './fates';
import { planStaff, unitsOf, type KnownDesk, type Staff } from './officers';
import { leaveOpen, stop, withdraw } from './others';
import { Rng } from './random';
import { dayCounts, periodOf, type Period } from './period';
import { receive } from './receipts';
import { resolve } from './resolved';
import { Story, worldOf, type World } from './story';

export interface PlanOptions {
	readonly dossiers: number;
	readonly months: number;
	readonly seed: number;
	readonly end: IsoDate;
}

export interface OfficePlan {
	readonly staff: Staff;
	readonly period: Period;
	readonly dossiers: readonly Dossier[];
	readonly fates: readonly Fate[];
	readonly world: World;
	/** When the generated desks were registered: the opening of the period's first day (UTC ISO). */
	readonly registeredAt: string;
	readonly seed: number;
}

export interface History {
	readonly dossier: Dossier;
	readonly events: readonly DossierEvent[];
	readonly fate: Fate;
	/** The timing the fold gives a resolved dossier (null: open, closed or without due time). */
	readonly timing: Timing | null;
}

/** Desk officers enough for the busiest day with a quarter of each block to spare, ~45 a day each. */
function deskOfficerCount(counts: readonly number[], slots: number): number {
	const block = rangeForDesk(0, slots);
	const size = block.ok ? block.range.last - block.range.first + 1 : 1;
	const busiest = Math.max(...counts);
	const mean = counts.reduce((a, b) => a + b, 0) / counts.length;
	return Math.max(2, Math.ceil(busiest / (0.75 * size)), Math.ceil(mean / 45));
}

export function planOffice(
	catalogue: OfficeCatalogue,
	known: readonly KnownDesk[],
	options: PlanOptions
): OfficePlan {
	const { office, procedures, ctx } = catalogue;
	const period = periodOf(options.end, options.months, ctx);
	const counts = dayCounts(new Rng(options.seed, 1), period, options.dossiers);
	const slots = office.deskSlots ?? DEFAULT_DESK_SLOTS;
	const staff = planStaff(
		office.id,
		slots,
		deskOfficerCount(counts, slots),
		unitsOf(procedures),
		known
	);
	const dossiers = receive(new Rng(options.seed, 2), period, counts, catalogue, staff.deskOfficers);
	const fates = drawFates(new Rng(options.seed, 3), dossiers, period, ctx);
	const world = worldOf(catalogue, DEFAULT_LIFECYCLE_SETTINGS, period, staff);
	const first = period.days[0] as IsoDate;
	const registeredAt = new Date(toEpochMs(openingAt(first, ctx.hours))).toISOString();
	return { staff, period, dossiers, fates, world, registeredAt, seed: options.seed };
}

/** Each dossier with its events, written as the fate says (seeded per dossier). */
export function* histories(plan: OfficePlan): Generator<History> {
	for (let i = 0; i < plan.dossiers.length; i++) {
		const dossier = plan.dossiers[i] as Dossier;
		const fate = plan.fates[i] as Fate;
		const story = new Story(dossier, plan.world, new Rng(plan.seed, 1000 + i));
		let timing: Timing | null = null;
		if (fate.kind === 'open') leaveOpen(story, fate.stalled);
		else if (fate.kind === 'withdrawn') withdraw(story);
		else if (fate.kind === 'stopped') stop(story);
		else timing = resolve(story, fate) ?? (fate.timing === 'none' ? 'none' : null);
		// The result carries its timing, as the desk writes it (ADR 31).
		const events = story.events.map((e) =>
			e.kind === 'result-ready' && timing !== null ? { ...e, payload: { ...e.payload, timing } } : e
		);
		yield { dossier, events, fate, timing };
	}
}
