import { expect, test, type Page } from '@playwright/test';
import { E2E_PASSWORD, ROLES_OF, stemOf, userNameOf, type E2eRole } from './e2e-province';

export interface Officer {
	readonly userName: string;
	readonly fullName: string;
}

/** An officer of the running test file's own office (see `e2e-province.ts`). */
export function officer(role: E2eRole = 'desk1'): Officer {
	const stem = stemOf(test.info().file);
	return { userName: userNameOf(stem, role), fullName: ROLES_OF[role].fullName };
}

/** The login screen the app shows in place of any page while nobody works at the desk. */
export class LoginPage {
	constructor(private readonly page: Page) {}

	async fill(userName: string, password = E2E_PASSWORD): Promise<void> {
		const { page } = this;
		await page.getByLabel('Tên đăng nhập').fill(userName);
		await page.getByLabel('Mật khẩu').fill(password);
		await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
	}

	/** Logs in from the login screen and waits until the officer is at the desk. */
	async logIn(who: Officer, password = E2E_PASSWORD): Promise<void> {
		await expect(
			this.page.getByRole('heading', { level: 1, name: /Đăng nhập|Đổi cán bộ/ })
		).toBeVisible();
		await this.fill(who.userName, password);
		await expect(this.page.getByTestId('officer-name')).toContainText(who.fullName, {
			timeout: 30_000
		});
	}
}

/**
 * Opens the app and logs in (the first login of a fresh browser registers it as a desk of the
 * officer's office, which needs the server).
 */
export async function signIn(page: Page, who: Officer = officer()): Promise<void> {
	await page.goto('/');
	await new LoginPage(page).logIn(who);
}

/**
 * The officer leaves a citizen screen (rating kiosk, lookup): the header's only way out locks the
 * desk, and the officer's password opens the screen behind it.
 */
export async function officerReturns(page: Page, who: Officer = officer()): Promise<void> {
	await page.getByTestId('kiosk-exit').click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Màn hình đã khóa');
	await page.getByLabel('Mật khẩu').fill(E2E_PASSWORD);
	await page.getByRole('button', { name: 'Mở khóa' }).click();
	await expect(page.getByTestId('officer-name')).toContainText(who.fullName);
}
