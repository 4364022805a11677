import { isOnline, watchConnectivity } from '$lib/sync/connectivity';

/** Online/offline as the browser reports it, for the header indicator. */
export class ConnectivityState {
	#online = $state(isOnline());
	#stop: (() => void) | null = null;

	get online(): boolean {
		return this.#online;
	}

	start(): void {
		if (this.#stop) return;
		this.#online = isOnline();
		this.#stop = watchConnectivity((online) => (this.#online = online));
	}

	stop(): void {
		this.#stop?.();
		this.#stop = null;
	}
}

export const connectivity = new ConnectivityState();
