import type { UpdateControl } from '$lib/app/app-updates';

/** Whether a new version waits for the officer's go-ahead. */
export class AppUpdateState {
	#available = $state(false);
	#dismissed = $state(false);
	#control: UpdateControl | null = null;

	get visible(): boolean {
		return this.#available && !this.#dismissed;
	}

	attach(control: UpdateControl | null): void {
		this.#control = control;
	}

	markAvailable(): void {
		this.#available = true;
		this.#dismissed = false;
	}

	dismiss(): void {
		this.#dismissed = true;
	}

	reload(): void {
		this.#control?.applyUpdate();
	}
}

export const appUpdate = new AppUpdateState();
