/** A desk workspace on fake-indexeddb with a small catalogue, for the use-case tests. */
import type { Procedure } from '$lib/domain/model';
import type { OfficeEntry } from '$lib/storage/catalogue-store';
import type { Role } from '$lib/domain/lifecycle';
import { deskApi, type DeskApi } from './desk-api';
import { deskForSlot } from './desk-setup';
import type { ReceiveInput } from './receive-dossier';
import { openCatalogue, openWorkspace, type Workspace } from './workspace';

export const birthCertificate: Procedure = {
	code: '1.001193',
	version: 1,
	name: 'Đăng ký khai sinh',
	sector: 'Hộ tịch',
	level: 'commune',
	time: { unit: 'working-days', amount: 3 },
	components: [
		{
			id: 'to-khai',
			name: 'Tờ khai đăng ký khai sinh',
			form: 'original',
			count: 1,
			required: true
		},
		{ id: 'chung-sinh', name: 'Giấy chứng sinh', form: 'original', count: 1, required: true },
		{ id: 'uy-quyen', name: 'Văn bản ủy quyền', form: 'certified-copy', count: 1, required: false }
	],
	feeVnd: 0,
	processingUnit: 'Công chức Tư pháp - Hộ tịch',
	steps: []
};

export const landRegistration: Procedure = {
	code: '1.004227',
	version: 1,
	name: 'Đăng ký biến động quyền sử dụng đất',
	sector: 'Đất đai',
	level: 'commune',
	time: { unit: 'working-days', amount: 10 },
	components: [
		{ id: 'don', name: 'Đơn đăng ký biến động', form: 'original', count: 1, required: true }
	],
	feeVnd: 30000,
	processingUnit: 'Văn phòng đăng ký đất đai',
	steps: [
		{ unit: 'Văn phòng đăng ký đất đai', time: { unit: 'working-days', amount: 7 } },
		{ unit: 'Chi cục Thuế', time: { unit: 'working-days', amount: 3 } }
	]
};

export const testOffice: OfficeEntry = {
	id: 'lson-test',
	name: 'Trung tâm Phục vụ hành chính công phường Thử nghiệm',
	parentName: 'UBND PHƯỜNG THỬ NGHIỆM',
	agencyCode: '000.10.39.H39',
	place: 'Lạng Sơn',
	hours: {
		periods: [
			{ start: 450, end: 690 },
			{ start: 810, end: 1020 }
		]
	},
	procedureCodes: ['1.001193', '1.004227']
};

let n = 0;

/** Who works at the test desk; `deskNumber` is its slot among `deskCount`. */
export interface TestDeskInput {
	readonly officeId: string;
	readonly deskNumber: number;
	readonly deskCount: number;
	readonly userName: string;
	readonly fullName: string;
	readonly role: Role;
}

export async function testWorkspace(
	overrides: Partial<TestDeskInput> = {},
	dbName?: string
): Promise<Workspace> {
	n += 1;
	const catalogue = openCatalogue(`test_catalogue_${n}_${Date.now()}`);
	await catalogue.seed({
		procedures: [birthCertificate, landRegistration],
		offices: [testOffice],
		calendars: []
	});
	const input: TestDeskInput = {
		officeId: 'lson-test',
		deskNumber: 1,
		deskCount: 2,
		userName: 'canbo.a',
		fullName: 'Hoàng Thị Lan',
		role: 'desk-officer',
		...overrides
	};
	const desk = deskForSlot(input.officeId, input.deskNumber, input.deskCount);
	if (desk === null) throw new Error(`No desk ${input.deskNumber} of ${input.deskCount}`);
	const setup = {
		officeId: input.officeId,
		desk,
		officer: {
			userName: input.userName,
			fullName: input.fullName,
			role: input.role,
			roles: [input.role]
		}
	};
	const opened = await openWorkspace(setup, catalogue, {
		dbName: dbName ?? `test_office_${n}_${Date.now()}`
	});
	if (!opened.ok) throw new Error(opened.error);
	return opened.workspace;
}

/** A test desk as the screens see it (its API), and how to project what it wrote. */
export interface TestDesk {
	readonly api: DeskApi;
	/** Folds what was written into the read model (no projector follows writes in unit tests). */
	project(): Promise<number>;
}

export async function testDesk(overrides: Partial<TestDeskInput> = {}): Promise<TestDesk> {
	const ws = await testWorkspace(overrides);
	return { api: deskApi(ws), project: () => ws.projector.catchUp() };
}

/** A complete receipt of the birth certificate procedure (1.001193), with its required components. */
export function receiveInput(overrides: Partial<ReceiveInput> = {}): ReceiveInput {
	return {
		procedureCode: '1.001193',
		applicant: {
			fullName: 'Nguyễn Thị Ánh',
			idType: 'citizen-id',
			idNumber: '020190000123',
			birthDate: '1990-05-01',
			sex: 'female',
			address: 'Phường Chi Lăng, Lạng Sơn',
			phone: '0912345678',
			email: ''
		},
		submitter: null,
		components: [
			{ componentId: 'to-khai', count: 1 },
			{ componentId: 'chung-sinh', count: 1 }
		],
		sets: 1,
		channel: 'direct',
		resultReturn: { kind: 'desk' },
		feeVnd: 0,
		summary: '',
		...overrides
	};
}
