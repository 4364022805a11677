/**
 * A procedure as a province administrator edits it (a mutable form model) (issue 12, ADR 34): the form's text fields,
 * checked field by field with a code per problem, so the page can say in Vietnamese which field
 * is wrong and why. A valid draft becomes the next version of the catalogue entry; the entry is
 * then checked again by `parseProcedure`, the same check every desk applies.
 */
import { foldForSearch } from '../applicant/name';
import type { ProcedureLevel, ProcedureTime } from '../model';
import { COMPONENT_FORMS, type ComponentForm } from '../schemas';
import { DRAFT_ERRORS, TIME_UNITS, type DraftError, type TimeUnit } from './form-codes';
import { parseProcedure, stepIssues } from './procedure';

export { DRAFT_ERRORS, TIME_UNITS, type DraftError, type TimeUnit };
import { PROCEDURE_CODE_PATTERN, PROCEDURE_LEVELS, type CatalogueProcedure } from './schema';

export interface ComponentDraft {
	/** Kept from the version it came from; a new component gets one from its name. */
	id: string;
	name: string;
	form: ComponentForm;
	count: string;
	required: boolean;
}

export interface StepDraft {
	unit: string;
	/** In the procedure's own unit of time. */
	amount: string;
}

export interface ProcedureDraft {
	code: string;
	name: string;
	sector: string;
	level: ProcedureLevel;
	timeUnit: TimeUnit;
	timeAmount: string;
	/** `HH:mm`, for a same-day procedure. */
	cutoff: string;
	components: readonly ComponentDraft[];
	feeVnd: string;
	feeNote: string;
	processingUnit: string;
	steps: readonly StepDraft[];
	legalBasis: string;
}

/** Field path (`name`, `components.2.count`, `steps`…) → the problem found there. */
export type DraftErrors = Readonly<Record<string, DraftError>>;

export type DraftResult =
	| { readonly ok: true; readonly value: CatalogueProcedure }
	| { readonly ok: false; readonly errors: DraftErrors };

const CLOCK = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

export function emptyProcedureDraft(): ProcedureDraft {
	return {
		code: '',
		name: '',
		sector: '',
		level: 'commune',
		timeUnit: 'working-days',
		timeAmount: '',
		cutoff: '15:00',
		components: [],
		feeVnd: '0',
		feeNote: '',
		processingUnit: '',
		steps: [],
		legalBasis: ''
	};
}

export function emptyComponentDraft(): ComponentDraft {
	return { id: '', name: '', form: 'original', count: '1', required: true };
}

/** The form of an existing entry. */
export function draftOfProcedure(p: CatalogueProcedure): ProcedureDraft {
	const amount = 'amount' in p.time ? String(p.time.amount) : '';
	return {
		code: p.code,
		name: p.name,
		sector: p.sector,
		level: p.level,
		timeUnit: p.time.unit,
		timeAmount: amount,
		cutoff: p.time.unit === 'same-day' ? p.time.cutoff : '15:00',
		components: p.components.map((c) => ({ ...c, count: String(c.count) })),
		feeVnd: String(p.feeVnd),
		feeNote: p.feeNote ?? '',
		processingUnit: p.processingUnit,
		steps: p.steps.map((s) => ({
			unit: s.unit,
			amount: 'amount' in s.time ? String(s.time.amount) : ''
		})),
		legalBasis: p.legalBasis ?? ''
	};
}

/** Text as the catalogue keeps it: trimmed, single spaces, Unicode NFC. */
function clean(s: string): string {
	return s.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** A whole number typed with or without thousands dots ("1.500.000"), or null. */
export function wholeNumberOf(s: string): number | null {
	const t = s.trim().replace(/[.\s]/gu, '');
	return /^\d{1,12}$/u.test(t) ? Number(t) : null;
}

/** A component id from its name: "Tờ khai đăng ký" → `to-khai-dang-ky`, unique in `taken`. */
export function componentIdOf(name: string, taken: ReadonlySet<string>): string {
	const base =
		foldForSearch(name)
			.replace(/[^a-z0-9]+/gu, '-')
			.replace(/^-+|-+$/gu, '')
			.slice(0, 40)
			.replace(/-+$/u, '') || 'thanh-phan';
	let id = base;
	for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
	return id;
}

function timeOf(draft: ProcedureDraft, errors: Record<string, DraftError>): ProcedureTime | null {
	const unit = draft.timeUnit;
	if (unit === 'none') return { unit };
	if (unit === 'same-day') {
		if (!CLOCK.test(draft.cutoff.trim())) {
			errors.cutoff = 'cutoff-format';
			return null;
		}
		return { unit, cutoff: draft.cutoff.trim() };
	}
	const amount = wholeNumberOf(draft.timeAmount);
	if (draft.timeAmount.trim() === '') errors.timeAmount = 'required';
	else if (amount === null) errors.timeAmount = 'whole-number';
	else if (amount < 1) errors.timeAmount = 'at-least-one';
	return amount !== null && amount >= 1 ? { unit, amount } : null;
}

/**
 * The catalogue entry a draft describes, as version `version`, or the problems of each field.
 * Texts are cleaned; new components get ids from their names; empty rows of components or
 * steps (nothing typed) are left out.
 */
export function procedureOfDraft(draft: ProcedureDraft, version: number): DraftResult {
	const errors: Record<string, DraftError> = {};
	const code = draft.code.trim();
	if (code === '') errors.code = 'required';
	else if (!PROCEDURE_CODE_PATTERN.test(code)) errors.code = 'code-format';
	const name = clean(draft.name);
	const sector = clean(draft.sector);
	const processingUnit = clean(draft.processingUnit);
	if (name === '') errors.name = 'required';
	if (sector === '') errors.sector = 'required';
	if (processingUnit === '') errors.processingUnit = 'required';
	const level = PROCEDURE_LEVELS.includes(draft.level) ? draft.level : 'commune';
	const time = timeOf(draft, errors);

	const fee = wholeNumberOf(draft.feeVnd === '' ? '0' : draft.feeVnd);
	if (fee === null) errors.feeVnd = /^\s*-/u.test(draft.feeVnd) ? 'not-negative' : 'whole-number';

	const taken = new Set(draft.components.map((c) => c.id).filter((id) => id !== ''));
	const names = new Set<string>();
	const components = draft.components.flatMap((c, i) => {
		const cName = clean(c.name);
		if (cName === '' && c.id === '') return [];
		if (cName === '') errors[`components.${i}.name`] = 'required';
		else if (names.has(foldForSearch(cName))) errors[`components.${i}.name`] = 'name-twice';
		names.add(foldForSearch(cName));
		const count = wholeNumberOf(c.count);
		if (count === null) errors[`components.${i}.count`] = 'whole-number';
		else if (count < 1) errors[`components.${i}.count`] = 'at-least-one';
		let id = c.id;
		if (id === '') {
			id = componentIdOf(cName, taken);
			taken.add(id);
		}
		const form = COMPONENT_FORMS.includes(c.form) ? c.form : 'original';
		return [{ id, name: cName, form, count: count ?? 1, required: c.required }];
	});

	const steps = draft.steps.flatMap((s, i) => {
		const unit = clean(s.unit);
		if (unit === '' && s.amount.trim() === '') return [];
		if (unit === '') errors[`steps.${i}.unit`] = 'required';
		const amount = wholeNumberOf(s.amount);
		if (amount === null) errors[`steps.${i}.amount`] = 'whole-number';
		else if (amount < 1) errors[`steps.${i}.amount`] = 'at-least-one';
		return [{ unit, amount: amount ?? 0 }];
	});
	if (
		time !== null &&
		steps.length > 0 &&
		!Object.keys(errors).some((k) => k.startsWith('steps.'))
	) {
		if (time.unit === 'same-day' || time.unit === 'none') errors.steps = 'steps-not-splittable';
		else {
			const withUnit = steps.map((s) => ({
				unit: s.unit,
				time: { unit: time.unit, amount: s.amount }
			}));
			if (stepIssues(time, withUnit).length > 0) errors.steps = 'steps-too-long';
		}
	}
	if (Object.keys(errors).length > 0 || time === null || fee === null) {
		return { ok: false, errors };
	}
	const stepUnit = time.unit as 'working-days' | 'calendar-days' | 'working-hours';
	const feeNote = clean(draft.feeNote);
	const legalBasis = clean(draft.legalBasis);
	const entry = {
		code,
		version,
		name,
		sector,
		level,
		time,
		components,
		feeVnd: fee,
		...(feeNote === '' ? {} : { feeNote }),
		processingUnit,
		steps: steps.map((s) => ({ unit: s.unit, time: { unit: stepUnit, amount: s.amount } })),
		...(legalBasis === '' ? {} : { legalBasis })
	};
	const parsed = parseProcedure(entry);
	// The field checks above cover every rule of parseProcedure; this is the same gate desks use.
	if (!parsed.ok) return { ok: false, errors: { form: 'invalid' } };
	return { ok: true, value: parsed.value };
}

/** The fields that differ between two versions of an entry (for the audit trail). */
export function changedProcedureFields(
	before: CatalogueProcedure | null,
	after: CatalogueProcedure
): string[] {
	const fields = [
		'name',
		'sector',
		'level',
		'time',
		'components',
		'feeVnd',
		'feeNote',
		'processingUnit',
		'steps',
		'legalBasis',
		'retired'
	] as const;
	if (before === null) return ['code', ...fields.filter((f) => after[f] !== undefined)];
	return fields.filter((f) => JSON.stringify(before[f]) !== JSON.stringify(after[f]));
}
