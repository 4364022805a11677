import { expect, test, type Page } from '@playwright/test';
import { officer } from './support/login-page';
import { E2E_PASSWORD } from './support/e2e-province';
import { SAMPLE_QR } from './support/receive-page';

/**
 * Issue 15: a desk officer without a mouse logs in, receives a dossier from an ID card's QR code,
 * prints Form 01 and hands the dossier over. After every key, focus is on an element of the page
 * (never its body) and shows its ring. The keys of the routine receipt are counted apart from the
 * text typed (the scanner's input, the procedure's name, the phone).
 */
test.use({ viewport: { width: 1366, height: 768 } });

/** A keyboard that counts the keys pressed and checks the focus after each. */
class Keys {
	count = 0;
	constructor(private readonly page: Page) {}

	async press(key: string): Promise<void> {
		await this.page.keyboard.press(key);
		this.count += 1;
		await this.focusShown(key);
	}

	/** Presses Tab until the focused element's text or label is `name` (at most `max` times). */
	async tabTo(name: RegExp, max = 40): Promise<void> {
		for (let i = 0; i < max; i += 1) {
			await this.press('Tab');
			const text = await this.page.evaluate(() => {
				const el = document.activeElement as HTMLElement | null;
				if (!el) return '';
				const labels = 'labels' in el ? (el as HTMLInputElement).labels : null;
				const label = labels ? [...labels].map((l) => l.innerText).join(' ') : '';
				return `${el.innerText ?? ''} ${el.getAttribute('aria-label') ?? ''} ${label}`;
			});
			if (name.test(text)) return;
		}
		throw new Error(`${String(name)} not reached with ${max} Tabs`);
	}

	/** Focus is on an element of the page, not its body, and its ring shows. */
	async focusShown(after: string): Promise<void> {
		await expect
			.poll(
				() =>
					this.page.evaluate(() => {
						const el = document.activeElement;
						if (!el || el === document.body) return 'body';
						return el.matches(':focus-visible') ? 'shown' : `hidden ${el.tagName}`;
					}),
				{ message: `focus after ${after}` }
			)
			.toBe('shown');
	}
}

test(
	'a desk officer logs in, receives, prints and hands a dossier over with the keyboard alone',
	{ tag: '@ui' },
	async ({ page }) => {
		test.setTimeout(120_000);
		let printed = 0;
		await page.exposeFunction('countPrint', () => (printed += 1));
		await page.addInitScript(() => {
			window.print = () => void (window as unknown as { countPrint: () => void }).countPrint();
		});
		const keys = new Keys(page);
		const who = officer();

		// The login screen opens on the user name.
		await page.goto('/');
		await expect(page.getByLabel('Tên đăng nhập')).toBeFocused();
		await page.keyboard.type(who.userName);
		await keys.press('Tab');
		await page.keyboard.type(E2E_PASSWORD);
		await keys.press('Enter');
		await expect(page.getByTestId('officer-name')).toContainText(who.fullName, { timeout: 30_000 });
		await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
		const login = keys.count;

		// The routine receipt: new receipt, the procedure, every component, the card, the receipt.
		await keys.press('Alt+N');
		const search = page.getByRole('combobox', { name: 'Thủ tục hành chính' });
		await expect(search).toBeFocused();
		await page.keyboard.type('khai sinh ket hop');
		await expect(page.getByRole('listbox')).toBeVisible();
		await keys.press('Enter');
		await expect(page.getByTestId('chosen-procedure')).toBeVisible();
		await keys.press('Alt+A');
		const boxes = page
			.getByRole('group', { name: 'Thành phần hồ sơ đã nhận' })
			.getByRole('checkbox');
		for (const box of await boxes.all()) await expect(box).toBeChecked();
		await keys.press('Alt+Q');
		await expect(page.locator('#applicant-qr')).toBeFocused();
		// The scanner types the card's payload and its Enter (not the officer's keys).
		await page.keyboard.insertText(SAMPLE_QR);
		await page.keyboard.press('Enter');
		await expect(page.locator('#applicant-fullName')).toHaveValue('NGUYỄN THỊ ÁNH');
		await expect(page.locator('#applicant-phone')).toBeFocused();
		await page.keyboard.type('0912345678');
		await keys.press('Alt+S');
		// Form 01 opens with "In" focused: Enter prints it.
		const print = page.getByRole('button', { name: 'In', exact: true });
		await expect(print).toBeFocused({ timeout: 15_000 });
		await keys.press('Enter');
		await expect.poll(() => printed).toBe(1);
		const receipt = keys.count - login;
		console.log(`Keys of a routine receipt (besides the text typed and the scanner): ${receipt}`);
		expect(receipt).toBeLessThanOrEqual(12);

		// Back to the dossier, and hand it over to the processing unit.
		await keys.press('Shift+Tab');
		await expect(page.getByRole('link', { name: 'Về hồ sơ' })).toBeFocused();
		await keys.press('Enter');
		await expect(page.getByTestId('dossier-code')).toBeVisible();
		await keys.tabTo(/Chuyển xử lý/);
		await keys.press('Enter');
		const form = page.getByTestId('action-form');
		await expect(form).toBeVisible();
		await keys.tabTo(/Đơn vị nhận hồ sơ/);
		await page.keyboard.type('Công chức Tư pháp - Hộ tịch');
		await keys.tabTo(/Ghi nhận/);
		await keys.press('Enter');
		await expect(form).toBeHidden();
		await expect(page.getByTestId('dossier-status')).toHaveText('Đang xử lý');
		await keys.focusShown('the hand-over');
	}
);
