/**
 * Taking feedback in at the desk (domain.md §4.3): the form's fields checked one by one, each
 * error a message key for its field, then the intake record with its code and its due time.
 */
import { checkEmail, checkPhone, normaliseName } from '../applicant';
import { computeDueAt, type CalendarResult, type DeadlineContext } from '../calendar';
import { validateDossierCode } from '../codes';
import type { LocalDateTime } from '../time';
import {
	FEEDBACK_CHANNELS,
	FEEDBACK_KINDS,
	type Feedback,
	type FeedbackChannel,
	type FeedbackKind,
	type FeedbackSender
} from './schemas';

/**
 * The time an office has to answer [A]: ten working days from receipt. Decree 20/2008 sets
 * deadlines for handling feedback on regulations; the exact figure is yet to be read (domain.md
 * §4.3), so it is one setting here.
 */
export const FEEDBACK_ANSWER_TIME = { unit: 'working-days', amount: 10 } as const;

/** Longest content kept: a letter of a few pages; the server bounds every document at 64 KiB. */
export const FEEDBACK_CONTENT_MAX = 8000;

/** The form as typed. */
export interface FeedbackInput {
	readonly senderName: string;
	readonly organisation: string;
	readonly phone: string;
	readonly email: string;
	readonly address: string;
	readonly channel: FeedbackChannel;
	readonly kind: FeedbackKind;
	readonly content: string;
	readonly dossierCode: string;
}

export const FEEDBACK_FIELDS = [
	'senderName',
	'phone',
	'email',
	'address',
	'channel',
	'kind',
	'content',
	'dossierCode'
] as const;
export type FeedbackField = (typeof FEEDBACK_FIELDS)[number];

export const FEEDBACK_INPUT_ERRORS = [
	'required',
	'contact-required',
	'phone-invalid',
	'email-invalid',
	'too-long',
	'choice-invalid',
	'dossier-code-invalid'
] as const;
export type FeedbackInputError = (typeof FEEDBACK_INPUT_ERRORS)[number];
export type FeedbackInputErrors = Partial<Record<FeedbackField, FeedbackInputError>>;

export type CheckedFeedback =
	| {
			readonly ok: true;
			readonly value: Pick<Feedback, 'sender' | 'channel' | 'kind' | 'content' | 'dossierCode'>;
	  }
	| { readonly ok: false; readonly errors: FeedbackInputErrors };

const clean = (text: string): string => text.normalize('NFC').trim();

/**
 * Checks the form: a sender's name, at least one way to answer them (phone, e-mail or address),
 * a well-formed phone and e-mail when given, the content, and a dossier code in the national
 * shape when one is named.
 */
export function checkFeedbackInput(input: FeedbackInput): CheckedFeedback {
	const errors: FeedbackInputErrors = {};
	const name = normaliseName(input.senderName);
	if (name === '') errors.senderName = 'required';
	else if (name.length > 200) errors.senderName = 'too-long';
	let phone: string | undefined;
	if (clean(input.phone) !== '') {
		const checked = checkPhone(input.phone);
		if (checked.ok) phone = checked.phone;
		else errors.phone = checked.error;
	}
	let email: string | undefined;
	if (clean(input.email) !== '') {
		const checked = checkEmail(input.email);
		if (checked.ok) email = checked.email;
		else errors.email = checked.error;
	}
	const address = clean(input.address);
	if (address.length > 500) errors.address = 'too-long';
	const noContact = clean(input.phone) === '' && clean(input.email) === '' && address === '';
	if (noContact) errors.phone = 'contact-required';
	if (!(FEEDBACK_CHANNELS as readonly string[]).includes(input.channel))
		errors.channel = 'choice-invalid';
	if (!(FEEDBACK_KINDS as readonly string[]).includes(input.kind)) errors.kind = 'choice-invalid';
	const content = clean(input.content);
	if (content === '') errors.content = 'required';
	else if (content.length > FEEDBACK_CONTENT_MAX) errors.content = 'too-long';
	const dossierCode = clean(input.dossierCode).toUpperCase();
	if (dossierCode !== '' && !validateDossierCode(dossierCode).ok)
		errors.dossierCode = 'dossier-code-invalid';
	if (Object.keys(errors).length > 0) return { ok: false, errors };
	const organisation = clean(input.organisation);
	const sender: FeedbackSender = {
		name,
		...(organisation ? { organisation } : {}),
		...(phone ? { phone } : {}),
		...(email ? { email } : {}),
		...(address ? { address } : {})
	};
	return {
		ok: true,
		value: {
			sender,
			channel: input.channel,
			kind: input.kind,
			content,
			...(dossierCode ? { dossierCode } : {})
		}
	};
}

/** When the answer to feedback received at `receivedAt` is due (FEEDBACK_ANSWER_TIME). */
export function feedbackDueAt(
	receivedAt: LocalDateTime,
	ctx: DeadlineContext
): CalendarResult<LocalDateTime | null> {
	return computeDueAt(receivedAt, FEEDBACK_ANSWER_TIME, ctx);
}

export function emptyFeedbackInput(): FeedbackInput {
	return {
		senderName: '',
		organisation: '',
		phone: '',
		email: '',
		address: '',
		channel: 'direct',
		kind: 'regulation',
		content: '',
		dossierCode: ''
	};
}
