import { describe, expect, it } from 'vitest';
import { isStorageNearlyFull, STORAGE_WARNING_RATIO, usageRatio } from './device-storage';

describe('device storage', () => {
	it('warns above three quarters of the quota', () => {
		expect(STORAGE_WARNING_RATIO).toBe(0.75);
		expect(isStorageNearlyFull({ usage: 75, quota: 100, persisted: true })).toBe(false);
		expect(isStorageNearlyFull({ usage: 76, quota: 100, persisted: true })).toBe(true);
		expect(usageRatio({ usage: 1, quota: 4, persisted: false })).toBe(0.25);
	});
});
