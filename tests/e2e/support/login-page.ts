import { expect, type Page } from '@playwright/test';

/** The demo province's public password (server/demo-province.json). */
export const DEMO_PASSWORD = 'demo-motcua';

/** Demo officers: two desk officers and the supervisor of the Lương Văn Tri centre. */
export const OFFICERS = {
	lan: { userName: 'lvt.motcua1', fullName: 'Nguyễn Thị Lan' },
	minh: { userName: 'lvt.motcua2', fullName: 'Hoàng Văn Minh' },
	hoa: { userName: 'lvt.giamsat', fullName: 'Lương Thị Hoa' }
} as const;

/** The login screen the app shows in place of any page while nobody works at the desk. */
export class LoginPage {
	constructor(private readonly page: Page) {}

	async fill(userName: string, password = DEMO_PASSWORD): Promise<void> {
		const { page } = this;
		await page.getByLabel('Tên đăng nhập').fill(userName);
		await page.getByLabel('Mật khẩu').fill(password);
		await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
	}

	/** Logs in from the login screen and waits until the officer is at the desk. */
	async logIn(userName: string, fullName: string, password = DEMO_PASSWORD): Promise<void> {
		await expect(
			this.page.getByRole('heading', { level: 1, name: /Đăng nhập|Đổi cán bộ/ })
		).toBeVisible();
		await this.fill(userName, password);
		await expect(this.page.getByTestId('officer-name')).toContainText(fullName, {
			timeout: 30_000
		});
	}
}

/**
 * Opens the app and logs in (the first login of a fresh browser registers it as a desk of the
 * officer's office, which needs the server).
 */
export async function signIn(
	page: Page,
	officer: { userName: string; fullName: string } = OFFICERS.lan
): Promise<void> {
	await page.goto('/');
	await new LoginPage(page).logIn(officer.userName, officer.fullName);
}
