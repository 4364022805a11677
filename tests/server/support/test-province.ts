/**
 * A province for the server suites, named after the run so it never meets real data on a shared
 * CouchDB: two offices (A, B), their officers, a province administrator and supervisor, and two
 * procedures of the demo catalogue. Passwords are random per run.
 */
import { randomBytes } from 'node:crypto';
import procedures from '../../../catalogue/demo-province/procedures.json';
import type { Province, ProvinceUser } from '../../../server/provision/province.js';

export interface TestUser {
	readonly name: string;
	readonly password: string;
}

export function runId(): string {
	return `t${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
}

export function testProvince(id: string) {
	const a = `${id}-a`;
	const b = `${id}-b`;
	const user = (suffix: string, office: string | null, roles: string[]): ProvinceUser => ({
		name: `${id}.${suffix}`,
		fullName: `Cán bộ ${suffix}`,
		office,
		roles,
		password: randomBytes(9).toString('base64url')
	});
	const users = {
		deskA: user('desk-a', a, ['desk-officer']),
		deskA2: user('desk-a2', a, ['desk-officer']),
		supervisorA: user('sup-a', a, ['supervisor']),
		deskB: user('desk-b', b, ['desk-officer']),
		admin: user('admin', null, ['province-admin']),
		provinceSupervisor: user('psup', null, ['province-supervisor'])
	};
	const office = (id: string) => ({
		id,
		name: `Văn phòng ${id}`,
		parentName: 'UBND',
		agencyCode: '000.00.00.H39',
		place: 'Lạng Sơn',
		hours: { periods: [{ start: 450, end: 690 }] },
		procedureCodes: ['1.001193']
	});
	const province: Province = {
		name: `test province ${id}`,
		catalogue: {
			procedures: procedures.slice(0, 2),
			offices: [office(a), office(b)],
			calendars: []
		},
		users: Object.values(users),
		notes: []
	};
	return { province, officeA: a, officeB: b, users: users as Record<keyof typeof users, TestUser> };
}
