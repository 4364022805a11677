import { describe, expect, it } from 'vitest';
import {
	buildActionDraft,
	emptyActionFields,
	needsReason,
	type ActionFields
} from './action-draft';

const fields = (over: Partial<ActionFields>): ActionFields => ({ ...emptyActionFields(), ...over });

describe('action form → event', () => {
	it('asks for what each action needs', () => {
		expect(buildActionDraft('transfer', fields({}))).toBe('toUnit');
		expect(buildActionDraft('request-supplement', fields({}))).toBe('reason');
		expect(buildActionDraft('request-supplement', fields({ reason: 'Thiếu' }))).toBe('items');
		expect(buildActionDraft('apology', fields({ reason: 'Chậm' }))).toBe('newDueAt');
		expect(buildActionDraft('result-ready', fields({ outcome: 'refused' }))).toBe('reason');
		expect(buildActionDraft('deliver', fields({}))).toBe('receiverName');
		expect(buildActionDraft('deliver', fields({ method: 'postal' }))).toBe('trackingNumber');
		expect(buildActionDraft('withdraw', fields({ reason: '  ' }))).toBe('reason');
		expect(buildActionDraft('stop', fields({}))).toBe('reason');
		expect(needsReason('result-ready', fields({}))).toBe(false);
	});

	it('builds the events with trimmed text', () => {
		expect(
			buildActionDraft('transfer', fields({ toUnit: ' Phòng Tư pháp ', note: ' gấp ' }))
		).toEqual({
			kind: 'transfer',
			payload: { toUnit: 'Phòng Tư pháp', note: 'gấp' }
		});
		expect(
			buildActionDraft(
				'request-supplement',
				fields({ reason: 'Thiếu giấy', items: 'Bản sao CCCD\n\n Giấy chứng sinh ' })
			)
		).toEqual({
			kind: 'request-supplement',
			payload: { reason: 'Thiếu giấy', items: ['Bản sao CCCD', 'Giấy chứng sinh'] }
		});
		expect(buildActionDraft('supplement-received', fields({}))).toEqual({
			kind: 'supplement-received',
			payload: {}
		});
		expect(buildActionDraft('payment-received', fields({ note: 'Biên lai 12' }))).toEqual({
			kind: 'payment-received',
			payload: { note: 'Biên lai 12' }
		});
		expect(buildActionDraft('request-payment', fields({ amount: -5, pausesClock: false }))).toEqual(
			{
				kind: 'request-payment',
				payload: { amountVnd: 0, pausesClock: false }
			}
		);
		expect(
			buildActionDraft(
				'apology',
				fields({ reason: 'Chờ ý kiến', newDueDate: '02/12/2019', newDueTime: '08:30' })
			)
		).toEqual({
			kind: 'apology',
			payload: { reason: 'Chờ ý kiến', newDueAt: '2019-12-02T08:30:00' }
		});
		expect(buildActionDraft('result-ready', fields({ resultNumber: ' 12/GKS ' }))).toEqual({
			kind: 'result-ready',
			payload: { outcome: 'approved', resultNumber: '12/GKS' }
		});
		expect(
			buildActionDraft('result-ready', fields({ outcome: 'refused', reason: 'Không đủ điều kiện' }))
		).toEqual({
			kind: 'result-ready',
			payload: { outcome: 'refused', reason: 'Không đủ điều kiện' }
		});
		expect(buildActionDraft('deliver', fields({ receiverName: 'Trần Văn B' }))).toEqual({
			kind: 'deliver',
			payload: { method: 'in-person', receiverName: 'Trần Văn B' }
		});
		expect(
			buildActionDraft('deliver', fields({ method: 'postal', trackingNumber: 'EB123VN' }))
		).toEqual({
			kind: 'deliver',
			payload: { method: 'postal', trackingNumber: 'EB123VN' }
		});
		expect(buildActionDraft('deliver', fields({ method: 'online' }))).toEqual({
			kind: 'deliver',
			payload: { method: 'online' }
		});
		expect(buildActionDraft('withdraw', fields({ reason: 'Đổi ý' }))).toEqual({
			kind: 'withdraw',
			payload: { reason: 'Đổi ý' }
		});
		expect(
			buildActionDraft('stop', fields({ reason: 'Hết hạn bổ sung', returnedUnresolved: true }))
		).toEqual({
			kind: 'stop',
			payload: { reason: 'Hết hạn bổ sung', returnedUnresolved: true }
		});
	});
});
