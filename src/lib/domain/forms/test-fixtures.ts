/**
 * Test data for the form builders: a Lạng Sơn commune office, its desk, a procedure and a
 * dossier received under either rule set. Factories take overrides; nothing is random.
 */
import type { Applicant, Desk, Dossier, Office, Procedure } from '../model';
import { isoDate, localDateTime } from '../time';

export const office: Office = {
	id: 'office-hoang-van-thu',
	name: 'Bộ phận Một cửa UBND phường Hoàng Văn Thụ',
	parentName: 'UBND THÀNH PHỐ LẠNG SƠN',
	agencyCode: '000.20.31.H38',
	place: 'Lạng Sơn',
	hours: {
		periods: [
			{ start: 450, end: 690 },
			{ start: 810, end: 1020 }
		]
	}
};

export const desk: Desk = {
	id: 'desk-1',
	officeId: office.id,
	name: 'Quầy số 1',
	sequenceRange: { first: 1, last: 4999 }
};

export const procedure: Procedure = {
	code: '1.001193',
	version: 1,
	name: 'Đăng ký khai sinh',
	sector: 'Hộ tịch',
	level: 'commune',
	time: { unit: 'working-days', amount: 3 },
	components: [
		{ id: 'c1', name: 'Tờ khai đăng ký khai sinh', form: 'original', count: 1, required: true },
		{ id: 'c2', name: 'Giấy chứng sinh', form: 'copy', count: 1, required: true }
	],
	feeVnd: 0,
	feeNote: 'Miễn lệ phí',
	processingUnit: 'Công chức Tư pháp - Hộ tịch',
	steps: [],
	legalBasis: 'Luật Hộ tịch 2014'
};

export const applicant: Applicant = {
	fullName: 'Nguyễn Thị Ánh',
	idType: 'citizen-id',
	idNumber: '020190012345',
	birthDate: isoDate('1990-05-01'),
	sex: 'female',
	address: 'Số 5 Trần Đăng Ninh, Lạng Sơn',
	phone: '0912345678',
	email: 'anh@example.vn'
};

export function makeDossier(overrides: Partial<Dossier> = {}): Dossier {
	return {
		code: '000.20.31.H38-250714-0007',
		officeId: office.id,
		deskId: desk.id,
		receivedBy: 'officer.lan',
		procedure: {
			code: procedure.code,
			version: procedure.version,
			name: procedure.name,
			sector: procedure.sector,
			time: procedure.time,
			steps: procedure.steps
		},
		applicant,
		components: [
			{ componentId: 'c1', name: 'Tờ khai đăng ký khai sinh', form: 'original', count: 1 },
			{ componentId: 'c2', name: 'Giấy chứng sinh', form: 'copy', count: 2 }
		],
		sets: 1,
		channel: 'direct',
		resultReturn: { kind: 'desk' },
		feeVnd: 0,
		receivedAt: localDateTime('2025-07-14T09:15'),
		dueAt: localDateTime('2025-07-17T09:15'),
		ruleVersion: 'nd118-2025',
		...overrides
	};
}

/** The same dossier received in 2020 under ND 61/2018 (2018 form set). */
export function makeDossier2018(overrides: Partial<Dossier> = {}): Dossier {
	return makeDossier({
		code: '000.20.31.H38-201120-0011',
		receivedAt: localDateTime('2020-11-20T08:37'),
		dueAt: localDateTime('2020-11-25T08:37'),
		ruleVersion: 'nd61-2018',
		...overrides
	});
}

export const formDate = isoDate('2025-07-15');
