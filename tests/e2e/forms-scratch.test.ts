import { test } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { DeskSetupPage, ReceivePage } from './support/receive-page';

test('scratch', async ({ page }) => {
	page.on('pageerror', (e) => console.log('pageerror', e.message));
	await new DeskSetupPage(page).setUp();
	const t0 = Date.now();
	const code = await new ReceivePage(page).receive();
	console.log('receive ms', Date.now() - t0, code);
	await page.goto(`/ho-so/${code}/in/giay-tiep-nhan`);
	await page.getByTestId('dossier-qr').first().waitFor();
	await page.screenshot({ path: '/tmp/proto/receipt-screen.png', fullPage: true });
	await page.emulateMedia({ media: 'print' });
	writeFileSync('/tmp/proto/receipt.pdf', await page.pdf({ preferCSSPageSize: true }));
	await page.goto(`/ho-so/${code}/in/phieu-kiem-soat`);
	await page.getByTestId('form-sheet').waitFor();
	writeFileSync('/tmp/proto/slip.pdf', await page.pdf({ preferCSSPageSize: true }));
	await page.emulateMedia({ media: 'screen' });
	await page.goto('/so-theo-doi');
	await page.getByTestId('book-row').first().waitFor();
	await page.screenshot({ path: '/tmp/proto/book-screen.png', fullPage: true });
	writeFileSync('/tmp/proto/book.pdf', await page.pdf({ preferCSSPageSize: true }));
});
