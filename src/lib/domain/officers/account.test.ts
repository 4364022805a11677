import { describe, expect, it } from 'vitest';
import { accountOfDraft, accountOfRoles, couchRolesFor, emptyAccountDraft } from './account';

describe('an officer’s account', () => {
	it('turns into CouchDB roles and back (ADR 6)', () => {
		const account = {
			officeId: 'lson-luongvantri',
			functions: ['desk-officer', 'supervisor'] as const,
			disabled: false
		};
		const roles = couchRolesFor(account);
		expect(roles).toEqual(['office:lson-luongvantri', 'role:desk-officer', 'role:supervisor']);
		expect(accountOfRoles(roles)).toEqual({
			officeId: 'lson-luongvantri',
			functions: ['desk-officer', 'supervisor']
		});
		expect(
			couchRolesFor({ officeId: null, functions: ['province-admin'], disabled: false })
		).toEqual(['province-admin']);
		expect(couchRolesFor({ ...account, disabled: true })).toEqual([]);
	});

	it('checks the form: a user name CouchDB takes, a name, an office for office work, a password', () => {
		const draft = {
			...emptyAccountDraft(),
			userName: ' LVT.Motcua3 ',
			fullName: 'Hoàng  Thị Mai',
			officeId: 'lson-luongvantri',
			functions: ['desk-officer' as const],
			password: 'mat-khau-1'
		};
		expect(accountOfDraft(draft, true)).toEqual({
			ok: true,
			value: {
				userName: 'lvt.motcua3',
				fullName: 'Hoàng Thị Mai',
				officeId: 'lson-luongvantri',
				functions: ['desk-officer'],
				disabled: false
			},
			password: 'mat-khau-1'
		});
		expect(accountOfDraft({ ...draft, password: '' }, false)).toMatchObject({
			ok: true,
			password: null
		});
		expect(
			accountOfDraft(
				{ ...draft, userName: 'lê.văn', fullName: '', officeId: '', password: 'ngan' },
				true
			)
		).toEqual({
			ok: false,
			errors: {
				userName: 'user-name-format',
				fullName: 'required',
				officeId: 'office-required',
				password: 'password-short'
			}
		});
		expect(accountOfDraft({ ...draft, functions: [] }, true)).toMatchObject({
			errors: { functions: 'function-required' }
		});
		expect(accountOfDraft({ ...draft, functions: ['province-supervisor'] }, true)).toMatchObject({
			errors: { officeId: 'no-office-for-province' }
		});
	});
});
