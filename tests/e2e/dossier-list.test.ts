import { signIn } from './support/login-page';
import { expect, test } from '@playwright/test';
import { DossierListPage } from './support/dossier-list-page';
import { ReceivePage, SAMPLE_QR } from './support/receive-page';

const SECOND_QR = SAMPLE_QR.replace('020190000123', '020085000456').replace(
	'NGUYỄN THỊ ÁNH',
	'TRẦN VĂN ĐỨC'
);

test.beforeEach(async ({ page }) => {
	await signIn(page);
});

test('received dossiers are found by code, ID or name without diacritics, filtered and opened', async ({
	page
}) => {
	const receive = new ReceivePage(page);
	const first = await receive.receive('khai sinh', SAMPLE_QR);
	const second = await receive.receive('khai sinh', SECOND_QR);

	// The home screen's work queue counts them and links to the filtered list.
	await page.goto('/');
	const soon = page.getByTestId('queue-due-soon');
	await expect(soon.getByTestId('queue-count')).toHaveText('2');
	await expect(page.getByTestId('queue-overdue').getByTestId('queue-count')).toHaveText('0');
	await soon.getByRole('link', { name: 'Xem tất cả (2)' }).click();
	await expect(page).toHaveURL(/\/ho-so\?han=sap-den-han$/);
	await expect(page.getByRole('combobox', { name: 'Thời hạn' })).toHaveValue('soon');

	const list = new DossierListPage(page);
	await list.goto();
	await expect(list.search()).toBeFocused();
	await expect(list.count()).toHaveText('2 hồ sơ');
	await expect(list.row(first)).toContainText('NGUYỄN THỊ ÁNH');
	await expect(list.row(first)).toContainText('Đã tiếp nhận');

	await list.type('tran duc');
	await expect(list.count()).toHaveText('1 hồ sơ');
	await expect(list.rows()).toHaveCount(1);
	await expect(list.row(second)).toBeVisible();
	await expect(page.getByText('Tìm theo họ tên, không phân biệt dấu.')).toBeVisible();

	await list.type('020190');
	await expect(list.rows()).toHaveCount(1);
	await expect(list.row(first)).toBeVisible();

	await list.type(second.slice(0, 16).toLowerCase());
	await expect(list.count()).toHaveText('2 hồ sơ');

	await list.filter('Trạng thái', 'Chờ trả kết quả');
	await expect(page).toHaveURL(/trang-thai=cho-tra-ket-qua/);
	await expect(page.getByText('Không có hồ sơ nào phù hợp.')).toBeVisible();
	await list.filter('Trạng thái', 'Đang giải quyết');
	await expect(list.count()).toHaveText('2 hồ sơ');

	// Arrow Down from the box moves to the rows; Enter opens the focused dossier.
	await list.search().press('ArrowDown');
	await expect(list.rows().first()).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await expect(list.rows().nth(1)).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/ho-so\/000\.10\.39\.H39-\d{6}-000[12]$/);

	// A scanned code ending with Enter opens its dossier.
	await list.goto();
	await list.search().fill(first);
	await list.search().press('Enter');
	await expect(page).toHaveURL(new RegExp(`/ho-so/${first.replaceAll('.', '\\.')}$`));
	await expect(page.getByTestId('dossier-code')).toHaveText(first);
});
