/** The built-in calendars 2019–2027 (domain.md §11.4), validated once at load. */
import { parseCalendarYear, type CalendarYear, type CalendarYearSource } from '../calendar-year';
import { year2019 } from './2019';
import { year2020 } from './2020';
import { year2021 } from './2021';
import { year2022 } from './2022';
import { year2023 } from './2023';
import { year2024 } from './2024';
import { year2025 } from './2025';
import { year2026 } from './2026';
import { year2027 } from './2027';

export const BUILT_IN_YEAR_SOURCES: readonly CalendarYearSource[] = [
	year2019,
	year2020,
	year2021,
	year2022,
	year2023,
	year2024,
	year2025,
	year2026,
	year2027
];

function load(source: CalendarYearSource): CalendarYear {
	const parsed = parseCalendarYear(source);
	if (!parsed.ok)
		throw new Error(`Built-in calendar ${source.year}: ${parsed.issue} ${parsed.date}`);
	return parsed.value;
}

/** Built-in years, oldest first. */
export const BUILT_IN_YEARS: readonly CalendarYear[] = BUILT_IN_YEAR_SOURCES.map(load);
