import { describe, expect, it } from 'vitest';
import { formRef, formSetFor, formsOfSet, resolveForm } from './form-sets';
import * as v from 'valibot';
import { DEFAULT_FORM_SETTINGS, FormSettingsSchema } from './settings';

describe('form sets by rule version, domain.md §5 and §5.7', () => {
	it('maps rule versions to sets, with a setting for new versions', () => {
		expect(v.is(FormSettingsSchema, DEFAULT_FORM_SETTINGS)).toBe(true);
		expect(formSetFor('nd61-2018')).toEqual({ ok: true, set: '2018' });
		expect(formSetFor('nd118-2025')).toEqual({ ok: true, set: '2025' });
		expect(formSetFor('nd999-2030')).toEqual({ ok: false, error: 'unknown-rule-version' });
		expect(formSetFor('toString')).toEqual({ ok: false, error: 'unknown-rule-version' });
		const settings = {
			ruleVersionFormSets: {
				...DEFAULT_FORM_SETTINGS.ruleVersionFormSets,
				'nd367-2025': '2025' as const
			}
		};
		expect(formSetFor('nd367-2025', settings)).toEqual({ ok: true, set: '2025' });
	});

	it('numbers the 2018 set 01–06 and the 2025 set 01–07', () => {
		expect(formsOfSet('2018').map((f) => `${f.number} ${f.kind}`)).toEqual([
			'01 receipt',
			'02 supplement-request',
			'03 refusal',
			'04 apology',
			'05 control-slip',
			'06 tracking-book'
		]);
		expect(formsOfSet('2025').map((f) => `${f.number} ${f.kind}`)).toEqual([
			'01 receipt',
			'02 supplement-request',
			'03 refusal',
			'04 apology',
			'05 stop-notice',
			'06 control-slip',
			'07 tracking-book'
		]);
	});

	it('gives titles, circulars and paper sizes', () => {
		expect(formRef('2018', 'apology')).toMatchObject({
			title: 'Phiếu xin lỗi và hẹn lại ngày trả kết quả',
			circular: 'Thông tư 01/2018/TT-VPCP',
			paper: 'A5'
		});
		expect(formRef('2025', 'apology')?.title).toBe(
			'Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết'
		);
		expect(formRef('2025', 'tracking-book')).toMatchObject({ number: '07', paper: 'A4' });
		expect(formRef('2018', 'stop-notice')).toBeNull();
	});

	it('resolves a form for a dossier rule version', () => {
		expect(resolveForm('nd61-2018', 'control-slip')).toMatchObject({
			ok: true,
			ref: { number: '05' }
		});
		expect(resolveForm('nd118-2025', 'control-slip')).toMatchObject({
			ok: true,
			ref: { number: '06' }
		});
		expect(resolveForm('nd61-2018', 'stop-notice')).toEqual({
			ok: false,
			error: 'form-not-in-set'
		});
		expect(resolveForm('x', 'receipt')).toEqual({ ok: false, error: 'unknown-rule-version' });
	});
});
