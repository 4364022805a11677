import { describe, expect, it } from 'vitest';
import { DEFAULT_LIFECYCLE_SETTINGS } from '$lib/domain/lifecycle';
import {
	eventFactory,
	makeDossier,
	SAMPLE_PAYLOADS,
	testContext
} from '$lib/domain/lifecycle/test-support';
import type { Dossier, DossierEvent, EventKind } from '$lib/domain/model';
import {
	dossierFromDoc,
	eventDocId,
	eventFromDoc,
	EventDocSchema,
	parseOfficeDoc,
	toDossierDoc,
	toEventDoc,
	type DossierDoc,
	type EventDoc,
	type ParsedDoc
} from './documents';
import { Projector } from './projector';
import { freshOffice } from './test-support';

const OFFICE = 'office-1';
const dossier = makeDossier();
const event = eventFactory(dossier);
const KINDS = Object.keys(SAMPLE_PAYLOADS) as EventKind[];

function sampleEvent(kind: EventKind): DossierEvent {
	return event(kind, '2019-11-21T09:00:00', SAMPLE_PAYLOADS[kind]);
}

/** The detail of a refusal (fails the test when the document was read). */
function refusal(parsed: ParsedDoc): string {
	if (parsed.ok) throw new Error('expected a refusal');
	return `${parsed.error} ${parsed.detail}`;
}

describe('office documents', () => {
	it('reads a dossier as written, typed, and gives the domain back the same record', () => {
		const parsed = parseOfficeDoc(toDossierDoc(dossier));
		if (!parsed.ok || parsed.doc.type !== 'dossier') throw new Error('not read as a dossier');
		const doc: DossierDoc = parsed.doc;
		const back: Dossier = dossierFromDoc(doc);
		expect(back).toEqual(dossier);
	});

	it.each(KINDS)('reads a %s event as written and gives the domain back the same event', (kind) => {
		const written = sampleEvent(kind);
		const parsed = parseOfficeDoc(toEventDoc(written, OFFICE));
		if (!parsed.ok || parsed.doc.type !== 'event') throw new Error('not read as an event');
		const doc: EventDoc = parsed.doc;
		expect(doc.kind).toBe(kind);
		expect(eventFromDoc(doc)).toEqual(written);
	});

	it('has one document schema per event kind', () => {
		const kinds = EventDocSchema.options.map((o) => o.entries.kind.literal);
		expect([...kinds].sort()).toEqual([...KINDS].sort());
	});

	it('keeps fields a newer version may add and the revision fields of PouchDB', () => {
		const newer = {
			...toDossierDoc(dossier),
			_rev: '1-abc',
			_conflicts: ['1-def'],
			schemaVersion: 2,
			priority: 'high'
		};
		const parsed = parseOfficeDoc(newer);
		expect(parsed).toMatchObject({
			ok: true,
			doc: { _rev: '1-abc', _conflicts: ['1-def'], schemaVersion: 2, priority: 'high' }
		});
		const withNote = { ...toEventDoc(sampleEvent('stop'), OFFICE), signedBy: 'Chủ tịch' };
		expect(parseOfficeDoc(withNote)).toMatchObject({ ok: true, doc: { signedBy: 'Chủ tịch' } });
	});

	it('reports a missing field, a wrong variant and a payload of another kind by their paths', () => {
		const { schemaVersion, ...unversioned } = toDossierDoc(dossier);
		void schemaVersion;
		expect(refusal(parseOfficeDoc(unversioned))).toBe(
			'malformed schemaVersion: Invalid key: Expected "schemaVersion" but received undefined'
		);
		const channel = { ...toDossierDoc(dossier), channel: 'fax' };
		expect(refusal(parseOfficeDoc(channel))).toMatch(/^malformed channel: Invalid type: /);
		const transfer = toEventDoc(sampleEvent('transfer'), OFFICE);
		expect(refusal(parseOfficeDoc({ ...transfer, payload: { reason: 'Rút' } }))).toBe(
			'malformed payload.toUnit: Invalid key: Expected "toUnit" but received undefined'
		);
		expect(refusal(parseOfficeDoc({ ...transfer, kind: 'archive' }))).toMatch(
			/^malformed kind: Invalid type: Expected \("transfer" \| .*\) but received "archive"$/
		);
		const { officeId, ...officeless } = transfer;
		void officeId;
		expect(refusal(parseOfficeDoc(officeless))).toBe(
			'malformed officeId: Invalid key: Expected "officeId" but received undefined'
		);
	});

	it('reports a document of another type, or no document, as of unknown type', () => {
		expect(parseOfficeDoc({ _id: 'other:1', type: 'something-else' })).toEqual({
			ok: false,
			error: 'unknown-type',
			detail: 'something-else'
		});
		for (const doc of [null, 'dossier', 42, { _id: 'x' }]) {
			expect(parseOfficeDoc(doc)).toMatchObject({ ok: false, error: 'unknown-type' });
		}
	});
});

describe('the projector and documents from the server', () => {
	it('lists a document its schema refuses with the path of what is wrong, never folds it', async () => {
		const { store, readModel } = freshOffice(OFFICE);
		await store.putDossier(dossier);
		const good = sampleEvent('transfer');
		await store.putEvent(good);
		// As replication brings it: a payload of another kind under a well-formed id.
		const id = eventDocId(dossier.code, '2019-11-22T09:00:00', 'desk-2', 1);
		const stop = { ...toEventDoc(sampleEvent('stop'), OFFICE), _id: id, id };
		await store.db.bulkDocs([{ ...stop, payload: { reason: 'Quá hạn' }, _rev: '1-a' }], {
			new_edits: false
		});
		await new Projector(store, readModel, () => ({
			settings: DEFAULT_LIFECYCLE_SETTINGS,
			deadlines: testContext
		})).catchUp();
		expect(await readModel.unreadable.toArray()).toEqual([
			{
				id,
				error: 'malformed',
				detail:
					'payload.returnedUnresolved: Invalid key: Expected "returnedUnresolved" but received undefined'
			}
		]);
		expect((await readModel.dossiers.get(dossier.code))?.status).toBe('in-process');
		expect((await store.load(dossier.code))?.events).toEqual([good]);
	});
});
