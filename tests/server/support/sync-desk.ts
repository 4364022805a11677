/**
 * A desk for the sync tests: its office database on pouchdb-browser over fake-indexeddb (as in
 * the browser), written through OfficeStore, and the options that let OfficeSync reach the
 * embedded server as one user (a Basic header: Node's fetch has no session cookie jar).
 */
import * as v from 'valibot';
import { expect } from 'vitest';
import type { Dossier, DossierEvent } from '../../../src/lib/domain/model';
import { DossierEventSchema, DossierSchema } from '../../../src/lib/domain/schemas';
import { OfficeStore } from '../../../src/lib/storage/office-store';
import { officeDbName, openDb } from '../../../src/lib/storage/pouch';
import { dossierFor, eventFor } from '../suites/security.js';
import type { TestUser } from './test-province.js';

let count = 0;

export function deskStore(officeId: string): OfficeStore {
	count += 1;
	return new OfficeStore(openDb(`sync_${officeId}_${process.pid}_${count}`), officeId);
}

export function basicAuth(user: TestUser): Record<string, string> {
	const token = Buffer.from(`${user.name}:${user.password}`).toString('base64');
	return { Authorization: `Basic ${token}` };
}

export function remoteOfficeUrl(serverDbUrl: string, officeId: string): string {
	return `${serverDbUrl}/${officeDbName(officeId)}`;
}

/** The domain record of a dossier of `officeId` received by `by`. */
export function dossier(officeId: string, by: string, code: string): Dossier {
	const { _id, type, schemaVersion, by: author, ...rest } = dossierFor(officeId, by, code);
	void [_id, type, schemaVersion, author];
	return v.parse(DossierSchema, rest);
}

/** A `transfer` event of dossier `code` written by `by`, numbered `n` at its desk. */
export function transfer(officeId: string, by: string, code: string, n = 1): DossierEvent {
	const {
		_id,
		type,
		schemaVersion,
		officeId: office,
		...rest
	} = eventFor(officeId, by, code, 'transfer', n);
	void [_id, type, schemaVersion, office];
	return v.parse(DossierEventSchema, rest);
}

/** A withdrawal of dossier `code` (it closes the dossier), at `at` when given. */
export function withdrawal(officeId: string, by: string, code: string, at?: string): DossierEvent {
	const {
		_id,
		type,
		schemaVersion,
		officeId: office,
		...rest
	} = eventFor(officeId, by, code, 'withdraw', 2);
	void [_id, type, schemaVersion, office];
	if (at === undefined) return rest as unknown as DossierEvent;
	return { ...rest, at, id: rest.id.replace(rest.at, at) } as unknown as DossierEvent;
}

/** Writes `dossiers` dossiers with one event each; returns the ids written. */
export async function receiveMany(
	store: OfficeStore,
	by: string,
	prefix: string,
	dossiers: number
): Promise<string[]> {
	const ids: string[] = [];
	for (let i = 0; i < dossiers; i += 1) {
		const code = `${prefix}-${String(i).padStart(4, '0')}`;
		const d = dossier(store.officeId, by, code);
		const e = transfer(store.officeId, by, code);
		expect((await store.putDossier(d)).ok && (await store.putEvent(e)).ok).toBe(true);
		ids.push(`dossier:${code}`, e.id);
	}
	return ids;
}
