/**
 * Bundled by the store-move test into a page of the app's origin: PouchDB with both browser
 * adapters, to put a laptop's data back the way the previous version kept it (ADR 24).
 */
import PouchDB from 'pouchdb-browser';
import IndexeddbAdapter from 'pouchdb-adapter-indexeddb';

PouchDB.plugin(IndexeddbAdapter);
(globalThis as { PreviousPouchDB?: unknown }).PreviousPouchDB = PouchDB;
