/**
 * Where the printed forms take what the dossier record does not hold (domain.md §5): the catalogue
 * entry of the procedure, the receiving desk, the officers' names, and the control slip's rows
 * from the lifecycle's handovers.
 */
import { classifyResolution } from '$lib/domain/classification';
import type { HandoverRow } from '$lib/domain/forms';
import type { FoldedDossier } from '$lib/domain/lifecycle';
import type { Desk, Dossier, Procedure } from '$lib/domain/model';
import type { Workspace } from './workspace';

/** The catalogue entry of the dossier's procedure, or a stand-in from the dossier's own copy. */
export function procedureOf(ws: Workspace, dossier: Dossier): Procedure {
	const found = ws.procedures.find((p) => p.code === dossier.procedure.code);
	if (found) return found;
	const { code, version, name, sector, time, steps } = dossier.procedure;
	const unit = steps[0]?.unit ?? '';
	const level = 'commune';
	return {
		code,
		version,
		name,
		sector,
		level,
		time,
		steps,
		components: [],
		feeVnd: 0,
		processingUnit: unit
	};
}

/** The desk that received the dossier: this one, or another desk of the office (after sync). */
export function deskOf(ws: Workspace, dossier: Pick<Dossier, 'deskId'>): Desk {
	const own = ws.setup.desk;
	if (dossier.deskId === own.id) return own;
	const number = /-desk-(\d+)$/.exec(dossier.deskId)?.[1];
	const name = number === undefined ? dossier.deskId : `Bàn ${Number(number)}`;
	return { ...own, id: dossier.deskId, name };
}

/** The name written under a signature: the officer's who wrote the record, when it is known. */
export function officerName(ws: Workspace, userName: string): string | undefined {
	if (userName === ws.setup.officer.userName) return ws.setup.officer.fullName;
	return ws.officerNames.get(userName);
}

/**
 * Form 05 rows from the lifecycle's handovers, domain.md §5.5: desk → first unit, then each unit
 * → the next (the result column says how the giving unit's step ended), the last unit → desk at
 * the decision, and desk → applicant at delivery (the dossier's overall result, §7).
 */
export function handoverRows(
	folded: FoldedDossier,
	units: { readonly desk: string; readonly applicant: string },
	nameOf: (userName: string) => string | undefined = () => undefined
): HandoverRow[] {
	const deskUnit = units.desk;
	const rows: HandoverRow[] = [];
	let from = deskUnit;
	let previous: FoldedDossier['handovers'][number] | null = null;
	for (const h of folded.handovers) {
		const handedBy = nameOf(h.by);
		rows.push({
			fromUnit: from,
			toUnit: h.toUnit,
			at: h.at,
			dueAt: previous?.dueAt ?? null,
			result: previous?.timing ?? null,
			...(handedBy === undefined ? {} : { handedBy })
		});
		from = h.toUnit;
		previous = h;
	}
	if (folded.decidedAt !== null && previous !== null) {
		const { dueAt, timing } = previous;
		rows.push({ fromUnit: from, toUnit: deskUnit, at: folded.decidedAt, dueAt, result: timing });
	}
	if (folded.deliveredAt !== null && folded.decidedAt !== null) {
		const result = classifyResolution(folded.dueAt, folded.decidedAt);
		rows.push({
			fromUnit: deskUnit,
			toUnit: units.applicant,
			at: folded.deliveredAt,
			dueAt: folded.dueAt,
			result
		});
	}
	return rows;
}
