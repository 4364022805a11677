/**
 * The replicated documents of an office database (architecture.md §3). Each is written once and
 * never updated: a change is a new document. The domain's records gain `_id`, `type`, the office
 * and `by` (the user who wrote it, which the server's validation checks against the session).
 */
import type { Dossier, DossierEvent } from '$lib/domain/model';
import * as v from 'valibot';

export const DOCUMENT_SCHEMA_VERSION = 1;

export type DossierDoc = Dossier & {
	readonly _id: string;
	readonly _rev?: string;
	readonly type: 'dossier';
	readonly schemaVersion: number;
	readonly by: string;
};

export type EventDoc = DossierEvent & {
	readonly _id: string;
	readonly _rev?: string;
	readonly type: 'event';
	readonly schemaVersion: number;
	readonly officeId: string;
};

export const DOSSIER_PREFIX = 'dossier:';
export const EVENT_PREFIX = 'event:';
/** Sorts after every character used in ids, to close prefix ranges. */
export const HIGH = '\ufff0';

export function dossierDocId(code: string): string {
	return `${DOSSIER_PREFIX}${code}`;
}

/** `event:<code>:<at>:<desk>:<n>`, unique because a desk numbers its own events of a dossier. */
export function eventDocId(code: string, at: string, deskId: string, n: number): string {
	return `${EVENT_PREFIX}${code}:${at}:${deskId}:${String(n).padStart(3, '0')}`;
}

/** The dossier code a document belongs to, or null for documents of other kinds. */
export function dossierCodeOf(id: string): string | null {
	if (id.startsWith(DOSSIER_PREFIX)) return id.slice(DOSSIER_PREFIX.length);
	if (id.startsWith(EVENT_PREFIX)) {
		const rest = id.slice(EVENT_PREFIX.length);
		const end = rest.indexOf(':');
		return end > 0 ? rest.slice(0, end) : null;
	}
	return null;
}

export function toDossierDoc(dossier: Dossier): DossierDoc {
	return {
		...dossier,
		_id: dossierDocId(dossier.code),
		type: 'dossier',
		schemaVersion: DOCUMENT_SCHEMA_VERSION,
		by: dossier.receivedBy
	};
}

export function toEventDoc(event: DossierEvent, officeId: string): EventDoc {
	return {
		...event,
		_id: event.id,
		type: 'event',
		schemaVersion: DOCUMENT_SCHEMA_VERSION,
		officeId
	};
}

const text = v.pipe(v.string(), v.minLength(1));
const dateTime = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/));

/** Enough of a dossier to project it; the server's validation checks the rest. */
const DossierShape = v.looseObject({
	type: v.literal('dossier'),
	code: text,
	officeId: text,
	deskId: text,
	receivedBy: text,
	receivedAt: dateTime,
	dueAt: v.nullable(dateTime),
	procedure: v.looseObject({ code: text, name: text, time: v.looseObject({ unit: text }) }),
	applicant: v.looseObject({ fullName: text, idNumber: v.string() }),
	channel: v.picklist(['direct', 'online', 'postal'])
});

const EventShape = v.looseObject({
	type: v.literal('event'),
	id: text,
	dossierCode: text,
	kind: text,
	at: dateTime,
	by: text,
	deskId: text,
	payload: v.looseObject({})
});

export type ParsedDoc =
	| { readonly ok: true; readonly doc: DossierDoc | EventDoc }
	| { readonly ok: false; readonly error: 'unknown-type' | 'malformed'; readonly detail: string };

/** Checks a document that came from storage or the server before the projector uses it. */
export function parseOfficeDoc(doc: unknown): ParsedDoc {
	const type = (doc as { type?: unknown } | null)?.type;
	const schema = type === 'dossier' ? DossierShape : type === 'event' ? EventShape : null;
	if (schema === null) return { ok: false, error: 'unknown-type', detail: String(type) };
	const result = v.safeParse(schema, doc);
	if (!result.success) {
		const detail = result.issues.map((i) => `${v.getDotPath(i) ?? ''}: ${i.message}`).join('; ');
		return { ok: false, error: 'malformed', detail };
	}
	return { ok: true, doc: doc as DossierDoc | EventDoc };
}

/** The domain's view of stored documents: storage fields stripped. */
export function dossierFromDoc(doc: DossierDoc): Dossier {
	const { _id, _rev, type, schemaVersion, by, ...dossier } = doc;
	void [_id, _rev, type, schemaVersion, by];
	return dossier;
}

export function eventFromDoc(doc: EventDoc): DossierEvent {
	const { _id, _rev, type, schemaVersion, officeId, ...event } = doc;
	void [_id, _rev, type, schemaVersion, officeId];
	return event;
}
