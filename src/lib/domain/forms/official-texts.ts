/**
 * The Vietnamese texts printed on the official one-stop forms, domain.md §5. They are legal titles
 * and labels (data), not UI messages, so they live here rather than in the message catalogue.
 * Markers as in domain.md: [C] confirmed, [R] recalled, [A] assumed for the 2025 set.
 */
import type { ComponentForm, ProcedureTime } from '../model';

/** Right-hand header block of every form (§5). */
export const NATIONAL_HEADER = {
	country: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
	motto: 'Độc lập - Tự do - Hạnh phúc'
} as const;

/** The circular that defines each set (§1). */
export const CIRCULARS = {
	'2018': 'Thông tư 01/2018/TT-VPCP',
	'2025': 'Thông tư 03/2025/TT-VPCP'
} as const;

/** Official titles (§2 glossary, §5, §5.7 [C]). */
export const FORM_TITLES = {
	receipt: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả',
	'supplement-request': 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ',
	refusal: 'Phiếu từ chối tiếp nhận giải quyết hồ sơ',
	apology2018: 'Phiếu xin lỗi và hẹn lại ngày trả kết quả',
	apology2025: 'Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết',
	'stop-notice': 'Thông báo dừng giải quyết hồ sơ',
	'control-slip': 'Phiếu kiểm soát quá trình giải quyết hồ sơ',
	'tracking-book': 'Sổ theo dõi hồ sơ'
} as const;

/** Liên 1 stays with the control slip at the desk, Liên 2 goes to the applicant (§5.1 [C]). */
export const RECEIPT_COPIES = [
	{ copy: 1, holder: 'desk', label: 'Liên 1 (lưu)' },
	{ copy: 2, holder: 'applicant', label: 'Liên 2 (giao người nộp)' }
] as const;

/** Signature blocks (§5.1 [C]; §5.2 [R]; §5.3 [C]; §5.4 [R]; stop notice [A]; §5.5 [C]). */
export const SIGNATURES = {
	submitter: { label: 'NGƯỜI NỘP HỒ SƠ', hint: '(Ký và ghi rõ họ tên)' },
	receiver: { label: 'NGƯỜI TIẾP NHẬN HỒ SƠ', hint: '(Ký và ghi rõ họ tên)' },
	guide: { label: 'NGƯỜI HƯỚNG DẪN', hint: '(Ký và ghi rõ họ tên)' },
	agencyHead: { label: 'THỦ TRƯỞNG CƠ QUAN', hint: '(Ký tên, đóng dấu)' },
	handOver: { label: 'Người giao', hint: '' },
	takeOver: { label: 'Người nhận', hint: '' }
} as const;

/** Field labels a renderer prints next to the values of the form models (§5.1–§5.6). */
export const FORM_LABELS = {
	number: 'Số:',
	code: 'Mã hồ sơ:',
	applicant: 'Tiếp nhận hồ sơ của:',
	addressee: 'Kính gửi:',
	address: 'Địa chỉ:',
	phone: 'Số điện thoại:',
	email: 'Email:',
	request: 'Nội dung yêu cầu giải quyết:',
	components: 'Thành phần hồ sơ nộp gồm:',
	componentColumns: ['STT', 'Tên giấy tờ', 'Bản chính/Bản sao', 'Số lượng'],
	sets: 'Số lượng hồ sơ:',
	setsUnit: '(bộ)',
	statutoryTime: 'Thời gian giải quyết hồ sơ theo quy định là:',
	receivedAt: 'Thời gian nhận hồ sơ:',
	dueAt: 'Thời gian trả kết quả giải quyết hồ sơ:',
	/** Under item 5 when the clock started at the next opening (receipt outside office hours). */
	dueFromOpening:
		'(Thời hạn được tính từ đầu giờ làm việc kế tiếp do hồ sơ được tiếp nhận ngoài giờ làm việc.)',
	resultReturn: 'Đăng ký nhận kết quả tại:',
	fees: 'Phí, lệ phí (nếu có):',
	book: 'Vào Sổ theo dõi hồ sơ, Quyển số:',
	bookEntry: 'Số thứ tự:',
	supplementItems: 'Yêu cầu hoàn thiện hồ sơ gồm những nội dung sau:',
	reason: 'Lý do:',
	refusalReasons: 'Qua xem xét, Bộ phận tiếp nhận và trả kết quả không tiếp nhận hồ sơ với lý do:',
	refusalClosing: 'Xin thông báo cho Ông/Bà được biết và thực hiện.',
	originalDueAt: 'Ngày hẹn trả kết quả:',
	newDueAt: 'Thời gian hẹn trả lại kết quả:',
	ownerOfFile: 'Kèm theo hồ sơ của:',
	processingUnit: 'Cơ quan (bộ phận) giải quyết hồ sơ:',
	coordinatingUnits: 'Cơ quan phối hợp giải quyết hồ sơ:',
	handOver: 'Giao:',
	takeOver: 'Nhận:',
	receiptFootnote:
		'Giấy tiếp nhận được lập thành 2 liên; tổ chức, cá nhân có thể đăng ký nhận kết quả qua dịch vụ bưu chính công ích.'
} as const;

/** Control-slip columns (§5.5 [C]). */
export const CONTROL_SLIP_COLUMNS = [
	'TÊN CƠ QUAN',
	'THỜI GIAN GIAO, NHẬN HỒ SƠ',
	'KẾT QUẢ GIẢI QUYẾT HỒ SƠ (Trước hạn/đúng hạn/quá hạn)',
	'GHI CHÚ'
] as const;

/** Per-step outcome words of the control slip (§5.5, §2 glossary). */
export const STEP_RESULT_LABELS = {
	early: 'Trước hạn',
	'on-time': 'Đúng hạn',
	late: 'Quá hạn'
} as const;

export const COMPONENT_FORM_LABELS: Readonly<Record<ComponentForm, string>> = {
	original: 'Bản chính',
	copy: 'Bản sao',
	'certified-copy': 'Bản sao chứng thực',
	photocopy: 'Bản chụp'
};

/** Unit words of the statutory time (§5.1 item 3). */
export const TIME_UNIT_LABELS: Readonly<Record<ProcedureTime['unit'], string>> = {
	'working-days': 'ngày làm việc',
	'calendar-days': 'ngày',
	'working-hours': 'giờ làm việc',
	'same-day': 'trong ngày',
	none: 'không hẹn ngày trả'
};

export const RESULT_RETURN_LABELS = {
	desk: 'Bộ phận tiếp nhận và trả kết quả',
	postal: 'Qua dịch vụ bưu chính công ích',
	online: 'Trực tuyến'
} as const;

/** Tracking-book columns in order (§5.6 [R]); keys are the fields of a tracking-book row. */
export const TRACKING_BOOK_COLUMNS = [
	{ key: 'no', label: 'STT' },
	{ key: 'code', label: 'Mã hồ sơ' },
	{ key: 'procedureName', label: 'Tên TTHC' },
	{ key: 'sets', label: 'Số lượng hồ sơ (bộ)' },
	{ key: 'applicantName', label: 'Tên cá nhân, tổ chức' },
	{ key: 'addressAndPhone', label: 'Địa chỉ, số điện thoại' },
	{ key: 'leadUnit', label: 'Cơ quan chủ trì giải quyết' },
	{ key: 'receivedAt', label: 'Nhận hồ sơ (ngày)' },
	{ key: 'dueAt', label: 'Hẹn trả kết quả' },
	{ key: 'transferredAt', label: 'Chuyển hồ sơ đến cơ quan giải quyết' },
	{ key: 'resultReceivedAt', label: 'Nhận kết quả từ cơ quan giải quyết' },
	{ key: 'returnedAt', label: 'Trả kết quả cho tổ chức, cá nhân' },
	{ key: 'signature', label: 'Ký nhận' },
	{ key: 'note', label: 'Ghi chú' }
] as const;
