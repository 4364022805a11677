/**
 * How each dossier ends by the cut-off, drawn so the whole office matches the seed's table
 * (seed-shares.ts): exact counts per outcome, handed out over a seeded shuffle. Dossiers whose
 * time runs past the cut-off are the open ones (the least advanced of them) or were resolved
 * early; late decisions go to dossiers with room after their due time.
 */
import { openingAt, workingMinutesBetween, type DeadlineContext } from '$lib/domain/calendar';
import type { Dossier, Rating } from '$lib/domain/model';
import { datePart, minutesBetween, type LocalDateTime } from '$lib/domain/time';
import type { Rng } from './random';
import { workingDaysLeft, type Period } from './period';
import { SEED_SHARES } from './seed-shares';

export type Timing = 'early' | 'on-time' | 'late' | 'none';

export type Fate =
	| { readonly kind: 'open'; readonly stalled: boolean }
	| { readonly kind: 'withdrawn' }
	| { readonly kind: 'stopped' }
	| {
			readonly kind: 'resolved';
			readonly timing: Timing;
			/** Its time runs past the cut-off: decided before it, so early (or without due). */
			readonly beforeCutoff: boolean;
			readonly refused: boolean;
			readonly rating: Rating | null;
	  };

/** The due time, or for procedures without one a horizon of 10 working days to plan within. */
export function planDueOf(d: Dossier, ctx: DeadlineContext): LocalDateTime {
	if (d.dueAt !== null) return d.dueAt;
	const day = ctx.calendar.addWorkingDays(datePart(d.receivedAt), 10);
	if (!day.ok) throw new Error(`the calendar has no year ${day.year}`);
	return `${day.value}${d.receivedAt.slice(10)}` as LocalDateTime;
}

export function drawFates(
	rng: Rng,
	dossiers: readonly Dossier[],
	period: Period,
	ctx: DeadlineContext
): Fate[] {
	const { cutoff } = period;
	const n = dossiers.length;
	const minutes = (a: LocalDateTime, b: LocalDateTime) => {
		const m = workingMinutesBetween(a, b, ctx);
		if (!m.ok) throw new Error(`the calendar has no year ${m.year}`);
		return m.value;
	};
	const due = dossiers.map((d) => planDueOf(d, ctx));
	const rooms = due.map((d) => workingDaysLeft(period, datePart(d)));
	const all = dossiers.map((_, i) => i);
	const pastCutoff = all.filter((i) => due[i]! > cutoff);

	// Open: the dossiers that have used the least of their time at the cut-off.
	const openCount = Math.round(n * SEED_SHARES.open);
	const progress = (i: number) => {
		const d = dossiers[i]!;
		const used = minutesBetween(d.receivedAt, cutoff) / minutesBetween(d.receivedAt, due[i]!);
		return used + rng.between(0, 0.6);
	};
	const keyed = pastCutoff.map((i) => [i, progress(i)] as const).sort((a, b) => a[1] - b[1]);
	const open = new Set(keyed.slice(0, openCount).map(([i]) => i));
	const stalled = new Set<number>();
	for (let i = n - 1; open.size < openCount && i >= 0; i--) {
		if (!open.has(i)) {
			open.add(i);
			stalled.add(i);
		}
	}
	const runsPast = new Set(pastCutoff.filter((i) => !open.has(i)));

	const others = rng.shuffled(
		all.filter((i) => !open.has(i) && !runsPast.has(i) && rooms[i]! >= 3)
	);
	const withdrawn = new Set(others.splice(0, Math.round(n * SEED_SHARES.withdrawn)));
	const stopped = new Set(others.splice(0, Math.round(n * SEED_SHARES.stopped)));
	const resolved = all.filter((i) => !open.has(i) && !withdrawn.has(i) && !stopped.has(i));

	const timing = new Map<number, Timing>();
	const withDue = resolved.filter((i) => dossiers[i]!.dueAt !== null);
	for (const i of resolved) timing.set(i, dossiers[i]!.dueAt === null ? 'none' : 'on-time');
	for (const i of runsPast) if (timing.get(i) === 'on-time') timing.set(i, 'early');
	const shares = SEED_SHARES.resolution;
	const free = rng.shuffled(withDue.filter((i) => !runsPast.has(i)));
	const lateCount = Math.round(withDue.length * shares.late);
	for (const i of free.filter((i) => rooms[i]! >= 5).slice(0, lateCount)) timing.set(i, 'late');
	// Early needs time before the due day, on time some time on it before the due time.
	const windows = (i: number) => {
		const { receivedAt, dueAt } = dossiers[i]!;
		const dayStart = openingAt(datePart(dueAt!), ctx.hours);
		const from = dayStart > receivedAt ? dayStart : receivedAt;
		return { early: minutes(receivedAt, dayStart) >= 30, onTime: minutes(from, dueAt!) >= 5 };
	};
	let early =
		Math.round(withDue.length * shares.early) - withDue.filter((i) => runsPast.has(i)).length;
	const candidates = free
		.filter((i) => timing.get(i) === 'on-time')
		.map((i) => [i, windows(i)] as const);
	const onlyEarly = candidates.filter(([, w]) => w.early && !w.onTime);
	for (const [i] of [...onlyEarly, ...candidates.filter(([, w]) => w.early && w.onTime)]) {
		if (early-- <= 0) break;
		timing.set(i, 'early');
	}

	const order = rng.shuffled(resolved);
	const refused = new Set(order.slice(0, Math.round(resolved.length * SEED_SHARES.refused)));
	const rated = rng.shuffled(resolved.filter((i) => !runsPast.has(i)));
	const ratings = new Map<number, Rating>();
	const total = Math.round(resolved.length * SEED_SHARES.ratedPerResolved);
	const unsatisfied = Math.round(total * SEED_SHARES.ratings.unsatisfied);
	const satisfied = Math.round(total * SEED_SHARES.ratings.satisfied);
	rated.slice(0, total).forEach((i, k) => {
		ratings.set(
			i,
			k < unsatisfied ? 'unsatisfied' : k < unsatisfied + satisfied ? 'satisfied' : 'very-satisfied'
		);
	});

	return all.map((i): Fate => {
		if (open.has(i)) return { kind: 'open', stalled: stalled.has(i) };
		if (withdrawn.has(i)) return { kind: 'withdrawn' };
		if (stopped.has(i)) return { kind: 'stopped' };
		return {
			kind: 'resolved',
			timing: timing.get(i) ?? 'none',
			beforeCutoff: runsPast.has(i),
			refused: refused.has(i),
			rating: ratings.get(i) ?? null
		};
	});
}
