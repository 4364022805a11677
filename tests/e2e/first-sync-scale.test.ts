/// <reference types="node" />
/**
 * A new laptop's first sync of an office with history (issue 17): 5,000 dossiers, about 17,500
 * documents, come down while the officer works; nothing that arrives counts as unsent, the
 * dossier received meanwhile is the only unsent document until it goes up, and at the end the
 * work queue and the list hold every dossier. Functional, not timed: `npm run bench` measures.
 */
import { expect, test } from '@playwright/test';
import { officeIdOf, stemOf } from './support/e2e-province';
import { signIn } from './support/login-page';
import { ReceivePage } from './support/receive-page';
import { adminHeader, officeHistory, seedOffice } from './support/server-admin';

const DOSSIERS = 5_000;
const OPEN = DOSSIERS / 10;

test('a first sync of 5,000 dossiers completes with only the laptop’s own work unsent and every open dossier in the queue', async ({
	page,
	baseURL
}) => {
	test.setTimeout(300_000);
	const officeId = officeIdOf(stemOf(test.info().file));
	const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
	const docs = officeHistory(officeId, '000.10.39.H39', DOSSIERS, today);
	await seedOffice(baseURL ?? '', officeId, docs);

	await signIn(page);
	const badge = page.getByTestId('sync-badge');
	// The office is still arriving when the officer receives a citizen's dossier.
	await expect(badge).toHaveAttribute('data-state', 'syncing');
	const unsentSeen = new Set<string>();
	let lagSeen = false;
	const lag = page.getByTestId('read-model-lag');
	const watch = setInterval(() => {
		void badge
			.getAttribute('data-unsent', { timeout: 1_000 })
			.then((v) => unsentSeen.add(v ?? ''))
			.catch(() => undefined);
		void lag
			.count()
			.then((n) => (lagSeen ||= n > 0))
			.catch(() => undefined);
	}, 250);
	try {
		const code = await new ReceivePage(page).receive();
		// Listed at once, though the projector leaves the rest of the office until the pull ends
		// (ADR 36).
		await page.getByRole('link', { name: 'Hồ sơ', exact: true }).click();
		await page.getByRole('searchbox').fill(code);
		await expect(page.getByTestId('dossier-row')).toHaveCount(1, { timeout: 15_000 });
		await expect(badge).toHaveAttribute('data-state', 'up-to-date', { timeout: 240_000 });
		await expect(badge).toHaveAttribute('data-unsent', '0');
		// Never more unsent than the one dossier written here (its intake document).
		expect([...unsentSeen].filter((v) => v !== '0' && v !== '1')).toEqual([]);

		const onServer = await fetch(`${baseURL}/db/motcua_office_${officeId}`, {
			headers: adminHeader()
		});
		const info = (await onServer.json()) as { doc_count: number };
		expect(info.doc_count).toBeGreaterThanOrEqual(docs.length + 1);

		// The lists said they were still being built, and stop saying so once they are whole.
		await expect(lag).toHaveCount(0, { timeout: 120_000 });
		expect(lagSeen).toBe(true);
		await page.goto('/');
		// Every open dossier of the history is overdue by now; the one received today is not.
		await expect(page.getByTestId('queue-overdue').getByTestId('queue-count')).toHaveText(
			OPEN.toLocaleString('vi-VN'),
			{ timeout: 120_000 }
		);
		await page.goto('/ho-so');
		await expect(page.getByTestId('dossier-count')).toContainText(
			(DOSSIERS + 1).toLocaleString('vi-VN'),
			{ timeout: 60_000 }
		);
		await page.getByRole('searchbox').fill(code);
		await expect(page.getByTestId('dossier-row')).toHaveCount(1);
	} finally {
		clearInterval(watch);
	}
});
