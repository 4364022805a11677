import * as v from 'valibot';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { LIFECYCLE_ACTIONS, TRANSITIONS, type IntakeAction } from './lifecycle';
import { eventFactory, makeDossier, SAMPLE_PAYLOADS } from './lifecycle/test-support';
import type { Dossier, DossierEvent, EventKind, EventPayloads } from './model';
import {
	DossierEventSchema,
	DossierSchema,
	EVENT_PAYLOAD_SCHEMAS,
	IsoDateSchema,
	LocalDateTimeSchema
} from './schemas';
import type { IsoDate, LocalDateTime } from './time';

const INTAKE = [
	'receive',
	'give-guidance',
	'reject-at-intake'
] as const satisfies readonly IntakeAction[];

/** The event kinds of the lifecycle table: its actions after receipt. */
const TABLE_KINDS = LIFECYCLE_ACTIONS.filter((a) => !(INTAKE as readonly string[]).includes(a));

/** `path: message` of each issue, as the projector reports them. */
function issues(schema: v.GenericSchema, input: unknown): string[] {
	const result = v.safeParse(schema, input);
	return result.success ? [] : result.issues.map((i) => `${v.getDotPath(i)}: ${i.message}`);
}

/** A dossier with every optional field the app may write. */
function fullDossier(): Dossier {
	const base = makeDossier();
	return {
		...base,
		procedure: {
			...base.procedure,
			steps: [{ unit: 'Phòng Tư pháp', time: { unit: 'working-hours', amount: 16 } }]
		},
		applicant: {
			...base.applicant,
			birthDate: '1990-02-28' as IsoDate,
			sex: 'female',
			phone: '0912345678',
			email: 'a@example.vn',
			organisation: 'Công ty TNHH A'
		},
		submitter: { fullName: 'Trần Văn B', idType: 'none', idNumber: '', address: '' },
		components: [{ componentId: 'to-khai', name: 'Tờ khai', form: 'original', count: 1 }],
		channel: 'postal',
		resultReturn: { kind: 'postal', address: 'Lạng Sơn' },
		submittedAt: '2019-11-19T20:00:00' as LocalDateTime,
		dueAt: null,
		summary: 'Đăng ký khai sinh cho con'
	};
}

describe('the dossier schema', () => {
	it('reads the intake record as the app writes it, with and without its optional fields', () => {
		for (const dossier of [makeDossier(), fullDossier()]) {
			const read: Dossier = v.parse(DossierSchema, dossier);
			expect(read).toEqual(dossier);
		}
		expectTypeOf(v.parse(DossierSchema, makeDossier())).toEqualTypeOf<Dossier>();
	});

	it('reads every statutory time and way of returning the result', () => {
		const times = [
			{ unit: 'working-days', amount: 5 },
			{ unit: 'calendar-days', amount: 30 },
			{ unit: 'working-hours', amount: 4 },
			{ unit: 'same-day', cutoff: '15:00' },
			{ unit: 'none' }
		] as const;
		for (const time of times) {
			const dossier = makeDossier({ procedure: { ...makeDossier().procedure, time } });
			expect(issues(DossierSchema, dossier)).toEqual([]);
		}
		for (const resultReturn of [{ kind: 'desk' }, { kind: 'online' }] as const) {
			expect(issues(DossierSchema, makeDossier({ resultReturn }))).toEqual([]);
		}
	});

	it('drops nested fields it does not know instead of refusing them', () => {
		const dossier = makeDossier();
		const read = v.parse(DossierSchema, {
			...dossier,
			applicant: { ...dossier.applicant, nickname: 'A' }
		});
		expect(read.applicant).toEqual(dossier.applicant);
	});

	it('names the path of a missing field', () => {
		const { receivedAt, ...rest } = makeDossier();
		void receivedAt;
		expect(issues(DossierSchema, rest)).toEqual([
			'receivedAt: Invalid key: Expected "receivedAt" but received undefined'
		]);
		const { fullName, ...nameless } = makeDossier().applicant;
		void fullName;
		expect(issues(DossierSchema, { ...makeDossier(), applicant: nameless })).toEqual([
			'applicant.fullName: Invalid key: Expected "fullName" but received undefined'
		]);
	});

	it('names the path of a wrong variant', () => {
		const procedure = { ...makeDossier().procedure, time: { unit: 'weeks', amount: 2 } };
		expect(issues(DossierSchema, { ...makeDossier(), procedure })).toEqual([
			'procedure.time.unit: Invalid type: Expected ("working-days" | "calendar-days" | ' +
				'"working-hours" | "same-day" | "none") but received "weeks"'
		]);
		const postalWithoutAddress = { ...makeDossier(), resultReturn: { kind: 'postal' } };
		expect(issues(DossierSchema, postalWithoutAddress)).toEqual([
			'resultReturn.address: Invalid key: Expected "address" but received undefined'
		]);
	});

	it('refuses what is not a real date-time, an empty code and a step of no known time', () => {
		const dossier = makeDossier();
		expect(issues(DossierSchema, { ...dossier, dueAt: '2019-02-30T08:00:00' })).toEqual([
			'dueAt: must be a date-time YYYY-MM-DDTHH:mm:ss'
		]);
		expect(issues(DossierSchema, { ...dossier, code: '' })).toEqual(['code: must not be empty']);
		const steps = [{ unit: 'UBND', time: { unit: 'fortnights' } }];
		expect(
			issues(DossierSchema, { ...dossier, procedure: { ...dossier.procedure, steps } })
		).toEqual([expect.stringMatching(/^procedure\.steps\.0\.time\.unit: /)]);
	});

	it('checks the brands of dates and date-times', () => {
		expect(v.is(LocalDateTimeSchema, '2019-11-20T08:37:00')).toBe(true);
		expect(v.is(LocalDateTimeSchema, '2019-11-20T08:37')).toBe(false);
		expect(v.is(LocalDateTimeSchema, 20191120)).toBe(false);
		expect(v.is(IsoDateSchema, '2020-02-29')).toBe(true);
		expect(v.is(IsoDateSchema, '2019-02-29')).toBe(false);
		expect(v.is(IsoDateSchema, null)).toBe(false);
	});
});

describe('the event schema', () => {
	const event = eventFactory(makeDossier());

	it.each(Object.keys(SAMPLE_PAYLOADS) as EventKind[])('reads a %s event', (kind) => {
		const written = event(kind, '2019-11-21T09:00:00', SAMPLE_PAYLOADS[kind]);
		const read: DossierEvent = v.parse(DossierEventSchema, written);
		expect(read).toEqual(written);
	});

	it('reads every way of delivering a result and payloads without their optional fields', () => {
		const payloads = [
			['deliver', { method: 'in-person', receiverName: 'Nguyễn Văn A' }],
			['deliver', { method: 'online' }],
			['transfer', { toUnit: 'UBND' }],
			['result-ready', { outcome: 'approved' }],
			['rate', { rating: 'satisfied' }],
			['review', { note: 'Đã xem', covers: [] }]
		] as const;
		for (const [kind, payload] of payloads) {
			expect(issues(DossierEventSchema, event(kind, '2019-11-21T09:00:00', payload))).toEqual([]);
		}
	});

	it('keeps blank reasons for the lifecycle guards to judge', () => {
		const withdraw = event('withdraw', '2019-11-21T09:00:00', { reason: '' });
		expect(issues(DossierEventSchema, withdraw)).toEqual([]);
	});

	it('names the path of a payload that is not of its kind', () => {
		const transfer = {
			...event('transfer', '2019-11-21T09:00:00', SAMPLE_PAYLOADS.transfer),
			payload: { reason: 'Thiếu giấy' }
		};
		expect(issues(DossierEventSchema, transfer)).toEqual([
			'payload.toUnit: Invalid key: Expected "toUnit" but received undefined'
		]);
		const postal = {
			...event('deliver', '2019-11-21T09:00:00', SAMPLE_PAYLOADS.deliver),
			payload: { method: 'postal', receiverName: 'Nguyễn Văn A' }
		};
		expect(issues(DossierEventSchema, postal)).toEqual([
			'payload.trackingNumber: Invalid key: Expected "trackingNumber" but received undefined'
		]);
		const rating = {
			...event('rate', '2019-11-21T09:00:00', SAMPLE_PAYLOADS.rate),
			payload: { rating: 'angry' }
		};
		expect(issues(DossierEventSchema, rating)).toEqual([
			'payload.rating: Invalid type: Expected ("very-satisfied" | "satisfied" | "unsatisfied") ' +
				'but received "angry"'
		]);
	});

	it('names the path of an unknown kind and of a missing field', () => {
		const unknown = { ...event('transfer', '2019-11-21T09:00:00', { toUnit: 'UBND' }), kind: 'x' };
		expect(issues(DossierEventSchema, unknown)).toEqual([
			expect.stringMatching(/^kind: Invalid type: Expected \("transfer" \| .*\) but received "x"$/)
		]);
		const { by, ...anonymous } = event('withdraw', '2019-11-21T09:00:00', { reason: 'Rút' });
		void by;
		expect(issues(DossierEventSchema, anonymous)).toEqual([
			'by: Invalid key: Expected "by" but received undefined'
		]);
	});
});

describe('one payload schema per event kind', () => {
	const optionKinds = DossierEventSchema.options.map((o) => o.entries.kind.literal);

	it.each(TABLE_KINDS)('the lifecycle table’s %s has a payload schema and an event', (kind) => {
		expect(Object.keys(EVENT_PAYLOAD_SCHEMAS)).toContain(kind);
		expect(optionKinds).toContain(kind);
	});

	it('every action after receipt in TRANSITIONS is an event kind, and there are no others', () => {
		const inTable = new Set(Object.values(TRANSITIONS).flatMap((row) => Object.keys(row)));
		for (const action of INTAKE) inTable.delete(action);
		expect([...inTable].sort()).toEqual(Object.keys(EVENT_PAYLOAD_SCHEMAS).sort());
		expect([...optionKinds].sort()).toEqual([...TABLE_KINDS].sort());
	});

	it('infers the payload types of model.ts from the schemas', () => {
		expectTypeOf<EventPayloads['apology']['newDueAt']>().toEqualTypeOf<LocalDateTime>();
		expectTypeOf<Extract<DossierEvent, { kind: 'deliver' }>['payload']>().toEqualTypeOf<
			EventPayloads['deliver']
		>();
		expectTypeOf<EventKind>().toEqualTypeOf<
			Exclude<(typeof LIFECYCLE_ACTIONS)[number], IntakeAction>
		>();
	});
});
