/** Fresh, uniquely named stores on fake-indexeddb for the storage tests. */
import { openDb } from './pouch';
import { OfficeStore } from './office-store';
import { ReadModelDb } from './read-model';

let counter = 0;

export function freshOffice(officeId = 'office-1'): { store: OfficeStore; readModel: ReadModelDb } {
	counter += 1;
	const store = new OfficeStore(openDb(`test_${officeId}_${counter}_${Date.now()}`), officeId);
	const readModel = new ReadModelDb(`${officeId}-${counter}-${Date.now()}`);
	return { store, readModel };
}
