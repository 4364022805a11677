import { checkData, rebuildReadModel, type DataCheck } from '$lib/app/data-check';
import type { Workspace } from '$lib/app/workspace';

/** The Settings section that checks and rebuilds the desk's read model. */
export class DataCheckState {
	#result = $state.raw<DataCheck | null>(null);
	#rebuilt = $state<number | null>(null);
	#busy = $state(false);

	constructor(private readonly ws: Workspace) {}

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
			this.#result = await checkData(this.ws);
		});
	}

	async rebuild(): Promise<void> {
		await this.#run(async () => {
			this.#rebuilt = await rebuildReadModel(this.ws);
			this.#result = await checkData(this.ws);
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
