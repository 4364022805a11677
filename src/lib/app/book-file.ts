/**
 * Reads the sheet of a tracking book from a file: XLSX with `read-excel-file` (ADR 26), CSV with
 * Papa Parse (RFC 4180, UTF-8 with or without a byte-order mark, `,` or `;` between fields, as
 * Excel writes it on Vietnamese Windows). Runs in the import worker; unit-tested in Node.
 */
import { readSheet } from 'read-excel-file/universal';
import Papa from 'papaparse';
import type { Cell } from '$lib/domain/import';

export type BookFileError = 'unreadable-file' | 'unknown-file-type';

export async function readBookFile(
	file: Blob,
	name: string
): Promise<{ ok: true; rows: Cell[][] } | { ok: false; error: BookFileError }> {
	const lower = name.toLowerCase();
	try {
		if (lower.endsWith('.xlsx')) return { ok: true, rows: (await readSheet(file)) as Cell[][] };
		if (lower.endsWith('.csv')) {
			const text = (await file.text()).replace(/^\uFEFF/, '');
			const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' });
			if (parsed.errors.some((e) => e.type === 'Quotes'))
				return { ok: false, error: 'unreadable-file' };
			return { ok: true, rows: parsed.data };
		}
	} catch {
		return { ok: false, error: 'unreadable-file' };
	}
	return { ok: false, error: 'unknown-file-type' };
}
