/**
 * What happens once when the app starts in a browser, composed in one place (architecture.md §2):
 * ask for persistent storage and register the offline shell.
 */
import { dev } from '$app/environment';
import { requestPersistentStorage } from '$lib/storage/device-storage';
import { registerServiceWorker, type UpdateControl } from './app-updates';

export interface StartupResult {
	readonly updates: UpdateControl | null;
	readonly persisted: Promise<boolean>;
}

export function startApp(onUpdateReady: () => void): StartupResult {
	const persisted = requestPersistentStorage();
	// In development the service worker would serve stale modules; the offline shell is a
	// property of production builds, tested end to end on one.
	const updates = dev ? null : registerServiceWorker('/service-worker.js', onUpdateReady);
	return { updates, persisted };
}
