import type { DataCheck } from '$lib/app/data-check';
import type { DataCheckApi } from '$lib/app/desk-api';

/** The Settings section that checks and rebuilds the desk's read model. */
export class DataCheckState {
	#result = $state.raw<DataCheck | null>(null);
	#rebuilt = $state<number | null>(null);
	#busy = $state(false);

	constructor(private readonly api: DataCheckApi) {}

	get result(): DataCheck | null {
		return this.#result;
	}
	get rebuilt(): number | null {
		return this.#rebuilt;
	}
	get busy(): boolean {
		return this.#busy;
	}

	async check(): Promise<void> {
		await this.#run(async () => {
			this.#result = await this.api.checkData();
		});
	}

	async rebuild(): Promise<void> {
		await this.#run(async () => {
			this.#rebuilt = await this.api.rebuildReadModel();
			this.#result = await this.api.checkData();
		});
	}

	async #run(task: () => Promise<void>): Promise<void> {
		this.#busy = true;
		try {
			await task();
		} finally {
			this.#busy = false;
		}
	}
}
