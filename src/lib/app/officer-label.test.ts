import { describe, expect, it } from 'vitest';
import { deskLabel, officerLabel } from './officer-label';
import type { Workspace } from './workspace';

const ws = {
	setup: { officeId: 'lson-luongvantri' },
	officerNames: new Map([['lvt.motcua2', 'Hoàng Văn Minh']])
} as unknown as Workspace;

describe('officer and desk labels (issue 9.9)', () => {
	it('names an officer by full name and desk, falling back to what is known', () => {
		expect(officerLabel(ws, 'lvt.motcua2', 'lson-luongvantri-desk-02')).toBe(
			'Hoàng Văn Minh — Bàn 2'
		);
		expect(officerLabel(ws, 'lvt.unknown', 'lson-luongvantri-desk-11')).toBe(
			'lvt.unknown — Bàn 11'
		);
		expect(deskLabel(ws, 'other-office-desk-01')).toBe('other-office-desk-01');
	});
});
