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
	const watch = setInterval(() => {
		void badge
			.getAttribute('data-unsent', { timeout: 1_000 })
			.then((v) => unsentSeen.add(v ?? ''))
			.catch(() => undefined);
	}, 250);
	try {
		const code = await new ReceivePage(page).receive();
		await expect(badge).toHaveAttribute('data-state', 'up-to-date', { timeout: 240_000 });
		await expect(badge).toHaveAttribute('data-unsent', '0');
		// Never more unsent than the one dossier written here (its intake document).
		expect([...unsentSeen].filter((v) => v !== '0' && v !== '1')).toEqual([]);

		const onServer = await fetch(`${baseURL}/db/motcua_office_${officeId}`, {
			headers: adminHeader()
		});
		const info = (await onServer.json()) as { doc_count: number };
		expect(info.doc_count).toBeGreaterThanOrEqual(docs.length + 1);

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
