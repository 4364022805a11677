/**
 * Whether the browser believes it has a network. Replication (architecture.md §5) starts when
 * this turns true; the UI shows it. `navigator.onLine` can say online behind a dead link, so
 * sync treats it only as a hint and reports its own failures separately.
 */

export type ConnectivityListener = (online: boolean) => void;

export function isOnline(): boolean {
	return globalThis.navigator?.onLine ?? true;
}

/** Calls `listener` on every change; returns the function that stops listening. */
export function watchConnectivity(listener: ConnectivityListener): () => void {
	const onOnline = (): void => listener(true);
	const onOffline = (): void => listener(false);
	globalThis.addEventListener('online', onOnline);
	globalThis.addEventListener('offline', onOffline);
	return () => {
		globalThis.removeEventListener('online', onOnline);
		globalThis.removeEventListener('offline', onOffline);
	};
}
