/**
 * Reporting periods, domain.md §8.3. Decree 09/2019 (default): every period ends on the 14th and
 * the year starts on 15/12 of the year before. Older convention (still used in 2020): the year
 * runs 01/12 → 30/11 and quarters are Dec–Feb, Mar–May, Jun–Aug, Sep–Nov.
 */
import { addDays, isoDate, type IsoDate } from '../time';

export type PeriodConvention = 'decree-09-2019' | 'older';
export const PERIOD_PRESETS = ['month', 'quarter', 'six-months', 'nine-months', 'year'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

export const DEFAULT_PERIOD_CONVENTION: PeriodConvention = 'decree-09-2019';

/** Inclusive days, local time (UTC+7), domain.md §8.2. */
export interface ReportPeriod {
	readonly from: IsoDate;
	readonly to: IsoDate;
}

export interface PresetPeriod extends ReportPeriod {
	readonly preset: PeriodPreset;
	readonly convention: PeriodConvention;
	/** The reporting year (a Decree 09 year 2020 starts on 15/12/2019). */
	readonly year: number;
	/** Month 1–12 or quarter 1–4; 1 for the other presets. */
	readonly index: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
const day = (year: number, month: number, d: number): IsoDate =>
	isoDate(`${year}-${pad(month)}-${pad(d)}`);
/** Month `month` (may be 0 = December of the year before) of `year`. */
const monthStart = (year: number, month: number): IsoDate =>
	month < 1 ? day(year - 1, month + 12, 1) : day(year, month, 1);

/** Reporting month `m` (1–12, may be ≤ 0 for the start of a range) as inclusive days. */
function reportingMonths(
	convention: PeriodConvention,
	year: number,
	first: number,
	last: number
): ReportPeriod {
	switch (convention) {
		case 'decree-09-2019':
			// Month m: 15th of month m−1 → 14th of month m.
			return {
				from: addDays(monthStart(year, first - 1), 14),
				to: addDays(monthStart(year, last), 13)
			};
		case 'older':
			// Month m: the whole calendar month m−1, so Q1 = December–February. [A] for months.
			return { from: monthStart(year, first - 1), to: addDays(monthStart(year, last), -1) };
	}
}

const SPANS: Record<Exclude<PeriodPreset, 'month' | 'quarter'>, number> = {
	'six-months': 6,
	'nine-months': 9,
	year: 12
};

/**
 * A preset period, domain.md §8.3: `presetPeriod('quarter', 2020, 1, 'older')` is
 * 01/12/2019–29/02/2020. `index` is the month (1–12) or quarter (1–4), ignored otherwise.
 */
export function presetPeriod(
	preset: PeriodPreset,
	year: number,
	index = 1,
	convention: PeriodConvention = DEFAULT_PERIOD_CONVENTION
): PresetPeriod {
	const max = preset === 'month' ? 12 : preset === 'quarter' ? 4 : 1;
	if (!Number.isInteger(index) || index < 1 || index > max)
		throw new Error(`No ${preset} ${index}`);
	const [first, last] =
		preset === 'month'
			? [index, index]
			: preset === 'quarter'
				? [3 * index - 2, 3 * index]
				: [1, SPANS[preset]];
	return {
		...reportingMonths(convention, year, first, last),
		preset,
		convention,
		year,
		index: max === 1 ? 1 : index
	};
}

/** The reporting month (year, 1–12) a day belongs to under `convention`. */
function reportingMonthOf(
	date: IsoDate,
	convention: PeriodConvention
): { year: number; month: number } {
	const year = Number(date.slice(0, 4));
	const month = Number(date.slice(5, 7));
	const next = convention === 'older' || Number(date.slice(8, 10)) >= 15;
	if (!next) return { year, month };
	return month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };
}

/** The month, quarter or year period that contains `date`, domain.md §8.3. */
export function periodContaining(
	date: IsoDate,
	preset: 'month' | 'quarter' | 'year',
	convention: PeriodConvention = DEFAULT_PERIOD_CONVENTION
): PresetPeriod {
	const { year, month } = reportingMonthOf(date, convention);
	const index = preset === 'month' ? month : preset === 'quarter' ? Math.ceil(month / 3) : 1;
	return presetPeriod(preset, year, index, convention);
}

/** Any period typed by the user, domain.md §8.2; the end must not be before the start. */
export function customPeriod(
	from: IsoDate,
	to: IsoDate
): { ok: true; period: ReportPeriod } | { ok: false; error: 'period-end-before-start' } {
	return to < from
		? { ok: false, error: 'period-end-before-start' }
		: { ok: true, period: { from, to } };
}
