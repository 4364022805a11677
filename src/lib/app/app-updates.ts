/**
 * Registers the service worker through workbox-window and turns "a new build is waiting" into
 * a prompt. The page is only reloaded when the officer answers the prompt, so a half-typed form
 * is never lost to an update (issue 2, item 3).
 */
import { Workbox } from 'workbox-window';

export interface UpdateControl {
	/** Activates the waiting version; the page reloads once it controls the page. */
	applyUpdate(): void;
	/** Asks the server whether a newer service worker exists. */
	checkForUpdate(): Promise<void>;
}

const UPDATE_CHECK_INTERVAL_MS = 30 * 60 * 1000;

export function registerServiceWorker(
	scriptUrl: string,
	onUpdateReady: () => void
): UpdateControl | null {
	if (!('serviceWorker' in navigator)) return null;
	const wb = new Workbox(scriptUrl, { scope: '/' });
	let reloading = false;
	wb.addEventListener('waiting', () => onUpdateReady());
	const control: UpdateControl = {
		applyUpdate() {
			wb.addEventListener('controlling', () => {
				if (reloading) return;
				reloading = true;
				window.location.reload();
			});
			wb.messageSkipWaiting();
		},
		async checkForUpdate() {
			await wb.update();
		}
	};
	void wb.register();
	const check = (): void => void control.checkForUpdate().catch(() => undefined);
	setInterval(check, UPDATE_CHECK_INTERVAL_MS);
	document.addEventListener('visibilitychange', () => {
		if (document.visibilityState === 'visible') check();
	});
	return control;
}
