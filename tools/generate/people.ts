/**
 * Applicants as a desk officer would enter them (mostly from the chip ID card's QR code), passed
 * through the app's own `validateApplicant` (domain.md §12): Vietnamese names with the Tày and
 * Nùng family names of Lạng Sơn, 12-digit citizen IDs whose digits agree with sex and birth year,
 * addresses of the province after the 2025 merger, mobile numbers.
 */
import { validateApplicant, type ApplicantInput } from '$lib/domain/applicant';
import type { Applicant } from '$lib/domain/model';
import type { IsoDate } from '$lib/domain/time';
import type { Rng } from './random';

const words = (text: string) => text.split(' ');
const FAMILY = words(
	'Nguyễn:30 Hoàng:9 Nông:7 Lương:5 Trần:6 Lê:5 Vi:4 Phạm:4 Lăng:3 Triệu:3 Hà:3 Lục:2 Chu:2 ' +
		'Đặng:2 Vũ:2 Bùi:2 Đỗ:2 Mã:1 Dương:1 Đinh:1 Lý:1 Ngô:1 Hứa:1 La:1'
).map((e) => e.split(':') as [string, string]);
const MALE_MIDDLE = words('Văn Văn Văn Đức Minh Quang Hữu Xuân Thanh Ngọc Công Bảo');
const FEMALE_MIDDLE = words('Thị Thị Thị Thị Thu Ngọc Thanh Hồng Kim Minh Phương Diệu');
const MALE = words(
	'Anh Bình Cường Dũng Duy Đức Giang Hải Hiếu Hùng Huy Khánh Long Minh Nam Phong Quân Sơn ' +
		'Tuấn Thắng Toàn Tùng Hậu Khoa Vinh Việt Trung Lâm Thành Hưng'
);
const FEMALE = words(
	'Anh Ánh Chi Hà Hạnh Hoa Hương Lan Linh Mai Ngọc Nhung Phương Thảo Thủy Trang Vân Yến ' +
		'Hằng Quyên Diệp Huyền Loan Nga Oanh Thơm Tuyết Xuân Hiền Dung'
);
const STREETS = words(
	'Trần_Đăng_Ninh Bà_Triệu Lê_Lợi Hùng_Vương Bắc_Sơn Ngô_Quyền Lý_Thái_Tổ Phai_Vệ Minh_Khai ' +
		'Tam_Thanh Nguyễn_Du Chi_Lăng Lê_Đại_Hành Đinh_Tiên_Hoàng Văn_Vỉ Trần_Hưng_Đạo'
).map((s) => s.replaceAll('_', ' '));
const WARDS = words('Lương_Văn_Tri Tam_Thanh Đông_Kinh Kỳ_Lừa').map((s) => s.replaceAll('_', ' '));
const COMMUNES = words(
	'Cao_Lộc Đồng_Đăng Hữu_Lũng Lộc_Bình Chi_Lăng Bắc_Sơn Văn_Quan Tràng_Định Bình_Gia Na_Sầm ' +
		'Đình_Lập Văn_Lãng Mai_Pha Hoàng_Văn_Thụ Thất_Khê Na_Dương'
).map((s) => s.replaceAll('_', ' '));
const VILLAGES = words('Pò_Mỏ Nà_Pàn Khòn_Phổ Bản_Cưởm Nà_Lừa Pác_Cáp Khuổi_Mịt Nà_Thuộc').map(
	(s) => s.replaceAll('_', ' ')
);
/** Where IDs were first registered: mostly Lạng Sơn (020), some neighbours and the big cities. */
const ID_PROVINCES: readonly (readonly [string, number])[] = [
	['020', 86],
	['004', 2],
	['019', 2],
	['024', 3],
	['022', 2],
	['001', 3],
	['079', 1],
	['006', 1]
];

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function personName(rng: Rng, sex: 'male' | 'female'): string {
	const family = rng.weighted(FAMILY, ([, w]) => Number(w))[0];
	const middle = rng.pick(sex === 'male' ? MALE_MIDDLE : FEMALE_MIDDLE);
	const given = rng.pick(sex === 'male' ? MALE : FEMALE);
	return `${family} ${middle} ${given}`;
}

function address(rng: Rng): string {
	if (rng.chance(0.45)) {
		return `Số ${rng.int(1, 220)}, đường ${rng.pick(STREETS)}, phường ${rng.pick(WARDS)}, tỉnh Lạng Sơn`;
	}
	return `Thôn ${rng.pick(VILLAGES)}, xã ${rng.pick(COMMUNES)}, tỉnh Lạng Sơn`;
}

function mobile(rng: Rng): string {
	const prefix = rng.pick(
		words(
			'091 094 088 098 097 096 086 083 084 085 081 032 033 034 035 036 037 038 039 070 076 077 078 079 056 058'
		)
	);
	return `${prefix}${pad(rng.int(0, 9_999_999), 7)}`;
}

/** The form's raw input for one adult applicant, as the QR code and the officer fill it in. */
function applicantInput(rng: Rng, today: IsoDate): ApplicantInput {
	const sex = rng.chance(0.52) ? 'male' : 'female';
	const year = Number(today.slice(0, 4)) - rng.int(18, 78);
	const birthDate = `${year}-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}`;
	const century = Math.floor((year - 1900) / 100);
	const sexDigit = century * 2 + (sex === 'male' ? 0 : 1);
	const province = rng.weighted(ID_PROVINCES, ([, w]) => w)[0];
	const idNumber = `${province}${sexDigit}${pad(year % 100)}${pad(rng.int(0, 999_999), 6)}`;
	return {
		fullName: personName(rng, sex),
		idType: 'citizen-id',
		idNumber,
		birthDate,
		sex,
		address: address(rng),
		phone: rng.chance(0.75) ? mobile(rng) : ''
	};
}

/** A valid applicant received on `today`, normalised by the app's own validation. */
export function applicant(rng: Rng, today: IsoDate): Applicant {
	const checked = validateApplicant(applicantInput(rng, today), today);
	if (!checked.ok)
		throw new Error(`generated applicant refused: ${JSON.stringify(checked.errors)}`);
	return checked.applicant;
}
