/// <reference types="node" />
import { expect, test } from '@playwright/test';
import { officeIdOf, stemOf } from './support/e2e-province';
import { waitForOfflineReady } from './support/app';
import { DossierPage } from './support/dossier-page';
import { officer, signIn } from './support/login-page';
import { ReceivePage } from './support/receive-page';
import { adminHeader } from './support/server-admin';
import { SyncPage } from './support/sync-page';

async function setRoles(baseURL: string, userName: string, change: (roles: string[]) => string[]) {
	const url = `${baseURL}/db/_users/${encodeURIComponent(`org.couchdb.user:${userName}`)}`;
	const user = (await (await fetch(url, { headers: adminHeader() })).json()) as {
		roles: string[];
	};
	const put = await fetch(url, {
		method: 'PUT',
		headers: adminHeader(),
		body: JSON.stringify({ ...user, roles: change(user.roles) })
	});
	expect(put.ok).toBe(true);
}

test('an officer who loses access to the office sees "access denied", and the desk stops asking', async ({
	page,
	baseURL
}) => {
	const who = officer('desk2');
	await signIn(page, who);
	const sync = new SyncPage(page);
	await sync.syncNow();

	// The province administrator moves the officer out of the office on the server.
	const office = `office:${officeIdOf(stemOf(test.info().file))}`;
	await setRoles(baseURL ?? '', who.userName, (roles) => roles.filter((r) => r !== office));

	await sync.goto();
	await page.getByRole('button', { name: 'Đồng bộ ngay' }).click();
	await expect(sync.state()).toHaveAttribute('data-state', 'access-denied');
	await expect(page.getByTestId('sync-error')).toHaveText(
		'Máy chủ từ chối quyền truy cập của tài khoản này. Hãy báo quản trị cấp tỉnh; máy sẽ không tự thử lại.'
	);
	await expect(page.getByTestId('sync-badge')).toContainText('Không có quyền truy cập');
	// The desk still works on what it holds.
	await page.goto('/tiep-nhan');
	await expect(page.getByTestId('receive-form')).toBeVisible();
});

test('a document the server refuses is listed with its reason, kept, and shown to the supervisor', async ({
	page,
	browser,
	baseURL
}) => {
	test.setTimeout(120_000);
	const who = officer('desk1');
	await signIn(page, who);
	await waitForOfflineReady(page);
	await page.context().setOffline(true);
	const code = await new ReceivePage(page).receive('khai sinh ket hop');

	// Meanwhile the officer's function changes to processing officer, who may not receive.
	await setRoles(baseURL ?? '', who.userName, (roles) =>
		roles.map((r) => (r === 'role:desk-officer' ? 'role:processing-officer' : r))
	);
	await page.context().setOffline(false);
	const sync = new SyncPage(page);
	await sync.goto();
	await page.getByRole('button', { name: 'Đồng bộ ngay' }).click();
	await expect(page.getByTestId('sync-result')).toContainText('bị từ chối 1');
	const refused = page.getByTestId('rejected');
	await expect(refused).toContainText(`dossier:${code}`);
	await expect(refused).toContainText('Người thực hiện không có chức năng làm thao tác này.');
	// Nothing is dropped: the dossier is still on the desk.
	await new DossierPage(page).goto(code);

	// The supervisor sees the refusal on the day-end page.
	const context = await browser.newContext();
	const sup = await context.newPage();
	await signIn(sup, officer('supervisor'));
	await sup.goto('/cuoi-ngay');
	await sup.getByRole('button', { name: 'Đồng bộ ngay' }).click();
	await expect(sup.getByTestId('day-end-rejected')).toContainText(`dossier:${code}`);
	await context.close();
});
