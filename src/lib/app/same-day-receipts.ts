/**
 * Dossiers of the same procedure received today for the same identity number (issue 9.10): the
 * receive form warns, so that a citizen's dossier is not received twice by mistake (a second
 * desk, a reload), but does not block, since a person may file the same procedure twice a day.
 */
import { normaliseIdNumber, type ApplicantInput } from '$lib/domain/applicant';
import type { IsoDate } from '$lib/domain/time';
import { receivedSameDay } from '$lib/storage/dossier-queries';
import type { Workspace } from './workspace';

export interface SameDayReceipt {
	readonly code: string;
	readonly receivedAt: string;
}

export async function sameDayReceipts(
	ws: Workspace,
	draft: {
		readonly procedureCode: string;
		readonly idType: ApplicantInput['idType'];
		readonly idNumber: string;
	},
	today: IsoDate
): Promise<readonly SameDayReceipt[]> {
	const idNumber = normaliseIdNumber(draft.idNumber);
	if (draft.procedureCode === '' || draft.idType === 'none' || idNumber === '') return [];
	const rows = await receivedSameDay(ws.readModel, idNumber, draft.procedureCode, today);
	return rows.map((r) => ({ code: r.code, receivedAt: r.receivedAt }));
}
