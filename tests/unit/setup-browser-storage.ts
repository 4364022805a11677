/**
 * Unit tests run PouchDB's IndexedDB adapter and Dexie on fake-indexeddb (real implementations,
 * not mocks). PouchDB looks for `self` and `navigator.userAgent` when it loads.
 */
import 'fake-indexeddb/auto';

const g = globalThis as { self?: unknown; navigator?: unknown };
g.self ??= globalThis;
g.navigator ??= { userAgent: 'node' };
