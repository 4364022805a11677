import { describe, expect, it } from 'vitest';
import { isCitizenScreen, ratedCodeOf } from './kiosk.svelte';

describe('citizen screens (issue 9 item 4)', () => {
	it('are the rating kiosk and the lookup, nothing else', () => {
		expect(isCitizenScreen('/tra-cuu')).toBe(true);
		expect(isCitizenScreen('/ho-so/000.10.39.H39-261203-0001/danh-gia')).toBe(true);
		expect(isCitizenScreen('/ho-so/000.10.39.H39-261203-0001')).toBe(false);
		expect(isCitizenScreen('/ho-so/000.10.39.H39-261203-0001/in/phieu-hen')).toBe(false);
		expect(isCitizenScreen('/ho-so')).toBe(false);
		expect(isCitizenScreen('/')).toBe(false);
	});

	it('lead the officer back to the dossier rated', () => {
		expect(ratedCodeOf('/ho-so/000.10.39.H39-261203-0001/danh-gia')).toBe(
			'000.10.39.H39-261203-0001'
		);
		expect(ratedCodeOf('/ho-so/A%2FB/danh-gia')).toBe('A/B');
		expect(ratedCodeOf('/tra-cuu')).toBeNull();
	});
});
