/**
 * The units a dossier can be handed to (issue 9.5), first the likeliest: the procedure's
 * processing unit in the catalogue, its inter-agency steps, then the units this dossier was
 * already handed to (a later step often goes back to one of them). Free text stays possible.
 */
import type { Dossier, DossierEvent, Procedure } from '$lib/domain/model';

export function handoverUnits(
	dossier: Dossier,
	events: readonly DossierEvent[],
	procedures: readonly Procedure[]
): string[] {
	const inCatalogue = procedures.find((p) => p.code === dossier.procedure.code);
	const units = [
		inCatalogue?.processingUnit,
		...(inCatalogue?.steps ?? dossier.procedure.steps).map((s) => s.unit),
		...dossier.procedure.steps.map((s) => s.unit),
		...events.flatMap((e) => (e.kind === 'transfer' ? [e.payload.toUnit] : []))
	];
	return [...new Set(units.filter((u): u is string => typeof u === 'string' && u.trim() !== ''))];
}
