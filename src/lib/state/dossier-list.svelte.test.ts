import { afterEach, describe, expect, it, vi } from 'vitest';
import { NO_FILTERS } from '$lib/app/desk-api';
import type { ReceiveInput } from '$lib/app/receive-dossier';
import { testDesk, type TestDesk } from '$lib/app/test-support';
import { localDateTime } from '$lib/domain/time';
import { DossierListState, SEARCH_DEBOUNCE_MS } from './dossier-list.svelte';
import { WorkQueueState } from './work-queue.svelte';

function input(fullName: string, idNumber: string): ReceiveInput {
	return {
		procedureCode: '1.004227',
		applicant: { fullName, idType: 'citizen-id', idNumber, address: 'Lạng Sơn' },
		submitter: null,
		components: [{ componentId: 'don', count: 1 }],
		sets: 1,
		channel: 'direct',
		resultReturn: { kind: 'desk' },
		feeVnd: 30000,
		summary: ''
	};
}

async function receive(desk: TestDesk, fullName: string, idNumber: string, at: string) {
	const result = await desk.api.receive(input(fullName, idNumber), localDateTime(at));
	if (!result.ok) throw new Error(JSON.stringify(result));
	await desk.project();
}

const until = (check: () => boolean) => vi.waitFor(() => expect(check()).toBe(true));
let stops: (() => void)[] = [];
afterEach(() => {
	stops.forEach((stop) => stop());
	stops = [];
});

describe('DossierListState and WorkQueueState', () => {
	it('search as the officer types and follow the dossiers the projector writes', async () => {
		const desk = await testDesk();
		await receive(desk, 'Nguyễn Thị Ánh', '020190000123', '2019-11-20T08:37:00');

		const list = new DossierListState(desk.api, NO_FILTERS);
		const queue = new WorkQueueState(desk.api, 2);
		stops.push(list.connect(), queue.connect());
		await until(() => list.loaded && list.total === 1);

		list.text = 'nguyen anh';
		expect(list.total).toBe(1);
		list.text = 'tran';
		await until(() => list.total === 0);
		await new Promise((resolve) => setTimeout(resolve, SEARCH_DEBOUNCE_MS));
		expect(list.kind).toBe('name');

		await receive(desk, 'Trần Văn Đức', '020085000456', '2019-11-21T09:00:00');
		await until(() => list.total === 1);
		expect(list.entries[0]?.applicantName).toBe('Trần Văn Đức');

		list.text = '0201';
		list.searchNow();
		expect(list.kind).toBe('id');
		expect(list.entries.map((e) => e.applicantName)).toEqual(['Nguyễn Thị Ánh']);
		expect(list.urgency(list.entries[0]!)).toBe('overdue');

		list.filters = { ...NO_FILTERS, due: 'overdue' };
		list.text = '';
		list.searchNow();
		expect(list.total).toBe(2);

		await until(() => queue.entries?.[0]?.total === 2);
		expect(queue.entries?.map((q) => [q.kind, q.total])).toEqual([
			['overdue', 2],
			['due-soon', 0],
			['result-ready', 0],
			['flagged', 0]
		]);
		expect(queue.entries?.[0]?.first.map((r) => r.applicantName)).toEqual([
			'Nguyễn Thị Ánh',
			'Trần Văn Đức'
		]);
	});
});
