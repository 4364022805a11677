/**
 * One feedback (PAKN, ADR 29) as its list, the day-end page and the report need it: the fold's
 * outcome flattened into an indexable row of the read model.
 */
import { foldForSearch } from '$lib/domain/applicant';
import type { FoldedFeedback } from '$lib/domain/feedback';
import type { FeedbackRow } from './read-model';

/** The start of the content kept in the row, for the list; the page reads the whole record. */
const PREVIEW = 240;

export function feedbackRow(folded: FoldedFeedback): FeedbackRow {
	const { feedback } = folded;
	const { sender } = feedback;
	const contact = [sender.phone, sender.email, sender.address].filter(Boolean).join(' · ');
	return {
		code: feedback.code,
		state: folded.state,
		open: folded.open ? 1 : 0,
		kind: feedback.kind,
		channel: feedback.channel,
		senderName: sender.organisation ? `${sender.name} (${sender.organisation})` : sender.name,
		contact,
		preview: feedback.content.slice(0, PREVIEW),
		unit: folded.unit ?? '',
		receivedAt: feedback.receivedAt,
		receivedDate: feedback.receivedAt.slice(0, 10),
		receivedBy: feedback.receivedBy,
		deskId: feedback.deskId,
		dueAt: feedback.dueAt,
		answeredOn: folded.answer?.answeredOn ?? null,
		timing: folded.timing,
		published: folded.published ? 1 : 0,
		dossierCode: feedback.dossierCode ?? '',
		searchText: foldForSearch(
			[
				feedback.code,
				sender.name,
				sender.organisation ?? '',
				sender.phone ?? '',
				feedback.content,
				folded.unit ?? '',
				feedback.dossierCode ?? ''
			].join(' ')
		),
		anomalies: folded.anomalies.length,
		lastStepAt: folded.lastStepAt
	};
}
