/**
 * How values are written on the official forms (domain.md §5): always Vietnamese, whatever the
 * language of the screens, like the labels in the domain's `official-texts.ts`. Dates follow the
 * administrative style (ND 30/2020: days below 10 and the months 1 and 2 take a leading zero).
 */
import { TIME_UNIT_LABELS } from '$lib/domain/forms';
import type { ProcedureTime } from '$lib/domain/model';
import { formatVnDate, longVnDate, type IsoDate, type LocalDateTime } from '$lib/domain/time';
import { formatNumber } from '$lib/i18n/format';

/** Dots left for handwriting where a form has no value. */
export const BLANK = '……………';

/** A time left for handwriting (Form 05 rows). */
export const BLANK_DATE_TIME = '… giờ … phút, ngày … tháng … năm …';

/** "ngày 05 tháng 3 năm 2020", "ngày 20 tháng 01 năm 2019". */
export const longDate = longVnDate;

/** "08 giờ 37 phút, ngày 20 tháng 11 năm 2019" (Form 01 items 4 and 5, Form 05). */
export function longDateTime(at: LocalDateTime | null): string {
	if (at === null) return BLANK;
	return `${at.slice(11, 13)} giờ ${at.slice(14, 16)} phút, ${longDate(at.slice(0, 10) as IsoDate)}`;
}

/** "Lạng Sơn, ngày 20 tháng 11 năm 2019" under the national motto. */
export function placeAndDate(place: string, date: IsoDate): string {
	return `${place}, ${longDate(date)}`;
}

/** "30.000 đồng": amounts are written the Vietnamese way on paper. */
export function vnd(amount: number): string {
	return `${formatNumber(amount, 'vi')} đồng`;
}

/** Form 01 item 3: "3 ngày làm việc", "trong ngày", … */
export function statutoryTime(time: ProcedureTime): string {
	switch (time.unit) {
		case 'working-days':
		case 'calendar-days':
		case 'working-hours':
			return `${formatNumber(time.amount, 'vi')} ${TIME_UNIT_LABELS[time.unit]}`;
		case 'same-day':
		case 'none':
			return TIME_UNIT_LABELS[time.unit];
	}
}

/** "20/11/2019" or the dots. */
export function shortDate(date: IsoDate | null): string {
	return date === null ? BLANK : formatVnDate(date);
}

/** A time as a book cell: "20/11/2019" over "08:37". */
export function bookTime(at: LocalDateTime | null): { day: string; time: string } | null {
	return at === null
		? null
		: { day: formatVnDate(at.slice(0, 10) as IsoDate), time: at.slice(11, 16) };
}

/**
 * Sentences of the forms that the domain's official texts do not hold ([R]: recalled from the
 * TT 01/2018 templates; [A]: the 2025 stop notice, whose template was not available).
 */
export const FORM_SENTENCES = {
	/** Form 02 and 03, contact line [R]. */
	contact: (name: string, phone: string) =>
		`Trong quá trình hoàn thiện hồ sơ nếu có vướng mắc, ông/bà liên hệ ${name} số điện thoại ${phone} để được hướng dẫn.`,
	/** Form 04 body [R]. */
	apologyReceived: (date: string, agency: string) =>
		`Ngày ${date}, ${agency} tiếp nhận giải quyết hồ sơ của Ông/Bà.`,
	apologyLate: (agency: string) =>
		`Tuy nhiên đến nay, ${agency} chưa trả kết quả giải quyết hồ sơ của Ông/Bà đúng hẹn ghi trong Giấy tiếp nhận hồ sơ và hẹn trả kết quả.`,
	apologySorry: (agency: string) =>
		`Sự chậm trễ này đã gây phiền hà cho Ông/Bà. ${agency} xin lỗi Ông/Bà và hẹn lại thời gian trả kết quả:`,
	/** Stop notice (2025) [A]. */
	stopRequested: 'Ngày đề nghị dừng giải quyết:',
	stopStatement: 'Cơ quan giải quyết thông báo dừng giải quyết hồ sơ nêu trên.',
	/** Tracking book: the period it covers and the volume. */
	bookRange: (from: IsoDate, to: IsoDate) =>
		`Từ ngày ${formatVnDate(from)} đến ngày ${formatVnDate(to)}`,
	bookVolume: 'Quyển số:'
} as const;
