/// <reference types="node" />
/**
 * The end-to-end tests' province: one office per test file, so a desk that syncs with the
 * server only meets the dossiers of its own file (offices are the unit of separation in
 * production too). Each office is a copy of the demo ward (same name, hours and procedures) with
 * two desk officers and a supervisor, all with the demo password.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

export const E2E_PASSWORD = 'demo-motcua';

export const ROLES_OF = {
	desk1: { suffix: 'tn1', fullName: 'Nguyễn Thị Lan', roles: ['desk-officer'] },
	desk2: { suffix: 'tn2', fullName: 'Hoàng Văn Minh', roles: ['desk-officer'] },
	supervisor: { suffix: 'gs', fullName: 'Lương Thị Hoa', roles: ['supervisor'] }
} as const;

export type E2eRole = keyof typeof ROLES_OF;

export const PROVINCE_SUPERVISOR = { userName: 'e2etinh.gs', fullName: 'Lộc Thị Hằng' } as const;
/** The province administrator who keeps the catalogue (admin.test.ts). */
export const PROVINCE_ADMIN = { userName: 'e2etinh.qt', fullName: 'Vi Văn Quảng' } as const;

/** `dossier-list.test.ts` → `dossier-list`. */
export function stemOf(file: string): string {
	return basename(file).replace(/\.test\.ts$/, '');
}

export function officeIdOf(stem: string): string {
	return `e2e-${stem.replace(/[^a-z0-9]+/g, '-')}`;
}

export function userNameOf(stem: string, role: E2eRole): string {
	return `${stem.replace(/[^a-z0-9]+/g, '')}.${ROLES_OF[role].suffix}`;
}

/** Writes the province file (and its catalogue files) for the test files in `testDir`. */
export function writeE2eProvince(testDir: string, out: string): string {
	const outDir = resolve(out);
	const root = resolve('catalogue/demo-province');
	const demoOffices = JSON.parse(readFileSync(join(root, 'offices.json'), 'utf8')) as {
		id: string;
	}[];
	const demoCodes = JSON.parse(
		readFileSync(join(root, 'office-procedures.json'), 'utf8')
	) as Record<string, string[]>;
	const ward = demoOffices.find((o) => o.id === 'lson-luongvantri');
	if (!ward) throw new Error('The demo ward is missing from the demo catalogue');
	const stems = readdirSync(testDir)
		.filter((f) => f.endsWith('.test.ts'))
		.map(stemOf);
	const offices = stems.map((stem) => ({ ...ward, id: officeIdOf(stem) }));
	const codes = Object.fromEntries(
		stems.map((stem) => [officeIdOf(stem), demoCodes['lson-luongvantri'] ?? []])
	);
	const users: {
		name: string;
		fullName: string;
		office: string | null;
		roles: readonly string[];
		password: string;
	}[] = stems.flatMap((stem) =>
		(Object.keys(ROLES_OF) as E2eRole[]).map((role) => ({
			name: userNameOf(stem, role),
			fullName: ROLES_OF[role].fullName,
			office: officeIdOf(stem),
			roles: ROLES_OF[role].roles,
			password: E2E_PASSWORD
		}))
	);
	// The province supervisor reads every office's counts (province.test.ts).
	users.push({
		name: PROVINCE_SUPERVISOR.userName,
		fullName: PROVINCE_SUPERVISOR.fullName,
		office: null,
		roles: ['province-supervisor'],
		password: E2E_PASSWORD
	});
	users.push({
		name: PROVINCE_ADMIN.userName,
		fullName: PROVINCE_ADMIN.fullName,
		office: null,
		roles: ['province-admin'],
		password: E2E_PASSWORD
	});
	mkdirSync(outDir, { recursive: true });
	writeFileSync(join(outDir, 'offices.json'), JSON.stringify(offices));
	writeFileSync(join(outDir, 'office-procedures.json'), JSON.stringify(codes));
	const file = join(outDir, 'province.json');
	writeFileSync(
		file,
		JSON.stringify({
			name: 'Lạng Sơn (end-to-end tests)',
			catalogue: {
				procedures: join(root, 'procedures.json'),
				offices: join(outDir, 'offices.json'),
				officeProcedures: join(outDir, 'office-procedures.json'),
				calendars: 'built-in'
			},
			users
		})
	);
	return file;
}
