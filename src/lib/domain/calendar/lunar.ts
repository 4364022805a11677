/**
 * Vietnamese lunar calendar (âm lịch) at UTC+7, by the public-domain new-moon algorithm of
 * Hồ Ngọc Đức (astronomical formulas from Meeus). Used only to propose a provisional year's
 * calendar (domain.md §11.3); official days off always come from the yearly data (§11.4).
 * The time zone matters: Tết 1985 is 21/01 in Vietnam (UTC+7) but 20/02 in China (UTC+8).
 */
import { fromDayNumber, type IsoDate } from '../time';

const VIETNAM_TIME_ZONE_HOURS = 7;
/** Julian day number of 1970-01-01, to go from the algorithm's day numbers to ours. */
const JD_UNIX_EPOCH = 2440588;
const SYNODIC_MONTH = 29.530588853;
const NEW_MOON_EPOCH = 2415021.076998695;
const DR = Math.PI / 180;

/** Julian day number of a Gregorian date. */
function julianDay(day: number, month: number, year: number): number {
	const a = Math.floor((14 - month) / 12);
	const y = year + 4800 - a;
	const m = month + 12 * a - 3;
	const base = day + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4);
	return base - Math.floor(y / 100) + Math.floor(y / 400) - 32045;
}

/** Julian date (fractional, UT) of the k-th new moon after 1900-01-01. */
function newMoon(k: number): number {
	const t = k / 1236.85;
	const t2 = t * t;
	const t3 = t2 * t;
	let jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
	jd += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * DR);
	const m = (359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3) * DR;
	const mpr = (306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3) * DR;
	const f = (21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3) * DR;
	let c = (0.1734 - 0.000393 * t) * Math.sin(m) + 0.0021 * Math.sin(2 * m);
	c += -0.4068 * Math.sin(mpr) + 0.0161 * Math.sin(2 * mpr) - 0.0004 * Math.sin(3 * mpr);
	c += 0.0104 * Math.sin(2 * f) - 0.0051 * Math.sin(m + mpr) - 0.0074 * Math.sin(m - mpr);
	c += 0.0004 * Math.sin(2 * f + m) - 0.0004 * Math.sin(2 * f - m) - 0.0006 * Math.sin(2 * f + mpr);
	c += 0.001 * Math.sin(2 * f - mpr) + 0.0005 * Math.sin(2 * mpr + m);
	// ΔT for years after 1800 (the formula's pre-1800 branch is out of range here).
	const deltaT = -0.000278 + 0.000265 * t + 0.000262 * t2;
	return jd + c - deltaT;
}

/** Sun's apparent longitude in radians, normalised to [0, 2π), at Julian date `jdn`. */
function sunLongitude(jdn: number): number {
	const t = (jdn - 2451545.0) / 36525;
	const t2 = t * t;
	const m = (357.5291 + 35999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2) * DR;
	const l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
	let dl = (1.9146 - 0.004817 * t - 0.000014 * t2) * Math.sin(m);
	dl += (0.019993 - 0.000101 * t) * Math.sin(2 * m) + 0.00029 * Math.sin(3 * m);
	const l = (l0 + dl) * DR;
	return l - 2 * Math.PI * Math.floor(l / (2 * Math.PI));
}

/** Major solar term (0–11) in force at the start of local day `jd`. */
function solarTerm(jd: number): number {
	return Math.floor((sunLongitude(jd - 0.5 - VIETNAM_TIME_ZONE_HOURS / 24) / Math.PI) * 6);
}

/** Local Julian day number on which the k-th new moon falls. */
function newMoonDay(k: number): number {
	return Math.floor(newMoon(k) + 0.5 + VIETNAM_TIME_ZONE_HOURS / 24);
}

/** First day of the 11th lunar month (the one holding the winter solstice) of `year`. */
function lunarMonth11(year: number): number {
	const k = Math.floor((julianDay(31, 12, year) - 2415021) / SYNODIC_MONTH);
	const nm = newMoonDay(k);
	return solarTerm(nm) >= 9 ? newMoonDay(k - 1) : nm;
}

/** Offset, counted from month 11, of the leap month of a 13-month lunar year. */
function leapMonthOffset(a11: number): number {
	const k = Math.floor((a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
	let i = 1;
	let arc = solarTerm(newMoonDay(k + i));
	let last: number;
	do {
		last = arc;
		i += 1;
		arc = solarTerm(newMoonDay(k + i));
	} while (arc !== last && i < 14);
	return i - 1;
}

/**
 * Solar date of a day of a regular (non-leap) lunar month in Vietnam, lunar year `year`
 * (the year whose Tết falls in solar `year`). Months 1–10 only, which is all the holidays need.
 */
export function lunarToSolar(year: number, month: number, day: number): IsoDate {
	if (!Number.isInteger(year) || year < 1900 || year > 2199) {
		throw new Error(`Lunar year out of range: ${year}`);
	}
	if (month < 1 || month > 10 || day < 1 || day > 30) {
		throw new Error(`Unsupported lunar date: ${day}/${month}`);
	}
	const a11 = lunarMonth11(year - 1);
	const b11 = lunarMonth11(year);
	let offset = month + 1;
	if (b11 - a11 > 365 && offset >= leapMonthOffset(a11)) offset += 1;
	const k = Math.floor(0.5 + (a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
	return fromDayNumber(newMoonDay(k + offset) + day - 1 - JD_UNIX_EPOCH);
}

/** Mùng 1 tháng Giêng: first day of Tết Nguyên đán in `year`, domain.md §11.3. */
export function tetDate(year: number): IsoDate {
	return lunarToSolar(year, 1, 1);
}

/** Giỗ Tổ Hùng Vương, 10th day of the 3rd lunar month, domain.md §11.3. */
export function hungKingsDate(year: number): IsoDate {
	return lunarToSolar(year, 3, 10);
}
