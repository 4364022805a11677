/** Turns a dossier and its fold into the row the screens query (architecture.md §2). */
import { classifyResolution } from '$lib/domain/classification';
import { searchTokens } from '$lib/domain/applicant';
import type { FoldedDossier } from '$lib/domain/lifecycle';
import { isOpen } from '$lib/domain/lifecycle';
import type { Dossier } from '$lib/domain/model';
import type { DossierRow } from './read-model';

export function dossierRow(dossier: Dossier, folded: FoldedDossier): DossierRow {
	const names = [dossier.applicant.fullName, dossier.submitter?.fullName ?? ''].join(' ');
	const open = isOpen(folded.state);
	const paused = folded.pauses.some((p) => p.to === null);
	return {
		code: dossier.code,
		officeId: dossier.officeId,
		deskId: dossier.deskId,
		receivedBy: dossier.receivedBy,
		procedureCode: dossier.procedure.code,
		procedureName: dossier.procedure.name,
		sector: dossier.procedure.sector,
		channel: dossier.channel,
		applicantName: dossier.applicant.fullName,
		applicantIdNumber: dossier.applicant.idNumber,
		nameTokens: searchTokens(names),
		status: folded.state,
		open: open ? 1 : 0,
		paused: paused ? 1 : 0,
		outcome: folded.outcome,
		receivedAt: dossier.receivedAt,
		receivedDate: dossier.receivedAt.slice(0, 10),
		receiptDueAt: dossier.dueAt,
		dueAt: folded.dueAt ?? '',
		promisedDueAt: folded.promisedDueAt,
		decidedAt: folded.decidedAt,
		deliveredAt: folded.deliveredAt,
		resolution: folded.decidedAt ? classifyResolution(folded.dueAt, folded.decidedAt) : null,
		anomalies: folded.anomalies.length,
		flagged: folded.flaggedForSupervisor ? 1 : 0,
		lastEventAt: folded.lastEventAt,
		...(dossier.imported ? { imported: 1 as const } : {})
	};
}
