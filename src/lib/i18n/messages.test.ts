import { addMessages, init, _ } from 'svelte-i18n';
import { get } from 'svelte/store';
import { beforeAll, describe, expect, it } from 'vitest';
import { allVietnameseMessages, englishMessages } from './catalogue';
import { codeMessage, isAreaCode, messageKey, type AreaCode, type Translate } from './messages';

describe('codeMessage', () => {
	let t: Translate;
	beforeAll(async () => {
		addMessages('vi', await allVietnameseMessages());
		addMessages('en', await englishMessages());
		await init({ fallbackLocale: 'vi', initialLocale: 'vi' });
		t = get(_);
	});

	it('words a known code from its area', () => {
		expect(messageKey('syncPage.errors', 'offline')).toBe('syncPage.errors.offline');
		expect(codeMessage(t, 'syncPage.errors', 'offline')).toBe(t('syncPage.errors.offline'));
		expect(codeMessage(t, 'dossierStatus', 'in-process')).toBe('Đang xử lý');
	});

	it('passes placeholders and a chosen language', () => {
		const sent = codeMessage(t, 'forms.errors', 'dossier-not-found', { values: { code: 'X-1' } });
		expect(sent).toContain('X-1');
		expect(codeMessage(t, 'dossierStatus', 'in-process', { locale: 'en' })).toBe(
			t('dossierStatus.in-process', { locale: 'en' })
		);
		expect(codeMessage(t, 'dossierStatus', 'in-process', { locale: 'en' })).not.toBe('Đang xử lý');
	});

	it('words a code of another version by the generic fallback, with the code, in both languages', () => {
		// What the server, another desk's report or older kept data may carry despite the types.
		const fromServer = 'quota-exceeded' as unknown as AreaCode<'syncPage.errors'>;
		expect(codeMessage(t, 'syncPage.errors', fromServer)).toBe(
			'Đã xảy ra lỗi không xác định (mã: quota-exceeded).'
		);
		expect(codeMessage(t, 'syncPage.errors', fromServer, { locale: 'en' })).toBe(
			'An unexpected error occurred (code: quota-exceeded).'
		);
		const newerState = 'archived' as unknown as AreaCode<'dossierStatus'>;
		expect(codeMessage(t, 'dossierStatus', newerState)).toBe('Không xác định (mã: archived)');
	});

	it('keeps the refusal reasons’ own fallback', () => {
		const reason = 'new-rule' as unknown as AreaCode<'syncPage.reasons'>;
		expect(codeMessage(t, 'syncPage.reasons', reason)).toBe(t('syncPage.reasons.unknown'));
	});

	it('never shows a raw key', () => {
		const odd = [
			null,
			undefined,
			'',
			'toString',
			'__proto__'
		] as unknown as AreaCode<'login.errors'>[];
		for (const code of odd) {
			expect(isAreaCode('login.errors', code)).toBe(false);
			expect(codeMessage(t, 'login.errors', code)).toMatch(/^Đã xảy ra lỗi không xác định/);
		}
	});
});
