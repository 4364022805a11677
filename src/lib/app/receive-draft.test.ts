import { describe, expect, it } from 'vitest';
import { DeviceDb } from '$lib/storage/device-db';
import {
	clearReceiveDraft,
	emptyDraft,
	loadReceiveDraft,
	saveReceiveDraft,
	toReceiveInput,
	withProcedure
} from './receive-draft';
import { birthCertificate } from './test-support';

describe('the receive draft', () => {
	it('survives on the device until it is cleared', async () => {
		const device = new DeviceDb(`device_test_${Date.now()}`);
		expect(await loadReceiveDraft(device)).toBeNull();
		const draft = withProcedure(emptyDraft(), birthCertificate);
		draft.applicant.fullName = 'Nguyễn Thị Ánh';
		await saveReceiveDraft(device, draft);
		expect(await loadReceiveDraft(device)).toEqual(draft);
		await clearReceiveDraft(device);
		expect(await loadReceiveDraft(device)).toBeNull();
	});

	it('fills what an older draft lacks from the empty draft', async () => {
		const device = new DeviceDb(`device_test_old_${Date.now()}`);
		await device.saveDraft(
			'receive',
			{ procedureCode: '1.001193', applicant: { fullName: 'A' } },
			1
		);
		const loaded = await loadReceiveDraft(device);
		expect(loaded?.applicant.idType).toBe('citizen-id');
		expect(loaded?.channel).toBe('direct');
	});

	it('becomes the use case input, with the birth date read as dd/mm/yyyy', () => {
		const draft = withProcedure(emptyDraft(), birthCertificate);
		draft.applicant.birthDate = '01/05/1990';
		draft.submitter.birthDate = '31/02/1990';
		draft.hasSubmitter = true;
		draft.components['to-khai'] = 1;
		draft.returnKind = 'postal';
		draft.returnAddress = 'Số 5 Lê Lợi';
		const input = toReceiveInput(draft);
		expect(input.applicant.birthDate).toBe('1990-05-01');
		expect(input.submitter?.birthDate).toBe('31/02/1990');
		expect(input.components).toContainEqual({ componentId: 'to-khai', count: 1 });
		expect(input.resultReturn).toEqual({ kind: 'postal', address: 'Số 5 Lê Lợi' });
		expect(toReceiveInput({ ...draft, hasSubmitter: false, returnKind: 'desk' })).toMatchObject({
			submitter: null,
			resultReturn: { kind: 'desk' }
		});
	});
});
