/// <reference types="node" />
/**
 * The server's administrator (the embedded server's, as `npm start` writes it for the operator and
 * never the browser; or the one of E2E_COUCH_URL), and what the tests do with it: change a user's
 * roles, fill an office's database with an office's worth of history before a desk's first login.
 */
import { readFileSync } from 'node:fs';

/** The server administrator's name and password (never the browser's). */
export function adminCredentials(): { name: string; password: string } {
	const port = process.env.E2E_PORT ?? '4173';
	const couch = process.env.E2E_COUCH_URL;
	if (couch) {
		const url = new URL(couch);
		return { name: decodeURIComponent(url.username), password: decodeURIComponent(url.password) };
	}
	return JSON.parse(readFileSync(`data/e2e-${port}/admin.json`, 'utf8')) as {
		name: string;
		password: string;
	};
}

/** The server's URL with its administrator's credentials, for tools run beside the tests. */
export function adminServerUrl(): string {
	const couch = process.env.E2E_COUCH_URL;
	if (couch) return couch.replace(/\/$/, '');
	const { name, password } = adminCredentials();
	return `http://${name}:${password}@127.0.0.1:${process.env.E2E_PORT ?? '4173'}/db`;
}

export function adminHeader(): Record<string, string> {
	const admin = adminCredentials();
	const token = Buffer.from(`${admin.name}:${admin.password}`).toString('base64');
	return { Authorization: `Basic ${token}`, 'Content-Type': 'application/json' };
}

const DESK = 'seed-desk-01';
const BY = 'seed.motcua';

/** `2026-10-05T08:30:00` plus `days`, same time of day (Vietnam wall clock, as stored). */
function plusDays(at: string, days: number): string {
	const date = new Date(`${at}Z`);
	date.setUTCDate(date.getUTCDate() + days);
	return date.toISOString().slice(0, 19);
}

/**
 * The documents of `count` dossiers received over the 60 days before `today` (YYYY-MM-DD): every
 * tenth still open (handed to the processing unit, due 5 days after receipt, so overdue by now),
 * the others decided and returned. About four documents per dossier, as at a real office.
 */
export function officeHistory(officeId: string, agencyCode: string, count: number, today: string) {
	const docs: Record<string, unknown>[] = [];
	const start = plusDays(`${today}T08:00:00`, -60);
	for (let i = 0; i < count; i += 1) {
		const receivedAt = plusDays(start, Math.floor((i * 50) / count)).replace(
			'T08:00',
			`T08:${String(i % 60).padStart(2, '0')}`
		);
		const day = receivedAt.slice(2, 10).replaceAll('-', '');
		const code = `${agencyCode}-${day}-${String(9000 + (i % 1000)).padStart(4, '0')}${Math.floor(i / 1000)}`;
		const event = (kind: string, hours: number, n: number, payload: object) => {
			const at = plusDays(receivedAt, hours / 24).slice(0, 19);
			const id = `event:${code}:${at}:${DESK}:${String(n).padStart(3, '0')}`;
			return {
				_id: id,
				id,
				type: 'event',
				schemaVersion: 1,
				officeId,
				dossierCode: code,
				kind,
				at,
				by: BY,
				deskId: DESK,
				payload
			};
		};
		docs.push({
			_id: `dossier:${code}`,
			type: 'dossier',
			schemaVersion: 1,
			by: BY,
			code,
			officeId,
			deskId: DESK,
			receivedBy: BY,
			procedure: {
				code: '1.004884',
				version: 1,
				name: 'Thủ tục đăng ký lại khai sinh',
				sector: 'Hộ tịch',
				time: { unit: 'working-days', amount: 5 },
				steps: []
			},
			applicant: {
				fullName: `Lò Văn Seed ${i}`,
				idType: 'citizen-id',
				idNumber: String(20100000000 + i).padStart(12, '0'),
				address: 'Lạng Sơn'
			},
			components: [],
			sets: 1,
			channel: 'direct',
			resultReturn: { kind: 'desk' },
			feeVnd: 0,
			receivedAt,
			dueAt: plusDays(receivedAt, 7),
			ruleVersion: 'nd118-2025'
		});
		docs.push(event('transfer', 1, 1, { toUnit: 'Công chức Tư pháp - Hộ tịch' }));
		if (i % 10 === 0) continue;
		docs.push(event('result-ready', 48, 2, { outcome: 'approved' }));
		docs.push(event('deliver', 72, 3, { method: 'in-person', receiverName: 'Lò Văn Seed' }));
	}
	return docs;
}

/** Writes `docs` into the office database as the administrator (in parts of 2,000). */
export async function seedOffice(baseURL: string, officeId: string, docs: readonly object[]) {
	for (let i = 0; i < docs.length; i += 2000) {
		const response = await fetch(`${baseURL}/db/motcua_office_${officeId}/_bulk_docs`, {
			method: 'POST',
			headers: adminHeader(),
			body: JSON.stringify({ docs: docs.slice(i, i + 2000) })
		});
		if (!response.ok) throw new Error(`seeding ${officeId}: ${response.status}`);
	}
}
