/**
 * The receipt a sender of feedback or a petition (PAKN, domain.md §4.3, ADR 29) takes home:
 * "Phiếu tiếp nhận phản ánh, kiến nghị". No national form was found for it [A]: it follows the
 * one-stop slips (§5: the common header, A5, the code, what was received, the day the answer is
 * due, the two signatures) so that desks print one family of papers.
 */
import type { Feedback, FeedbackChannel, FeedbackKind } from '../feedback';
import type { LocalDateTime } from '../time';
import { formHeader, type FormContext, type FormHeader, type SignatureBlock } from './form-common';

export const FEEDBACK_RECEIPT_TITLE = 'PHIẾU TIẾP NHẬN PHẢN ÁNH, KIẾN NGHỊ';

/** How the receipt names each kind and channel (Vietnamese, as printed). */
export const FEEDBACK_KIND_TEXTS: Record<FeedbackKind, string> = {
	regulation: 'Phản ánh, kiến nghị về quy định hành chính',
	conduct: 'Phản ánh về hành vi của cán bộ, công chức hoặc việc giải quyết hồ sơ',
	other: 'Nội dung khác'
};
export const FEEDBACK_CHANNEL_TEXTS: Record<FeedbackChannel, string> = {
	direct: 'Trực tiếp tại Bộ phận Một cửa',
	phone: 'Qua điện thoại',
	postal: 'Qua dịch vụ bưu chính',
	email: 'Qua thư điện tử',
	online: 'Qua Cổng dịch vụ công'
};

export interface FeedbackReceiptForm {
	readonly title: string;
	readonly header: FormHeader;
	readonly code: string;
	readonly senderName: string;
	readonly organisation: string | null;
	readonly contact: readonly string[];
	readonly receivedAt: LocalDateTime;
	readonly channel: string;
	readonly kind: string;
	readonly content: string;
	readonly dossierCode: string | null;
	readonly dueAt: LocalDateTime;
	readonly note: string;
	readonly sender: SignatureBlock;
	readonly receiver: SignatureBlock;
}

export function buildFeedbackReceipt(
	input: FormContext & { readonly feedback: Feedback; readonly officerName?: string }
): FeedbackReceiptForm {
	const { feedback } = input;
	const { sender } = feedback;
	return {
		title: FEEDBACK_RECEIPT_TITLE,
		header: formHeader(input),
		code: feedback.code,
		senderName: sender.name,
		organisation: sender.organisation ?? null,
		contact: [
			sender.phone ? `Điện thoại: ${sender.phone}` : '',
			sender.email ? `Thư điện tử: ${sender.email}` : '',
			sender.address ? `Địa chỉ: ${sender.address}` : ''
		].filter((line) => line !== ''),
		receivedAt: feedback.receivedAt,
		channel: FEEDBACK_CHANNEL_TEXTS[feedback.channel],
		kind: FEEDBACK_KIND_TEXTS[feedback.kind],
		content: feedback.content,
		dossierCode: feedback.dossierCode ?? null,
		dueAt: feedback.dueAt,
		note:
			'Cơ quan sẽ trả lời theo địa chỉ liên hệ trên. Khi cần hỏi về phản ánh, kiến nghị này, ' +
			'xin nêu mã phản ánh.',
		sender: {
			label: 'NGƯỜI PHẢN ÁNH, KIẾN NGHỊ',
			hint: '(Ký và ghi rõ họ tên)',
			name: sender.name
		},
		receiver: {
			label: 'NGƯỜI TIẾP NHẬN',
			hint: '(Ký và ghi rõ họ tên)',
			name: input.officerName ?? null
		}
	};
}
