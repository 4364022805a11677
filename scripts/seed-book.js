/**
 * A tracking book (the import page's columns, ADR 28) whose counts are the seed's: the Lạng Sơn
 * 2020 figures (47,540 received; 16,787 / 29,674 / 67 resolved early / on time / late; 8,452
 * ratings, 8,080 / 371 / 1). Deterministic for a seed. Used by the import's end-to-end test and
 * by `npm run bench`; `rows` scales it (the same shares of a smaller or larger book).
 */
import writeXlsxFile from 'write-excel-file/node';

export const BOOK_HEADINGS = [
	'Mã hồ sơ',
	'Mã thủ tục',
	'Tên TTHC',
	'Số lượng hồ sơ (bộ)',
	'Tên cá nhân, tổ chức',
	'Số giấy tờ tùy thân',
	'Địa chỉ, số điện thoại',
	'Hình thức nộp',
	'Cơ quan chủ trì giải quyết',
	'Nhận hồ sơ (ngày)',
	'Hẹn trả kết quả',
	'Chuyển hồ sơ đến cơ quan giải quyết',
	'Nhận kết quả từ cơ quan giải quyết',
	'Kết quả giải quyết',
	'Trả kết quả cho tổ chức, cá nhân',
	'Đánh giá',
	'Lý do không hài lòng',
	'Ghi chú'
];

/** The seed's published counts (domain.md §14). */
export const SEED_COUNTS = {
	received: 47_540,
	early: 16_787,
	onTime: 29_674,
	late: 67,
	ratings: { verySatisfied: 8_080, satisfied: 371, unsatisfied: 1 }
};

/** Procedures of the demo ward, across its sectors (catalogue/demo-province). */
const PROCEDURES = [
	['1.001193', 'Đăng ký khai sinh'],
	['1.004884', 'Đăng ký lại khai sinh'],
	['2.000815', 'Chứng thực bản sao từ bản chính'],
	['2.000942', 'Chứng thực chữ ký'],
	['1.004222', 'Đăng ký thường trú'],
	['1.001612', 'Đăng ký thành lập hộ kinh doanh'],
	['1.001776', 'Trợ cấp xã hội hằng tháng'],
	['1.013831', 'Đăng ký biến động đất đai']
];
const CHANNELS = ['Trực tiếp', 'Trực tiếp', 'Trực tuyến', 'Bưu chính'];
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Hoàng', 'Nông', 'Phạm', 'Vi', 'Lương'];
const GIVEN = [
	'Văn An',
	'Thị Bình',
	'Văn Cường',
	'Thị Dung',
	'Đức Hà',
	'Thị Lan',
	'Minh Sơn',
	'Thu Yến'
];

/** @param {number} seed */
function seededRandom(seed) {
	let s = seed >>> 0;
	return () => {
		s = (s * 1_664_525 + 1_013_904_223) >>> 0;
		return s / 2 ** 32;
	};
}

const pad = (/** @type {number} */ n, w = 2) => String(n).padStart(w, '0');
const DAY = 86_400_000;
/**
 * Minutes since 2020-01-01 00:00 (wall clock, Vietnam) as `dd/mm/yyyy HH:mm`.
 * @param {number} minutes
 */
function vn(minutes) {
	const d = new Date(Date.UTC(2020, 0, 1) + minutes * 60_000);
	return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/**
 * The book's rows (text cells, headings first): `rows` dossiers with the seed's shares, received
 * 02/01/2020–17/11/2020, all resolved before 30/11/2020. Without `handovers` the hand-over and
 * return columns stay empty (half the documents: what a report needs, no more).
 * @param {{ rows?: number, seed?: number, handovers?: boolean }} [options]
 * @returns {string[][]}
 */
export function seedBookRows({ rows = SEED_COUNTS.received, seed = 2020, handovers = true } = {}) {
	const random = seededRandom(seed);
	const scale = rows / SEED_COUNTS.received;
	const count = (/** @type {number} */ n) => Math.round(n * scale);
	const early = count(SEED_COUNTS.early);
	const onTime = count(SEED_COUNTS.onTime);
	const late = Math.max(1, count(SEED_COUNTS.late));
	const kinds = [
		...Array(early).fill('early'),
		...Array(onTime).fill('on-time'),
		...Array(late).fill('late')
	];
	while (kinds.length < rows) kinds.push('pending');
	kinds.length = rows;
	for (let i = kinds.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[kinds[i], kinds[j]] = [kinds[j], kinds[i]];
	}
	const { verySatisfied, satisfied, unsatisfied } = SEED_COUNTS.ratings;
	const ratings = [
		...Array(count(verySatisfied)).fill('Rất hài lòng'),
		...Array(count(satisfied)).fill('Hài lòng'),
		...Array(Math.max(1, count(unsatisfied))).fill('Không hài lòng')
	];
	const out = [BOOK_HEADINGS];
	const perDay = new Map();
	let rated = 0;
	for (let n = 0; n < rows; n++) {
		const dayIndex = 1 + Math.floor((n * 320) / rows); // 02/01 … 17/11
		const received = dayIndex * 1440 + 480 + Math.floor(random() * 420); // 08:00–14:59
		const due = received + 5 * 1440;
		const day = new Date(Date.UTC(2020, 0, 1) + dayIndex * DAY);
		const ymd = `${String(day.getUTCFullYear()).slice(2)}${pad(day.getUTCMonth() + 1)}${pad(day.getUTCDate())}`;
		const sequence = (perDay.get(ymd) ?? 0) + 1;
		perDay.set(ymd, sequence);
		const [procedureCode, procedureName] = PROCEDURES[n % PROCEDURES.length] ?? PROCEDURES[0] ?? [];
		const kind = kinds[n];
		const dueDayStart = Math.floor(due / 1440) * 1440;
		const result =
			kind === 'early'
				? due - 1440 * (1 + Math.floor(random() * 4))
				: kind === 'on-time'
					? dueDayStart + 450 + Math.floor(random() * (due - dueDayStart - 449))
					: kind === 'late'
						? due + 1 + Math.floor(random() * 2000)
						: null;
		const rating = result !== null && rated < ratings.length ? ratings[rated++] : '';
		out.push([
			`000.10.39.H39-${ymd}-${pad(sequence, 4)}`,
			procedureCode,
			procedureName,
			'1',
			`${FAMILY[n % FAMILY.length]} ${GIVEN[Math.floor(random() * GIVEN.length)]}`,
			`0201${pad(Math.floor(random() * 1e8), 8)}`,
			`Thôn ${1 + (n % 40)}, xã Mai Pha, thành phố Lạng Sơn`,
			CHANNELS[Math.floor(random() * CHANNELS.length)],
			'Công chức Tư pháp - Hộ tịch',
			vn(received),
			vn(due),
			handovers ? vn(received + 10) : '',
			result === null ? '' : vn(result),
			result === null ? '' : 'Giải quyết',
			result === null || !handovers ? '' : vn(result + 60),
			rating,
			rating === 'Không hài lòng' ? 'Phải chờ lâu' : '',
			''
		]);
	}
	return out;
}

/**
 * The book as an XLSX file (a Buffer), text cells as a tracking book typed by hand holds them.
 * @param {{ rows?: number, seed?: number, handovers?: boolean }} [options]
 */
export async function seedBookXlsx(options) {
	const data = seedBookRows(options).map((row) => row.map((value) => ({ value, type: String })));
	return writeXlsxFile(data).toBuffer();
}
