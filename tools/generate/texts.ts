/** What officers type into the action forms: reasons, items, notes (Vietnamese, as at a desk). */
export const TEXTS = {
	supplement: [
		'Thành phần hồ sơ chưa đầy đủ theo quy định',
		'Bản sao chưa được chứng thực',
		'Thông tin trên tờ khai chưa khớp với giấy tờ tùy thân',
		'Cần bổ sung giấy tờ chứng minh theo yêu cầu của cơ quan giải quyết'
	],
	supplementItems: [
		'Bản sao có chứng thực giấy tờ tùy thân',
		'Tờ khai có chữ ký đầy đủ',
		'Văn bản ủy quyền có chứng thực',
		'Giấy xác nhận cư trú',
		'Ảnh 3x4 nền trắng'
	],
	paymentNote: [
		'Nộp lệ phí theo thông báo',
		'Nộp phí thẩm định hồ sơ',
		'Thực hiện nghĩa vụ tài chính'
	],
	apology: [
		'Hồ sơ cần xác minh thêm với cơ quan liên quan',
		'Cần lấy ý kiến của cơ quan phối hợp',
		'Khối lượng hồ sơ lớn, cần thêm thời gian thẩm định'
	],
	refusal: [
		'Hồ sơ không đủ điều kiện giải quyết theo quy định',
		'Không thuộc đối tượng được hưởng theo quy định',
		'Kết quả xác minh không đủ căn cứ để giải quyết'
	],
	withdraw: [
		'Công dân xin rút hồ sơ để bổ sung, hoàn thiện',
		'Người nộp không còn nhu cầu giải quyết',
		'Người nộp đề nghị rút hồ sơ để nộp lại sau'
	],
	stopAfterSupplement: 'Quá thời hạn bổ sung hồ sơ theo yêu cầu, trả lại hồ sơ',
	stopOnRequest: 'Dừng giải quyết theo đề nghị của người nộp hồ sơ',
	stopUnpaid: 'Quá thời hạn thực hiện nghĩa vụ tài chính, trả lại hồ sơ',
	unsatisfied: ['Thời gian chờ lâu', 'Hướng dẫn chưa rõ ràng'],
	comment: ['Cán bộ hướng dẫn nhiệt tình', 'Giải quyết nhanh', 'Thủ tục thuận tiện']
} as const;
