export {
	cellDateTime,
	foldText,
	IMPORT_COLUMNS,
	IMPORT_PROBLEMS,
	matchHeadings,
	readBook,
	type BookRow,
	type Cell,
	type ImportColumn,
	type ImportContext,
	type ImportError,
	type ImportProblem
} from './book-import';
