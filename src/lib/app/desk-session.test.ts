import { describe, expect, it } from 'vitest';
import { DeviceDb } from '$lib/storage/device-db';
import {
	reopenWorkspace,
	workspaceFor,
	type DeskSession,
	type OfficerRecord
} from './desk-session';
import { deskForSlot, type DeskRegistration } from './desk-setup';
import { birthCertificate, landRegistration, testOffice } from './test-support';
import { openCatalogue } from './workspace';

describe('reopening the workspace after the catalogue changed', () => {
	it('keeps the databases, moves the projector and reads the offices again', async () => {
		const stamp = Date.now();
		const device = new DeviceDb(`test_device_reopen_${stamp}`);
		const catalogue = openCatalogue(`test_catalogue_reopen_${stamp}`);
		await catalogue.seed({
			procedures: [birthCertificate, landRegistration],
			offices: [{ ...testOffice, procedureCodes: ['1.001193'] }],
			calendars: []
		});
		const desk = deskForSlot(testOffice.id, 1, 2);
		if (desk === null) throw new Error('no desk');
		const registration: DeskRegistration = {
			officeId: testOffice.id,
			desk,
			slot: 1,
			registeredBy: 'canbo.a',
			registeredAt: '2019-11-20T01:00:00.000Z'
		};
		const officer = {
			userName: 'canbo.a',
			fullName: 'Hoàng Thị Lan',
			officeId: testOffice.id,
			roles: ['desk-officer'],
			province: null,
			lastOnlineLoginAt: '2019-11-20T01:00:00.000Z'
		} as unknown as OfficerRecord;
		const first = await workspaceFor(device, catalogue, registration, officer);
		if (!first.ok || first.workspace === null) throw new Error('no workspace');
		const session: DeskSession = {
			device,
			catalogue,
			offices: await catalogue.offices(),
			serverUrl: 'http://localhost/db',
			registration,
			officer,
			active: null,
			workspace: first.workspace
		};
		expect(first.workspace.procedures.map((p) => p.code)).toEqual(['1.001193']);

		// The province adds a procedure to the office.
		const doc = await catalogue.db.get(`office:${testOffice.id}`);
		await catalogue.db.put({ ...doc, procedureCodes: ['1.001193', '1.004227'] });

		const reopened = await reopenWorkspace(session);
		const ws = reopened?.workspace;
		if (!ws) throw new Error('not reopened');
		try {
			expect(ws).not.toBe(first.workspace);
			expect(ws.procedures.map((p) => p.code)).toEqual(['1.001193', '1.004227']);
			expect(ws.store).toBe(first.workspace.store);
			expect(ws.readModel).toBe(first.workspace.readModel);
			expect(reopened.offices[0]?.procedureCodes).toEqual(['1.001193', '1.004227']);
			expect(reopened.device).toBe(device);
		} finally {
			ws.projector.stop();
		}
		expect(await reopenWorkspace({ ...session, workspace: null })).toBeNull();
	});
});
