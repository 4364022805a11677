import { describe, expect, it } from 'vitest';
import { DEFAULT_LIFECYCLE_SETTINGS } from '$lib/domain/lifecycle';
import { makeDossier, testContext } from '$lib/domain/lifecycle/test-support';
import { collisionNote } from './collisions';
import { dossierDocId, toDossierDoc } from './documents';
import { Projector } from './projector';
import { freshOffice } from './test-support';

const context = () => ({ settings: DEFAULT_LIFECYCLE_SETTINGS, deadlines: testContext });

/** What a sync writes when the server holds another revision of the same id. */
async function arrives(store: ReturnType<typeof freshOffice>['store'], doc: object, rev: string) {
	await store.db.bulkDocs([{ ...doc, _rev: rev }], { new_edits: false });
}

describe('two different dossiers under one code (ADR 19)', () => {
	it('keeps both, flags the dossier, names the other one and shows it on the dossier', async () => {
		const { store, readModel } = freshOffice();
		const mine = makeDossier();
		await store.putDossier(mine);
		// Another laptop with the same number range received someone else under the same code.
		const theirs = {
			...mine,
			applicant: { ...mine.applicant, fullName: 'Hoàng Văn Bình' },
			deskId: 'office-1-desk-07'
		};
		await arrives(store, toDossierDoc(theirs), '1-ffffffffffffffffffffffffffffffff');
		await arrives(store, toDossierDoc(theirs), '1-00000000000000000000000000000000');

		await new Projector(store, readModel, context).catchUp();
		const row = await readModel.dossiers.get(mine.code);
		expect(row?.flagged).toBe(1);
		const notes = (await readModel.unreadable.toArray()).map(collisionNote);
		// The dossier that is not shown, whichever wins; its second copy (same content) is no
		// second collision.
		const names = notes.map((n) => n?.applicantName);
		const shown = row?.applicantName;
		expect(notes.every((n) => n?.code === mine.code)).toBe(true);
		expect(names).toHaveLength(1);
		expect(new Set([shown, ...names])).toEqual(
			new Set(['Hoàng Văn Bình', mine.applicant.fullName])
		);

		const loaded = await store.load(mine.code);
		expect(loaded?.collisions.length).toBe(1);
		const all = await store.db.get(dossierDocId(mine.code), { conflicts: true });
		expect(all._conflicts).toHaveLength(2);
	});

	it('a document that travelled twice with another revision is no collision', async () => {
		const { store, readModel } = freshOffice();
		const mine = makeDossier();
		await store.putDossier(mine);
		await arrives(store, toDossierDoc(mine), '1-ffffffffffffffffffffffffffffffff');
		await new Projector(store, readModel, context).catchUp();
		expect((await readModel.dossiers.get(mine.code))?.flagged).toBe(0);
		expect(await readModel.unreadable.count()).toBe(0);
		expect((await store.load(mine.code))?.collisions).toEqual([]);
	});
});
