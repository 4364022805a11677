import { signIn } from './support/login-page';
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchOnDisk } from './support/disk-profile';
import { ReceivePage } from './support/receive-page';

/** SIGKILL every process of that browser: nothing gets to finish or clean up. */
function killBrowser(dir: string): void {
	try {
		execFileSync('pkill', ['-9', '-f', dir]);
	} catch {
		// pkill exits 1 when nothing matched: the browser was already gone.
	}
}

async function exists(page: Page, code: string): Promise<boolean> {
	await page.goto(`/ho-so/${code}`);
	const found = page.getByTestId('dossier-code');
	const missing = page.getByRole('heading', { name: /Không tìm thấy hồ sơ/ });
	await expect(found.or(missing)).toBeVisible();
	return found.isVisible();
}

test('killing the browser during a receipt leaves the dossier whole or absent, and never reuses a code', async ({
	baseURL
}) => {
	test.setTimeout(180_000);
	const dir = mkdtempSync(join(tmpdir(), 'motcua-crash-'));
	try {
		let context = await launchOnDisk(dir, baseURL ?? '');
		await signIn(await context.newPage());
		const sequences: number[] = [];
		let prefix = '';

		for (const delay of [0, 2, 5, 10, 20, 40, 80]) {
			const page = await context.newPage();
			const receive = new ReceivePage(page);
			await receive.goto();
			await receive.chooseProcedure('khai sinh ket hop');
			await receive.tickAllComponents();
			await receive.scanOwnerQr();
			await page
				.getByRole('button', { name: 'Tiếp nhận và in giấy hẹn' })
				.click({ noWaitAfter: true });
			await new Promise((done) => setTimeout(done, delay));
			killBrowser(dir);
			await context.close().catch(() => undefined);

			// Started again, the desk receives normally with a code no earlier receipt could have had.
			context = await launchOnDisk(dir, baseURL ?? '');
			const code = await new ReceivePage(await context.newPage()).receive('khai sinh ket hop');
			const parts = code.split('-');
			prefix = parts.slice(0, -1).join('-');
			const sequence = Number(parts.at(-1));
			expect(sequences.every((s) => s < sequence)).toBe(true);
			sequences.push(sequence);
		}

		// Every number up to the last is a whole dossier or was never used.
		const check = await context.newPage();
		let present = 0;
		for (let n = 1; n <= (sequences.at(-1) ?? 0); n++) {
			if (!(await exists(check, `${prefix}-${String(n).padStart(4, '0')}`))) continue;
			present += 1;
			await expect(check.getByTestId('dossier-status')).toHaveText('Đã tiếp nhận');
			await expect(check.getByText('NGUYỄN THỊ ÁNH')).toBeVisible();
		}
		expect(present).toBeGreaterThanOrEqual(sequences.length);
		await check.goto('/cai-dat');
		await check.getByRole('button', { name: 'Kiểm tra dữ liệu' }).click();
		await expect(check.getByTestId('data-check')).toHaveText(
			`Dữ liệu khớp: ${present} hồ sơ, 0 thao tác.`
		);
		await context.close();
	} finally {
		killBrowser(dir);
		rmSync(dir, { recursive: true, force: true });
	}
});
