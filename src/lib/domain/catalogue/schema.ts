/**
 * Valibot schemas of the catalogue documents (architecture.md §3): procedures and offices as they
 * arrive from the bundled demo file today and from the provincial catalogue database later. They
 * describe model.ts exactly — the compile-time check at the end fails `tsc` when either side
 * changes alone — and add the one extra field the shipped data carries, `codeVerified`.
 */
import * as v from 'valibot';
import { isValidOfficeHours } from '../calendar/office-hours';
import { isAgencyCode } from '../codes/dossier-code';
import type { Office, Procedure, ProcedureLevel } from '../model';
import { COMPONENT_FORMS } from '../schemas';

/**
 * A catalogue entry as shipped. `codeVerified: false` marks a national code that could not be
 * confirmed against the national procedure database, so a province administrator knows which
 * codes to check before the catalogue is synchronised with the provincial server.
 */
export type CatalogueProcedure = Procedure & {
	readonly codeVerified?: boolean;
	/** Retired by a province administrator (ADR 34): no new dossier; old ones keep their snapshot. */
	readonly retired?: boolean;
};

export const PROCEDURE_LEVELS = [
	'province',
	'district',
	'commune'
] as const satisfies readonly ProcedureLevel[];

/** National procedure code: prefix digit, dot, six digits (domain.md §2, e.g. `1.001193`). */
export const PROCEDURE_CODE_PATTERN = /^\d\.\d{6}$/;
/** Short ASCII slugs for component and office ids, stable across name edits. */
const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** `HH:mm` on a 24-hour clock, the form of the same-day cut-off (domain.md §6.2). */
const CLOCK_PATTERN = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

const isNfc = (s: string): boolean => s === s.normalize('NFC');

/**
 * Display text: non-empty, no surrounding blanks and Unicode NFC, because the same Vietnamese
 * name typed on two systems may arrive precomposed or decomposed and must compare equal
 * (domain.md §12).
 */
const text = v.pipe(
	v.string(),
	v.nonEmpty('must not be empty'),
	v.check((s) => s.trim() === s, 'must not start or end with white space'),
	v.check(isNfc, 'must be in Unicode NFC')
);
const slug = v.pipe(v.string(), v.regex(SLUG_PATTERN, 'must be a lower-case ASCII slug'));
const positiveInteger = v.pipe(v.number(), v.integer(), v.minValue(1));

const amountTime = <const U extends 'working-days' | 'calendar-days' | 'working-hours'>(unit: U) =>
	v.pipe(v.strictObject({ unit: v.literal(unit), amount: positiveInteger }), v.readonly());

/** Statutory time, one variant per `ProcedureTime` unit (domain.md §6.2). */
export const ProcedureTimeSchema = v.variant('unit', [
	amountTime('working-days'),
	amountTime('calendar-days'),
	amountTime('working-hours'),
	v.pipe(
		v.strictObject({
			unit: v.literal('same-day'),
			cutoff: v.pipe(v.string(), v.regex(CLOCK_PATTERN, 'must be HH:mm'))
		}),
		v.readonly()
	),
	v.pipe(v.strictObject({ unit: v.literal('none') }), v.readonly())
]);

export const ProcedureComponentSchema = v.pipe(
	v.strictObject({
		id: slug,
		name: text,
		form: v.picklist(COMPONENT_FORMS),
		count: positiveInteger,
		required: v.boolean()
	}),
	v.readonly()
);

export const ProcedureStepSchema = v.pipe(
	v.strictObject({ unit: text, time: ProcedureTimeSchema }),
	v.readonly()
);

/** Shape of a procedure; cross-field rules (steps, unique ids) live in `parseProcedure`. */
export const ProcedureSchema = v.pipe(
	v.strictObject({
		code: v.pipe(v.string(), v.regex(PROCEDURE_CODE_PATTERN, 'must look like 1.001193')),
		codeVerified: v.optional(v.boolean()),
		version: positiveInteger,
		name: text,
		sector: text,
		level: v.picklist(PROCEDURE_LEVELS),
		time: ProcedureTimeSchema,
		components: v.pipe(v.array(ProcedureComponentSchema), v.readonly()),
		feeVnd: v.pipe(v.number(), v.integer(), v.minValue(0)),
		feeNote: v.optional(text),
		processingUnit: text,
		steps: v.pipe(v.array(ProcedureStepSchema), v.readonly()),
		legalBasis: v.optional(text),
		retired: v.optional(v.boolean())
	}),
	v.readonly()
);

const minuteOfDay = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(24 * 60 - 1));

/** Opening periods in minutes; the calendar rejects unordered or overlapping ones (§6.1). */
export const OfficeHoursSchema = v.pipe(
	v.strictObject({
		periods: v.pipe(
			v.array(v.pipe(v.strictObject({ start: minuteOfDay, end: minuteOfDay }), v.readonly())),
			v.minLength(1, 'needs at least one opening period'),
			v.readonly()
		)
	}),
	v.check(
		isValidOfficeHours,
		'periods must be ascending, non-overlapping and end after they start'
	),
	v.readonly()
);

export const OfficeSchema = v.pipe(
	v.strictObject({
		id: slug,
		name: text,
		parentName: text,
		/** Opaque, but must fit the dossier-code agency part or no code could be issued (§9.1). */
		agencyCode: v.pipe(
			v.string(),
			v.check((s) => isAgencyCode(s), 'must fit the agency identifier shape of domain.md §9.1')
		),
		/** The national administrative-unit code: digits only (e.g. 20 for Lạng Sơn, 06160 a ward). */
		adminUnitCode: v.optional(v.pipe(v.string(), v.regex(/^\d{2,5}$/u, 'must be 2 to 5 digits'))),
		address: v.optional(text),
		place: text,
		hours: OfficeHoursSchema,
		/** Desks the office may register, each owning 1/deskSlots of the daily sequence (ADR 13). */
		deskSlots: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(99))),
		/** Days a desk keeps a closed dossier (ADR 18): at least a week, at most ten years. */
		keepClosedDays: v.optional(v.pipe(v.number(), v.integer(), v.minValue(7), v.maxValue(3660))),
		/** Minutes before an idle desk's screen locks (ADR 34): between 1 and 240. */
		lockMinutes: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(240)))
	}),
	v.readonly()
);

/** Which procedure codes each office receives: office id → codes. */
export const OfficeProceduresSchema = v.pipe(
	v.record(
		slug,
		v.pipe(
			v.array(v.pipe(v.string(), v.regex(PROCEDURE_CODE_PATTERN, 'must look like 1.001193'))),
			v.readonly()
		)
	),
	v.readonly()
);
export type OfficeProcedures = v.InferOutput<typeof OfficeProceduresSchema>;

type MutuallyAssignable<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/**
 * Compile-time proof that the schemas and model.ts describe the same shapes: if a field is added
 * to one side only, this line stops type-checking.
 */
export const SCHEMAS_MATCH_MODEL: readonly [
	MutuallyAssignable<v.InferOutput<typeof ProcedureSchema>, CatalogueProcedure>,
	MutuallyAssignable<v.InferOutput<typeof OfficeSchema>, Office>
] = [true, true];
