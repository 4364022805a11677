/**
 * Turns the fields of a dossier action form into the event to write (domain.md §4.2), or names
 * the field that is still needed. The domain validates the event again before it is written.
 */
import type { EventDraft } from '$lib/domain/lifecycle';
import type { EventKind } from '$lib/domain/model';
import { parseVnDateTime } from '$lib/domain/time';

/**
 * Actions written through the dossier's action form (the rating, the review and a rating's
 * follow-up have their own).
 */
export type FormAction = Exclude<EventKind, 'rate' | 'review' | 'follow-up'>;

/**
 * A needed field left empty, as the message under the form names it (`actionForm.missing.*`);
 * `reviewNote` is the supervisor's review, which the form checks itself.
 */
export const MISSING_ACTION_FIELDS = [
	'reviewNote',
	'toUnit',
	'reason',
	'items',
	'newDueAt',
	'receiverName',
	'trackingNumber'
] as const;
export type MissingActionField = (typeof MISSING_ACTION_FIELDS)[number];

export interface ActionFields {
	toUnit: string;
	note: string;
	reason: string;
	/** One item per line. */
	items: string;
	amount: number;
	pausesClock: boolean;
	/** The new due date as typed, `dd/mm/yyyy`, and its time `HH:mm`. */
	newDueDate: string;
	newDueTime: string;
	outcome: 'approved' | 'refused';
	resultNumber: string;
	method: 'in-person' | 'postal' | 'online';
	receiverName: string;
	trackingNumber: string;
	returnedUnresolved: boolean;
}

export function emptyActionFields(): ActionFields {
	return {
		toUnit: '',
		note: '',
		reason: '',
		items: '',
		amount: 0,
		pausesClock: true,
		newDueDate: '',
		newDueTime: '',
		outcome: 'approved',
		resultNumber: '',
		method: 'in-person',
		receiverName: '',
		trackingNumber: '',
		returnedUnresolved: false
	};
}

/** Whether the form asks for a reason (refusal, supplement, apology, withdrawal, stop: §4.2). */
export function needsReason(kind: FormAction, f: ActionFields): boolean {
	return (
		['request-supplement', 'apology', 'withdraw', 'stop'].includes(kind) ||
		(kind === 'result-ready' && f.outcome === 'refused')
	);
}

const note = (text: string) => (text.trim() ? { note: text.trim() } : {});
const optional = <K extends string>(key: K, text: string) =>
	(text.trim() ? { [key]: text.trim() } : {}) as Partial<Record<K, string>>;

export function buildActionDraft(
	kind: FormAction,
	f: ActionFields
): EventDraft | MissingActionField {
	const reason = f.reason.trim();
	if (needsReason(kind, f) && !reason) return 'reason';
	switch (kind) {
		case 'transfer':
			return f.toUnit.trim()
				? { kind, payload: { toUnit: f.toUnit.trim(), ...note(f.note) } }
				: 'toUnit';
		case 'request-supplement': {
			const items = f.items
				.split('\n')
				.map((s) => s.trim())
				.filter(Boolean);
			return items.length ? { kind, payload: { reason, items } } : 'items';
		}
		case 'supplement-received':
		case 'payment-received':
			return { kind, payload: note(f.note) };
		case 'request-payment':
			return {
				kind,
				payload: {
					amountVnd: Math.max(0, Number(f.amount) || 0),
					pausesClock: f.pausesClock,
					...note(f.note)
				}
			};
		case 'apology': {
			const newDueAt = parseVnDateTime(f.newDueDate, f.newDueTime);
			return newDueAt ? { kind, payload: { reason, newDueAt } } : 'newDueAt';
		}
		case 'result-ready':
			return {
				kind,
				payload: {
					outcome: f.outcome,
					...optional('reason', reason),
					...optional('resultNumber', f.resultNumber)
				}
			};
		case 'deliver':
			return deliverDraft(f);
		case 'withdraw':
			return { kind, payload: { reason } };
		case 'stop':
			return { kind, payload: { reason, returnedUnresolved: f.returnedUnresolved } };
	}
}

function deliverDraft(f: ActionFields): EventDraft | MissingActionField {
	if (f.method === 'in-person') {
		const receiverName = f.receiverName.trim();
		return receiverName
			? { kind: 'deliver', payload: { method: 'in-person', receiverName } }
			: 'receiverName';
	}
	if (f.method === 'postal') {
		const trackingNumber = f.trackingNumber.trim();
		return trackingNumber
			? { kind: 'deliver', payload: { method: 'postal', trackingNumber } }
			: 'trackingNumber';
	}
	return { kind: 'deliver', payload: { method: 'online' } };
}
