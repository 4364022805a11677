/**
 * The official forms of a received dossier, ready to print (domain.md §5): the dossier and its
 * events as stored now, folded, turned into the domain's form models. Form 02 at intake and
 * Form 03 (nothing is received) are in `intake-forms.ts`; the tracking book in `tracking-book.ts`.
 */
import { ruleVersionAt } from '$lib/domain/calendar';
import {
	APOLOGY_ERRORS,
	FORM_NUMBERS,
	STOP_NOTICE_ERRORS,
	SUPPLEMENT_REQUEST_ERRORS,
	buildApologyForm,
	buildControlSlipForm,
	buildReceiptForm,
	buildStopNoticeForm,
	buildSupplementRequestForm,
	formSetFor,
	resolveForm,
	subjectOfDossier,
	type ApologyForm,
	type ControlSlipForm,
	type FormKind,
	type FormRef,
	type ReceiptForm,
	type StopNoticeForm,
	type SupplementRequestForm
} from '$lib/domain/forms';
import type { DossierEvent } from '$lib/domain/model';
import { compareText, datePart, type IsoDate } from '$lib/domain/time';
import { viewDossier, type DossierView } from './dossier-actions';
import { deskOf, handoverRows, officerName, procedureOf } from './form-sources';
import type { Workspace } from './workspace';

/** The forms printed from a received dossier, in form-number order. */
export const DOSSIER_FORM_KINDS = [
	'receipt',
	'supplement-request',
	'apology',
	'stop-notice',
	'control-slip'
] as const;
export type DossierFormKind = (typeof DOSSIER_FORM_KINDS)[number];

interface FormsByKind {
	receipt: ReceiptForm;
	'supplement-request': SupplementRequestForm;
	apology: ApologyForm;
	'stop-notice': StopNoticeForm;
	'control-slip': ControlSlipForm;
}

/** A form model tagged with its kind, so one view can pick the component that prints it. */
export type PrintableForm = {
	[K in DossierFormKind]: { readonly kind: K; readonly form: FormsByKind[K] };
}[DossierFormKind];

/** Why a form cannot be printed (`forms.errors.*`). */
export const PRINTABLE_ERRORS = [
	'dossier-not-found',
	/** Form 02 during processing needs a `request-supplement` event. */
	'no-supplement-request',
	/** Form 04 needs an accepted apology. */
	'no-apology',
	/** The stop notice needs a `stop` event (2025 set only). */
	'not-stopped',
	...SUPPLEMENT_REQUEST_ERRORS,
	...APOLOGY_ERRORS,
	...STOP_NOTICE_ERRORS
] as const;
export type PrintableError = (typeof PRINTABLE_ERRORS)[number];

export type PrintableResult =
	| { readonly ok: true; readonly printable: PrintableForm }
	| { readonly ok: false; readonly error: PrintableError };

function lastOfKind<K extends DossierEvent['kind']>(
	view: DossierView,
	kind: K
): Extract<DossierEvent, { kind: K }> | undefined {
	// An event kept as an anomaly was never applied: it did not happen as far as forms go.
	const anomalous = new Set(view.folded.anomalies.map((a) => a.eventId));
	const events = view.events.filter(
		(e): e is Extract<DossierEvent, { kind: K }> => e.kind === kind && !anomalous.has(e.id)
	);
	return events.sort((a, b) => compareText(a.at, b.at) || compareText(a.id, b.id)).at(-1);
}

type Built<F> =
	{ readonly ok: true; readonly form: F } | { readonly ok: false; readonly error: PrintableError };

function wrap<K extends DossierFormKind>(kind: K, built: Built<FormsByKind[K]>): PrintableResult {
	// TypeScript cannot correlate `kind` with the form's type across the union: checked by `K`.
	return built.ok ? { ok: true, printable: { kind, form: built.form } as PrintableForm } : built;
}

function build(ws: Workspace, view: DossierView, kind: DossierFormKind): PrintableResult {
	const { dossier, folded } = view;
	const procedure = procedureOf(ws, dossier);
	const context = { office: ws.office, desk: deskOf(ws, dossier) };
	switch (kind) {
		case 'receipt': {
			const officer = officerName(ws, dossier.receivedBy);
			const input = { ...context, dossier, procedure };
			return wrap(kind, buildReceiptForm(officer ? { ...input, officerName: officer } : input));
		}
		case 'control-slip': {
			const units = {
				desk: ws.office.name,
				applicant: dossier.applicant.organisation ?? dossier.applicant.fullName
			};
			const handovers = handoverRows(folded, units, (u) => officerName(ws, u));
			const date = datePart(dossier.receivedAt);
			return wrap(kind, buildControlSlipForm({ ...context, date, dossier, procedure, handovers }));
		}
		case 'supplement-request': {
			const event = lastOfKind(view, 'request-supplement');
			if (!event) return { ok: false, error: 'no-supplement-request' };
			const guide = officerName(ws, event.by);
			return wrap(
				kind,
				buildSupplementRequestForm({
					...context,
					date: datePart(event.at),
					subject: subjectOfDossier(dossier),
					items: event.payload.items,
					reason: event.payload.reason,
					...(guide ? { guideName: guide } : {})
				})
			);
		}
		case 'apology': {
			if (folded.apology === null) return { ok: false, error: 'no-apology' };
			const { reason, newDueAt, at } = folded.apology;
			const apology = { reason, newDueAt };
			return wrap(
				kind,
				buildApologyForm({ ...context, date: datePart(at), dossier, procedure, apology })
			);
		}
		case 'stop-notice': {
			const event = lastOfKind(view, 'stop');
			if (!event || !folded.stopped) return { ok: false, error: 'not-stopped' };
			const requestedAt = event.payload.returnedUnresolved ? null : event.at;
			const stop = { reason: event.payload.reason, requestedAt };
			const officer = officerName(ws, event.by);
			const input = { ...context, date: datePart(event.at), dossier, stop };
			return wrap(kind, buildStopNoticeForm(officer ? { ...input, officerName: officer } : input));
		}
	}
}

/**
 * Builds one printable form of a stored dossier, domain.md §5. Each form is dated by the record it
 * prints (receipt, supplement request, apology, stop), so a reprint is identical to the original.
 */
export async function printableForm(
	ws: Workspace,
	code: string,
	kind: DossierFormKind
): Promise<PrintableResult> {
	const view = await viewDossier(ws, code);
	if (view === null) return { ok: false, error: 'dossier-not-found' };
	return build(ws, view, kind);
}

/** The forms this dossier can be printed with now, with their number and title in its set. */
export async function printableKinds(
	ws: Workspace,
	code: string
): Promise<{ readonly kind: DossierFormKind; readonly ref: FormRef }[] | null> {
	const view = await viewDossier(ws, code);
	if (view === null) return null;
	const set = formSetFor(view.dossier.ruleVersion);
	if (!set.ok) return [];
	const present = (kind: DossierFormKind): boolean => {
		switch (kind) {
			case 'receipt':
			case 'control-slip':
				return true;
			case 'supplement-request':
				return lastOfKind(view, 'request-supplement') !== undefined;
			case 'apology':
				return view.folded.apology !== null;
			case 'stop-notice':
				return view.folded.stopped;
		}
	};
	return DOSSIER_FORM_KINDS.flatMap((kind) => {
		const ref = resolveForm(view.dossier.ruleVersion, kind);
		return ref.ok && present(kind) ? [{ kind, ref: ref.ref }] : [];
	});
}

/**
 * The number a form carries in the set a dossier received on `today` prints ("07" for the
 * tracking book since the 2025 set), for the screens that name a form; null when the set has none.
 */
export function currentFormNumber(kind: FormKind, today: IsoDate): string | null {
	const rule = ruleVersionAt(today);
	const set = rule.ok ? formSetFor(rule.value) : null;
	return set?.ok ? FORM_NUMBERS[set.set][kind] : null;
}
