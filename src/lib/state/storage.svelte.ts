import {
	estimateStorage,
	isStorageNearlyFull,
	usageRatio,
	type StorageEstimateResult
} from '$lib/app/storage-estimate';

/** Storage used and available on this device, shown in Settings. */
export class StorageState {
	#estimate = $state<StorageEstimateResult | null>(null);
	#loaded = $state(false);

	get estimate(): StorageEstimateResult | null {
		return this.#estimate;
	}
	get loaded(): boolean {
		return this.#loaded;
	}
	get ratio(): number | null {
		return this.#estimate ? usageRatio(this.#estimate) : null;
	}
	get nearlyFull(): boolean {
		return this.#estimate ? isStorageNearlyFull(this.#estimate) : false;
	}

	async refresh(): Promise<void> {
		this.#estimate = await estimateStorage();
		this.#loaded = true;
	}
}

export const deviceStorage = new StorageState();
