/**
 * The browser's storage for this desk: ask that it be persistent (architecture.md §5) and read
 * how much of it is used, so Settings can warn before the browser starts evicting.
 */

export interface StorageEstimateResult {
	readonly usage: number;
	readonly quota: number;
	readonly persisted: boolean;
}

/** Above this share of the quota Settings shows a warning (issue 2: 75 %). */
export const STORAGE_WARNING_RATIO = 0.75;

/** Asks the browser not to evict this origin's data; returns whether it is persistent now. */
export async function requestPersistentStorage(): Promise<boolean> {
	const storage = globalThis.navigator?.storage;
	if (!storage?.persist) return false;
	if (await storage.persisted()) return true;
	try {
		return await storage.persist();
	} catch {
		return false;
	}
}

/** Usage and quota in bytes, or null when the browser does not say. */
export async function estimateStorage(): Promise<StorageEstimateResult | null> {
	const storage = globalThis.navigator?.storage;
	if (!storage?.estimate) return null;
	const [{ usage, quota }, persisted] = await Promise.all([
		storage.estimate(),
		storage.persisted ? storage.persisted() : Promise.resolve(false)
	]);
	if (usage === undefined || quota === undefined || quota <= 0) return null;
	return { usage, quota, persisted };
}

export function usageRatio(estimate: StorageEstimateResult): number {
	return estimate.usage / estimate.quota;
}

export function isStorageNearlyFull(estimate: StorageEstimateResult): boolean {
	return usageRatio(estimate) > STORAGE_WARNING_RATIO;
}
