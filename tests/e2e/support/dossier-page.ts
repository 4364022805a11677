import { expect, type Page } from '@playwright/test';
import { officerReturns } from './login-page';
import { ReceivePage } from './receive-page';

/** The dossier page: status, timeline and the action forms. */
export class DossierPage {
	constructor(private readonly page: Page) {}

	/** Receives a same-day dossier and records its result: it waits to be returned and rated. */
	static async withResultReady(page: Page): Promise<{ code: string; dossier: DossierPage }> {
		const code = await new ReceivePage(page).receive('khai sinh ket hop');
		const dossier = new DossierPage(page);
		await dossier.goto(code);
		await dossier.act('Nhận kết quả giải quyết');
		return { code, dossier };
	}

	async goto(code: string): Promise<void> {
		await this.page.goto(`/ho-so/${encodeURIComponent(code)}`);
		await expect(this.page.getByTestId('dossier-code')).toHaveText(code);
	}

	status() {
		return this.page.getByTestId('dossier-status');
	}

	timeline() {
		return this.page.getByTestId('timeline');
	}

	/**
	 * Opens an action's form and returns it. The button says it is pressed once its form is open;
	 * a click that did not land (a CI run on the cluster saw one) is made again, never a second
	 * click on an open form, which would close it.
	 */
	async open(action: string) {
		const button = this.page.getByRole('button', { name: action, exact: true });
		const form = this.page.getByTestId('action-form');
		await expect(async () => {
			if ((await button.getAttribute('aria-pressed')) !== 'true') await button.click();
			await expect(form).toBeVisible({ timeout: 2_000 });
		}).toPass({ timeout: 20_000 });
		return form;
	}

	/** Opens an action's form, fills the labelled fields and records it. */
	async act(
		action: string,
		fields: Record<string, string> = {},
		choices: string[] = []
	): Promise<void> {
		const form = await this.open(action);
		for (const choice of choices) await form.getByLabel(choice, { exact: true }).check();
		for (const [label, value] of Object.entries(fields)) await form.getByLabel(label).fill(value);
		await form.getByRole('button', { name: 'Ghi nhận' }).click();
		await expect(form).toBeHidden();
	}

	async rate(rating: 'Rất hài lòng' | 'Hài lòng', comment = ''): Promise<void> {
		await this.page.getByRole('link', { name: 'Đánh giá mức độ hài lòng' }).click();
		const kiosk = this.page.getByTestId('rating-kiosk');
		await expect(kiosk.getByRole('heading', { level: 1 })).toBeVisible();
		if (comment) await kiosk.getByLabel('Ý kiến khác (không bắt buộc)').fill(comment);
		await kiosk.getByRole('button', { name: rating, exact: true }).click();
		await expect(kiosk.getByRole('status')).toHaveText('Cảm ơn Ông/Bà đã đánh giá!');
		await officerReturns(this.page);
	}

	async rateUnsatisfied(reason: string): Promise<void> {
		await this.page.getByRole('link', { name: 'Đánh giá mức độ hài lòng' }).click();
		const kiosk = this.page.getByTestId('rating-kiosk');
		await kiosk.getByRole('button', { name: 'Không hài lòng', exact: true }).click();
		await kiosk.getByRole('button', { name: 'Gửi đánh giá' }).click();
		await expect(kiosk.getByRole('alert')).toHaveText('Xin ghi lý do để chúng tôi khắc phục.');
		await kiosk.getByLabel('Xin cho biết lý do chưa hài lòng').fill(reason);
		await kiosk.getByRole('button', { name: 'Gửi đánh giá' }).click();
		await expect(kiosk.getByRole('status')).toHaveText('Cảm ơn Ông/Bà đã đánh giá!');
		await officerReturns(this.page);
	}
}
