import { describe, expect, it } from 'vitest';
import { localeOf } from './index';

describe('localeOf', () => {
	it('keeps a language the app speaks', () => {
		expect(localeOf('vi')).toBe('vi');
		expect(localeOf('en')).toBe('en');
	});

	it('is Vietnamese before the catalogue loads or for a tag the app does not speak', () => {
		expect(localeOf(null)).toBe('vi');
		expect(localeOf(undefined)).toBe('vi');
		expect(localeOf('en-US')).toBe('vi');
		expect(localeOf('fr')).toBe('vi');
	});
});
