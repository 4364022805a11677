import { describe, expect, it } from 'vitest';
import { localDateTime } from '../time';
import { buildStopNoticeForm } from './stop-notice-form';
import { desk, formDate, makeDossier, makeDossier2018, office } from './test-fixtures';

const context = { office, desk, date: formDate };

describe('Form 05 stop notice (2025 only), domain.md §5.7', () => {
	it('records the applicant request and the reason', () => {
		const r = buildStopNoticeForm({
			...context,
			dossier: makeDossier(),
			stop: { reason: 'Công dân đề nghị dừng', requestedAt: localDateTime('2025-07-15T08:00') },
			officerName: 'Hoàng Thị Lan'
		});
		expect(r).toMatchObject({
			ok: true,
			form: {
				ref: { number: '05', title: 'Thông báo dừng giải quyết hồ sơ' },
				requestedAt: '2025-07-15T08:00:00',
				reason: 'Công dân đề nghị dừng',
				signature: { name: 'Hoàng Thị Lan' }
			}
		});
	});

	it('does not exist in the 2018 set and needs a reason', () => {
		const stop = { reason: 'x', requestedAt: null };
		expect(buildStopNoticeForm({ ...context, dossier: makeDossier2018(), stop })).toEqual({
			ok: false,
			error: 'form-not-in-set'
		});
		expect(
			buildStopNoticeForm({ ...context, dossier: makeDossier(), stop: { ...stop, reason: '' } })
		).toEqual({ ok: false, error: 'reason-required' });
		expect(buildStopNoticeForm({ ...context, dossier: makeDossier(), stop })).toMatchObject({
			ok: true,
			form: { requestedAt: null, signature: { name: null } }
		});
	});
});
