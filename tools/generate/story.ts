/**
 * One dossier's history being written: each action is checked by the domain's `validateAction`
 * against the fold of what came before, with the writer's role, exactly as `actOnDossier`
 * (src/lib/app/dossier-actions.ts) does before a desk writes an event, and numbered the same way
 * (`n` = this desk's events of the dossier + 1). Times move in working time (calendar module).
 */
import {
	buildActionDraft,
	emptyActionFields,
	type ActionFields,
	type FormAction
} from '$lib/app/action-draft';
import {
	addWorkingMinutes,
	dailyWorkingSeconds,
	workingMinutesBetween,
	type DeadlineContext
} from '$lib/domain/calendar';
import {
	foldDossier,
	validateAction,
	type EventDraft,
	type FoldedDossier,
	type LifecycleSettings
} from '$lib/domain/lifecycle';
import type { Dossier, DossierEvent, Rating } from '$lib/domain/model';
import type { LocalDateTime } from '$lib/domain/time';
import { eventDocId } from '$lib/storage/documents';
import type { OfficeCatalogue } from './catalogue';
import type { GenOfficer, Staff } from './officers';
import type { Period } from './period';
import type { Rng } from './random';

export interface World {
	readonly ctx: DeadlineContext;
	readonly settings: LifecycleSettings;
	readonly cutoff: LocalDateTime;
	readonly period: Period;
	readonly staff: Staff;
	/** The processing unit of each procedure code. */
	readonly units: ReadonlyMap<string, string>;
	/** Working minutes of one working day. */
	readonly dayMinutes: number;
}

export function worldOf(
	{ ctx, procedures }: OfficeCatalogue,
	settings: LifecycleSettings,
	period: Period,
	staff: Staff
): World {
	const units = new Map(procedures.map((p) => [p.code, p.processingUnit]));
	const dayMinutes = dailyWorkingSeconds(ctx.hours) / 60;
	return { ctx, settings, cutoff: period.cutoff, period, staff, units, dayMinutes };
}

function value<T>(r: { ok: true; value: T } | { ok: false; year: number }): T {
	if (!r.ok) throw new Error(`the calendar has no year ${r.year}`);
	return r.value;
}

export class Story {
	readonly events: DossierEvent[] = [];
	folded: FoldedDossier;

	constructor(
		readonly dossier: Dossier,
		readonly world: World,
		readonly rng: Rng
	) {
		this.folded = foldDossier(dossier, [], world.settings, world.ctx);
	}

	/** When the last action happened (the receipt at first). */
	get t(): LocalDateTime {
		return this.folded.lastEventAt;
	}

	/** Working minutes from `a` to `b`. */
	minutes(a: LocalDateTime, b: LocalDateTime): number {
		return value(workingMinutesBetween(a, b, this.world.ctx));
	}

	/** `minutes` of working time after `at` (whole seconds). */
	after(at: LocalDateTime, minutes: number): LocalDateTime {
		return value(addWorkingMinutes(at, Math.max(1 / 60, minutes), this.world.ctx));
	}

	/** A random moment after `at`, `min`…`max` working days later. */
	daysAfter(at: LocalDateTime, min: number, max: number): LocalDateTime {
		return this.after(at, this.rng.between(min, max) * this.world.dayMinutes);
	}

	/** The moment a share `u` (0…1) of the working time from `a` to `b` has passed, after `a`. */
	between(a: LocalDateTime, b: LocalDateTime, u: number): LocalDateTime {
		return this.after(a, this.minutes(a, b) * u);
	}

	/** The desk officer who received the dossier. */
	get receiver(): GenOfficer {
		const found = this.world.staff.deskOfficers.find((o) => o.userName === this.dossier.receivedBy);
		if (found === undefined) throw new Error(`no officer ${this.dossier.receivedBy}`);
		return found;
	}

	/** Any desk officer, the receiving one half of the time. */
	anyDesk(): GenOfficer {
		return this.rng.chance(0.5) ? this.receiver : this.rng.pick(this.world.staff.deskOfficers);
	}

	/** The processing officer of `unit`. */
	unitOfficer(unit: string): GenOfficer {
		const officer = this.world.staff.units.get(unit);
		if (officer === undefined) throw new Error(`no officer for ${unit}`);
		return officer;
	}

	/** The unit that handles the dossier first: the first inter-agency step or the procedure's unit. */
	get firstUnit(): string {
		const { procedure } = this.dossier;
		const unit = procedure.steps[0]?.unit ?? this.world.units.get(procedure.code);
		if (unit === undefined) throw new Error(`no unit for procedure ${procedure.code}`);
		return unit;
	}

	leader(): GenOfficer {
		return this.rng.pick(this.world.staff.leaders);
	}

	/** Writes an action of a form, built by the app's own `buildActionDraft`. */
	act(by: GenOfficer, at: LocalDateTime, kind: FormAction, fields: Partial<ActionFields>): void {
		const draft = buildActionDraft(kind, { ...emptyActionFields(), ...fields });
		if (typeof draft === 'string') throw new Error(`${kind} needs ${draft}`);
		this.write(by, at, draft);
	}

	/** The rating kiosk's event (RatingKiosk.svelte). */
	rate(by: GenOfficer, at: LocalDateTime, rating: Rating, reason: string, comment: string): void {
		const payload = {
			rating,
			channel: 'desk' as const,
			...(comment ? { comment } : {}),
			...(rating === 'unsatisfied' ? { reason } : {})
		};
		this.write(by, at, { kind: 'rate', payload });
	}

	write(by: GenOfficer, at: LocalDateTime, draft: EventDraft): void {
		const { dossier, world } = this;
		if (at <= this.t || at > world.cutoff)
			throw new Error(`${dossier.code}: ${draft.kind} at ${at}`);
		const check = validateAction(this.folded, draft, at, by.role, world.settings, world.ctx);
		if (!check.ok) throw new Error(`${dossier.code}: ${draft.kind} at ${at}: ${check.error}`);
		const n = this.events.filter((e) => e.deskId === by.desk.id).length + 1;
		this.events.push({
			id: eventDocId(dossier.code, at, by.desk.id, n),
			dossierCode: dossier.code,
			at,
			by: by.userName,
			deskId: by.desk.id,
			...draft
		});
		this.folded = foldDossier(dossier, this.events, world.settings, world.ctx);
	}
}
