import { expect, test } from '@playwright/test';
import { signIn } from './support/login-page';
import { ReceivePage } from './support/receive-page';
import { SyncPage } from './support/sync-page';

test('the badge never says "up to date" beside an unsent change, and a run that moved nothing does not hide the last one that did', async ({
	page
}) => {
	await signIn(page);
	const sync = new SyncPage(page);
	await sync.syncNow();
	const badge = page.getByTestId('sync-badge');
	await expect(badge).toHaveText('Đã đồng bộ');

	await new ReceivePage(page).receive();
	await expect(badge).toHaveAttribute('data-unsent', '1');
	await expect(badge).toHaveText(/^Chờ đồng bộ\s*1 chưa gửi$/);
	await expect(badge).not.toContainText('Đã đồng bộ');

	await sync.syncNow();
	// The run started by opening the page may have sent it before the click: either run says so.
	const sentOne = (id: string) => page.getByTestId(id).filter({ hasText: 'gửi 1, nhận 0' });
	await expect(sentOne('sync-result').or(sentOne('sync-last-moved'))).toBeVisible();
	await expect(badge).toHaveText('Đã đồng bộ');
	// A second run with nothing to do: its own result, and the last one that sent stays readable.
	await page.getByRole('button', { name: 'Đồng bộ ngay' }).click();
	await expect(page.getByTestId('sync-result')).toContainText('gửi 0, nhận 0');
	await expect(page.getByTestId('sync-last-moved')).toContainText('gửi 1, nhận 0, bị từ chối 0');
});
