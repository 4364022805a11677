/**
 * Device-local data that never replicates (architecture.md §3): this laptop's desk set-up,
 * unfinished form drafts and small preferences, in one Dexie database.
 */
import Dexie, { type Table } from 'dexie';

export interface DeviceSetting {
	readonly key: string;
	readonly value: unknown;
}

export interface DraftRow {
	readonly key: string;
	readonly value: unknown;
	readonly savedAt: number;
}

export class DeviceDb extends Dexie {
	settings!: Table<DeviceSetting, string>;
	drafts!: Table<DraftRow, string>;

	constructor(name = 'motcua_device') {
		super(name);
		this.version(1).stores({ settings: 'key', drafts: 'key' });
	}

	async getSetting<T>(key: string): Promise<T | null> {
		return ((await this.settings.get(key))?.value as T | undefined) ?? null;
	}

	async setSetting(key: string, value: unknown): Promise<void> {
		await this.settings.put({ key, value });
	}

	async getDraft<T>(key: string): Promise<T | null> {
		return ((await this.drafts.get(key))?.value as T | undefined) ?? null;
	}

	async saveDraft(key: string, value: unknown, savedAt: number): Promise<void> {
		await this.drafts.put({ key, value, savedAt });
	}

	async deleteDraft(key: string): Promise<void> {
		await this.drafts.delete(key);
	}
}
