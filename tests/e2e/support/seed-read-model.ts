import { test, type Page } from '@playwright/test';
import { officeIdOf, stemOf } from './e2e-province';

/** The office of the running test file (`e2e-province.ts`). */
function fileOffice(): string {
	return officeIdOf(stemOf(test.info().file));
}

/** Strings that must stay inert text and must not break a row's layout. */
export const HOSTILE_NAMES = [
	'<img src=x onerror="window.__pwned=1">',
	'\u202eNguyễn Văn Độc\u202c',
	`Trần ${'Rất-Dài-'.repeat(40)}Tên`
];

/**
 * Writes `count` generated rows straight into the read model (a fixture for list tests at scale:
 * receiving 50,000 dossiers through the page would take hours). Seeded, so every run is the same;
 * rows have the shape `dossierRow` produces. The page must be reloaded to see them.
 */
export async function seedReadModel(page: Page, count: number, officeId = fileOffice()) {
	const dbName = `motcua_read_${officeId}`;
	await page.evaluate(
		async ({ count, dbName, officeId, hostile }) => {
			let seed = 42;
			const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
			const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
			const family = ['Nguyễn', 'Nguyễn', 'Nguyễn', 'Trần', 'Lê', 'Hoàng', 'Nông', 'Phạm', 'Vi'];
			const middle = ['Văn', 'Thị', 'Đức', 'Minh', 'Thu'];
			const given = ['Anh', 'Ánh', 'Bình', 'Cường', 'Dũng', 'Hà', 'Lan', 'Minh', 'Sơn', 'Yến'];
			const fold = (s: string) =>
				s.replace(/[đĐ]/g, 'd').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
			const tokens = (s: string) => [
				...new Set(
					fold(s)
						.split(/[^\p{L}\p{N}]+/u)
						.filter((w) => w !== '')
				)
			];
			const states = ['delivered', 'delivered', 'delivered', 'in-process', 'result-ready'];
			const pad = (n: number, w = 2) => String(n).padStart(w, '0');
			const rows = Array.from({ length: count }, (_, i) => {
				const day = new Date(Date.UTC(2026, 0, 5) + Math.floor(i / 200) * 86_400_000);
				const date = day.toISOString().slice(0, 10);
				const name =
					i < hostile.length ? hostile[i]! : `${pick(family)} ${pick(middle)} ${pick(given)}`;
				const status = pick(states);
				const open = status === 'in-process' ? 1 : 0;
				return {
					code: `000.10.39.H39-${date.slice(2).replaceAll('-', '')}-${pad((i % 200) + 1, 4)}`,
					officeId,
					deskId: 'desk-1',
					receivedBy: 'lan.ht',
					procedureCode: '1.001193',
					procedureName: 'Thủ tục đăng ký khai sinh',
					sector: 'Hộ tịch',
					channel: 'direct',
					applicantName: name,
					applicantIdNumber: `0201${pad(Math.floor(rand() * 1e8), 8)}`,
					nameTokens: tokens(name),
					status,
					open,
					paused: 0,
					outcome: open ? null : 'approved',
					receivedAt: `${date}T08:00:00`,
					receivedDate: date,
					receiptDueAt: `${date}T17:00:00`,
					dueAt: `${date}T17:00:00`,
					promisedDueAt: null,
					decidedAt: open ? null : `${date}T16:00:00`,
					deliveredAt: status === 'delivered' ? `${date}T16:30:00` : null,
					resolution: open ? null : 'on-time',
					anomalies: 0,
					flagged: 0,
					lastEventAt: `${date}T16:30:00`
				};
			});
			const db = await new Promise<IDBDatabase>((resolve, reject) => {
				const request = indexedDB.open(dbName);
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error ?? new Error('open failed'));
			});
			if (!db.objectStoreNames.contains('dossiers')) throw new Error(`${dbName} is not open yet`);
			// A projector meeting a read model without its version clears it first: seed only
			// once it has run (its first run can come late, after a slow first sync).
			for (let waited = 0; ; waited += 100) {
				const stamped = await new Promise<boolean>((resolve, reject) => {
					const get = db.transaction('meta').objectStore('meta').get('projectionVersion');
					get.onsuccess = () => resolve(get.result !== undefined);
					get.onerror = () => reject(get.error ?? new Error('read failed'));
				});
				if (stamped) break;
				if (waited > 30_000) throw new Error(`${dbName}: the projector never ran`);
				await new Promise((resolve) => setTimeout(resolve, 100));
			}
			for (let i = 0; i < rows.length; i += 5000) {
				await new Promise<void>((resolve, reject) => {
					const tx = db.transaction('dossiers', 'readwrite');
					for (const row of rows.slice(i, i + 5000)) tx.objectStore('dossiers').put(row);
					tx.oncomplete = () => resolve();
					tx.onerror = () => reject(tx.error ?? new Error('write failed'));
				});
			}
			db.close();
		},
		{ count, dbName, officeId, hostile: HOSTILE_NAMES }
	);
}
