export {
	checkBalance,
	columnsOf,
	completeColumns,
	emptyColumns,
	type BalanceCheck,
	type ColumnConventions,
	type CountedColumn,
	type ReportColumns
} from './columns';
export {
	toReportEntry,
	type EntryRating,
	type Finish,
	type GroupFields,
	type IntakeRejection,
	type ReportEntry
} from './entry';
export { formatVnNumber, formatVnPercent } from './format';
export {
	onlineShare,
	progressScore,
	ratingShares,
	resolutionShares,
	type RatingCounts,
	type RatingShares,
	type ResolutionShares
} from './indicators';
export { percentHundredths, percentOf, roundHalfUp, scoreOf } from './percent';
export {
	buildPeriodReport,
	reportRowOf,
	DEFAULT_REPORT_SETTINGS,
	type GroupBy,
	type MonthPoint,
	type UnsatisfiedRating,
	type PeriodReport,
	type ReportRow,
	type ReportSettings
} from './period-report';
export {
	customPeriod,
	DEFAULT_PERIOD_CONVENTION,
	PERIOD_PRESETS,
	periodContaining,
	presetPeriod,
	type PeriodConvention,
	type PeriodPreset,
	type PresetPeriod,
	type ReportPeriod
} from './periods';
export {
	buildReportSheet,
	sheetOf,
	periodLine,
	presetLabel,
	ratingsSentence,
	feedbackSentence,
	SHARE_COLUMNS,
	SHEET_COLUMNS,
	SHEET_GROUPS,
	SHEET_TEXTS,
	type ReportSheet,
	type SheetColumn,
	type SheetGroup,
	type SheetLine,
	type SheetRows
} from './sheet';
export {
	latestSubmission,
	MAX_SUBMITTED_ROWS,
	PROVINCE_SHEET_TEXTS,
	provinceReport,
	provinceSheet,
	REPORT_SUBMIT_ROLES,
	ReportSubmissionObject,
	ReportSubmissionSchema,
	submissionOf,
	SUBMITTED_COLUMNS,
	type ProvinceReport,
	type ProvinceRows,
	type ReportSubmission,
	type SubmittedRow
} from './submission';
