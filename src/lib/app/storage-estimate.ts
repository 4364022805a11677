/**
 * How full this laptop's storage is, for Settings: the browser's estimate and the share at which
 * the page warns (the state layer reads storage only through `$lib/app`, architecture.md §2).
 */
export {
	estimateStorage,
	isStorageNearlyFull,
	usageRatio,
	type StorageEstimateResult
} from '$lib/storage/device-storage';
