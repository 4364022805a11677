import { describe, expect, it } from 'vitest';
import { testWorkspace } from './test-support';
import { openWorkspace } from './workspace';

describe('reopening the workspace when the catalogue changes (issue 9, Also)', () => {
	it('keeps the same local databases open instead of opening new handles each time', async () => {
		const first = await testWorkspace();
		const dbName = first.store.db.name;
		let current = first;
		for (let i = 0; i < 12; i++) {
			const opened = await openWorkspace(first.setup, first.catalogue, {
				dbName,
				previous: current
			});
			if (!opened.ok) throw new Error(opened.error);
			current = opened.workspace;
		}
		expect(current.store).toBe(first.store);
		expect(current.readModel).toBe(first.readModel);
		// A workspace of another database never takes them over.
		const other = await testWorkspace();
		const moved = await openWorkspace(other.setup, other.catalogue, {
			dbName: other.store.db.name,
			previous: first
		});
		expect(moved.ok && moved.workspace.store).not.toBe(first.store);
	});
});
