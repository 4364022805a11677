import { describe, expect, it } from 'vitest';
import { computeDueAt } from '$lib/domain/calendar';
import { localDateTime } from '$lib/domain/time';
import { reserveCode } from './code-allocator';
import { receiveDossier, type ReceiveInput } from './receive-dossier';
import { birthCertificate, receiveInput, testWorkspace } from './test-support';

const now = localDateTime('2019-11-20T08:37:00');

/** Typed as an officer might: extra spaces in the name, the phone with +84 and dots. */
function input(overrides: Partial<ReceiveInput> = {}): ReceiveInput {
	const applicant = {
		...receiveInput().applicant,
		fullName: '  Nguyễn   Thị Ánh ',
		phone: '+84 912.345.678'
	};
	return receiveInput({ applicant, ...overrides });
}

describe('receiving a dossier', () => {
	it('allocates the code, computes the due time and writes the intake record', async () => {
		const ws = await testWorkspace();
		const result = await receiveDossier(ws, input(), now);
		if (!result.ok) throw new Error(JSON.stringify(result));
		const { dossier } = result;
		expect(dossier.code).toBe('000.10.39.H39-191120-0001');
		const due = computeDueAt(now, birthCertificate.time, ws.deadlines);
		expect(due).toEqual({ ok: true, value: '2019-11-25T08:37:00' });
		expect(dossier.dueAt).toBe('2019-11-25T08:37:00');
		expect(dossier.applicant.fullName).toBe('Nguyễn Thị Ánh');
		expect(dossier.applicant.phone).toBe('0912345678');
		expect(dossier.ruleVersion).toBe('nd61-2018');
		expect(dossier.components.map((c) => c.componentId)).toEqual(['to-khai', 'chung-sinh']);
		expect((await ws.store.load(dossier.code))?.dossier).toEqual(dossier);

		const next = await receiveDossier(ws, input(), now);
		expect(next.ok && next.dossier.code).toBe('000.10.39.H39-191120-0002');
	});

	it('reports every invalid field and writes nothing', async () => {
		const ws = await testWorkspace();
		const bad = input({
			procedureCode: '9.999999',
			sets: 0,
			resultReturn: { kind: 'postal', address: ' ' },
			applicant: {
				...input().applicant,
				fullName: '<img onerror=1>',
				idNumber: '12345',
				phone: '123'
			}
		});
		const result = await receiveDossier(ws, bad, now);
		expect(result).toEqual({
			ok: false,
			error: 'invalid',
			fields: {
				procedureCode: 'procedure-required',
				sets: 'sets-invalid',
				'resultReturn.address': 'postal-address-required',
				'applicant.fullName': 'name-invalid',
				'applicant.idNumber': 'citizen-id-format',
				'applicant.phone': 'phone-invalid'
			}
		});
		expect((await ws.store.db.info()).doc_count).toBe(0);
	});

	it('receives nothing when a required component is missing (Form 02 at intake)', async () => {
		const ws = await testWorkspace();
		const result = await receiveDossier(
			ws,
			input({ components: [{ componentId: 'to-khai', count: 1 }] }),
			now
		);
		expect(result.ok).toBe(false);
		expect(!result.ok && result.error).toBe('components-missing');
		expect(!result.ok && 'missing' in result && result.missing.map((c) => c.id)).toEqual([
			'chung-sinh'
		]);
		expect((await ws.store.db.info()).doc_count).toBe(0);
	});

	it('never reuses a code that was reserved but not written (a crash between the two writes)', async () => {
		const ws = await testWorkspace();
		const first = await receiveDossier(ws, input(), now);
		const reserved = await reserveCode(
			ws.store,
			ws.office.agencyCode,
			ws.setup.desk,
			'2019-11-20' as never
		);
		expect(reserved).toEqual({ ok: true, code: '000.10.39.H39-191120-0002' });
		const after = await receiveDossier(ws, input(), now);
		expect(first.ok && after.ok && after.dossier.code).toBe('000.10.39.H39-191120-0003');
	});

	it('issues no code on a laptop the province retired (ADR 34)', async () => {
		const ws = await testWorkspace();
		expect((await receiveDossier(ws, input(), now)).ok).toBe(true);
		// The retirement arrives with a pull, written by a province administrator on the server.
		await ws.store.db.bulkDocs(
			[
				{
					_id: `retirement:${ws.setup.desk.id}`,
					_rev: '1-a',
					type: 'desk-retirement',
					deskId: ws.setup.desk.id,
					officeId: ws.office.id,
					release: 'free',
					unsentAtLastSync: 0,
					lastSyncAt: null,
					by: 'tinh.quantri',
					at: '2019-11-20T02:00:00.000Z',
					schemaVersion: 1
				}
			],
			{ new_edits: false }
		);
		expect(await receiveDossier(ws, input(), now)).toEqual({ ok: false, error: 'desk-retired' });
	});

	it('gives two desks of one office disjoint codes, and restarts the sequence each day', async () => {
		const desk1 = await testWorkspace();
		const desk2 = await testWorkspace({ deskNumber: 2 }, desk1.store.db.name);
		const a = await receiveDossier(desk1, input(), now);
		const b = await receiveDossier(desk2, input(), now);
		expect(a.ok && a.dossier.code).toBe('000.10.39.H39-191120-0001');
		expect(b.ok && b.dossier.code).toBe('000.10.39.H39-191120-5001');
		const nextDay = await receiveDossier(desk1, input(), localDateTime('2019-11-21T08:00:00'));
		expect(nextDay.ok && nextDay.dossier.code).toBe('000.10.39.H39-191121-0001');
	});

	it('refuses a receipt in a year the calendar does not know', async () => {
		const ws = await testWorkspace();
		const result = await receiveDossier(ws, input(), localDateTime('2031-03-03T08:00:00'));
		expect(result).toEqual({ ok: false, error: 'calendar-year-missing', year: 2031 });
	});

	it('keeps a submitter who is not the owner', async () => {
		const ws = await testWorkspace();
		const submitter = {
			...input().applicant,
			fullName: 'Trần Văn Bình',
			idNumber: '020085000321',
			sex: 'male' as const,
			birthDate: '1985-01-01'
		};
		const result = await receiveDossier(ws, input({ submitter }), now);
		expect(result.ok && result.dossier.submitter?.fullName).toBe('Trần Văn Bình');
	});
});
