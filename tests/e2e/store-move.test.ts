import { expect, test, type Page } from '@playwright/test';
import { resolve } from 'node:path';
import { build, type Rollup } from 'vite';
import { waitForOfflineReady } from './support/app';
import { DossierListPage } from './support/dossier-list-page';
import { DossierPage } from './support/dossier-page';
import { officer, signIn } from './support/login-page';
import { ReceivePage } from './support/receive-page';
import { SyncPage } from './support/sync-page';

/** PouchDB with its `idb` and `indexeddb` adapters, as one script for a page (no app code). */
async function pouchScript(): Promise<string> {
	const built = (await build({
		configFile: false,
		logLevel: 'error',
		build: {
			write: false,
			minify: false,
			lib: {
				entry: resolve('tests/e2e/support/previous-store-entry.ts'),
				formats: ['iife'],
				name: 'PreviousStore'
			}
		}
	})) as Rollup.RollupOutput | Rollup.RollupOutput[];
	const output = Array.isArray(built) ? built[0]! : built;
	return output.output[0].code;
}

/**
 * Turns this laptop's stores back into the previous version's: every `indexeddb`-adapter database
 * copied into the `idb` adapter under its old name, in the same order, with its `_local`
 * documents; the push checkpoint set just before the documents of `unsentCode` (the previous
 * version had not sent them), the read model's checkpoint at the end (it had projected everything).
 */
async function backToPreviousVersion(page: Page, unsentCode: string): Promise<string[]> {
	// A page of the app's origin that the service worker leaves alone (`/_…`) and no app code runs on.
	await page.route('**/_previous-version', (route) =>
		route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>-</title>' })
	);
	await page.goto('/_previous-version');
	await page.addScriptTag({ content: await pouchScript() });
	return page.evaluate(async (code) => {
		type Pouch = PouchDB.Database;
		const P = (globalThis as unknown as { PreviousPouchDB: PouchDB.Static }).PreviousPouchDB;
		const ask = <T>(r: IDBRequest<T>) =>
			new Promise<T>((done, fail) => {
				r.onsuccess = () => done(r.result);
				r.onerror = () => fail(r.error ?? new Error('IndexedDB'));
			});
		const names = (await indexedDB.databases())
			.map((d) => d.name ?? '')
			.filter((n) => n.startsWith('_pouch_v2_motcua_'))
			.map((n) => n.slice('_pouch_v2_'.length));
		for (const name of names) {
			const from: Pouch = new P(name, { adapter: 'indexeddb', prefix: 'v2_' });
			const to: Pouch = new P(name, { adapter: 'idb' });
			let pushedSeq: number | null = null;
			const changes = await from.changes({ since: 0, style: 'all_docs' });
			for (const change of changes.results) {
				if (pushedSeq === null && change.id.includes(code)) {
					pushedSeq = Number((await to.info()).update_seq);
				}
				const got = await from.bulkGet({
					docs: change.changes.map((c) => ({ id: change.id, rev: c.rev })),
					revs: true
				});
				const docs = got.results.flatMap((r) => r.docs.flatMap((d) => ('ok' in d ? [d.ok] : [])));
				await to.bulkDocs(docs, { new_edits: false });
			}
			const raw = await ask(indexedDB.open(`_pouch_v2_${name}`));
			const keys = (await ask(raw.transaction('meta').objectStore('meta').getAllKeys())).map(
				String
			);
			raw.close();
			for (const id of keys.filter((k) => k.startsWith('_local/'))) {
				const { _rev, ...doc } = await from.get<{ value?: Record<string, unknown> }>(id);
				void _rev;
				if (id === '_local/motcua-sync' && doc.value) {
					const seq = pushedSeq ?? Number((await to.info()).update_seq);
					doc.value = { ...doc.value, pushedSeq: seq, verifiedSeq: seq };
				}
				await to.put(doc);
			}
			const end = Number((await to.info()).update_seq);
			await from.destroy();
			await to.close();
			if (name.startsWith('motcua_office_')) {
				const readModel = await ask(
					indexedDB.open(`motcua_read_${name.slice('motcua_office_'.length)}`)
				);
				const tx = readModel.transaction('meta', 'readwrite');
				await ask(tx.objectStore('meta').put({ key: 'checkpoint', value: end }));
				readModel.close();
			}
		}
		return (await indexedDB.databases()).map((d) => d.name ?? '').sort();
	}, unsentCode);
}

test('a laptop of the previous version moves its data at startup: every dossier kept, the unsent one still unsent and then sent, no code reissued', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const context = await browser.newContext();
	const page = await context.newPage();
	await signIn(page, officer('desk1'));
	await waitForOfflineReady(page);
	const receive = new ReceivePage(page);
	const sent = await receive.receive('khai sinh');
	const sync = new SyncPage(page);
	await sync.syncNow();

	// Offline: the next dossier stays on the laptop.
	await context.setOffline(true);
	const unsent = await receive.receive('khai sinh');
	await sync.goto();
	await expect(sync.unsent()).toHaveText('1');

	const stores = await backToPreviousVersion(page, unsent);
	expect(stores).toContain('_pouch_motcua_catalogue');
	expect(stores.filter((n) => n.startsWith('_pouch_v2_'))).toEqual([]);

	// The new version starts, still offline: it moves the laptop's data, then the desk is as it was.
	const list = new DossierListPage(page);
	await list.goto();
	await expect(list.count()).toHaveText('2 hồ sơ');
	await expect(list.row(unsent)).toHaveCount(1);
	await expect(list.row(sent)).toHaveCount(1);
	const dossier = new DossierPage(page);
	await dossier.goto(unsent);
	await expect(dossier.status()).toHaveText('Đã tiếp nhận');
	const after = await page.evaluate(async () =>
		(await indexedDB.databases()).map((d) => d.name ?? '').sort()
	);
	expect(after.filter((n) => /^_pouch_motcua_/.test(n))).toEqual([]);
	expect(after).toContain('_pouch_v2_motcua_catalogue');
	await sync.goto();
	await expect(sync.unsent()).toHaveText('1');

	// The code counter came along: the next dossier takes the next number.
	const next = await receive.receive('khai sinh');
	const serial = (code: string) => Number(code.split('-').at(-1));
	expect(serial(next)).toBe(serial(unsent) + 1);

	// Online again: what waited goes up, and nothing is left to send.
	await context.setOffline(false);
	await sync.syncNow();
	await context.close();
});
