/** Readers of the files the desk exports, for the tests of the exports (CSV as written, XLSX zips). */
import { inflateRawSync } from 'node:zlib';

/** RFC 4180 fields, quotes doubled, line breaks inside quotes kept. */
export function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (quoted && c === '"' && text[i + 1] === '"') {
			field += '"';
			i++;
		} else if (c === '"') {
			quoted = !quoted;
		} else if (!quoted && c === ',') {
			row.push(field);
			field = '';
		} else if (!quoted && c === '\r' && text[i + 1] === '\n') {
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
			i++;
		} else {
			field += c;
		}
	}
	return rows;
}

/** The entries of a zip archive, read from its central directory (enough for XLSX files). */
export function unzip(bytes: Uint8Array): Map<string, string> {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	let end = bytes.length - 22;
	while (view.getUint32(end, true) !== 0x06054b50) end--;
	const count = view.getUint16(end + 10, true);
	let p = view.getUint32(end + 16, true);
	const files = new Map<string, string>();
	for (let n = 0; n < count; n++) {
		const method = view.getUint16(p + 10, true);
		const size = view.getUint32(p + 20, true);
		const nameLength = view.getUint16(p + 28, true);
		const extra = view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
		const local = view.getUint32(p + 42, true);
		const name = new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLength));
		const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
		const data = bytes.subarray(start, start + size);
		files.set(name, new TextDecoder().decode(method === 8 ? inflateRawSync(data) : data));
		p += 46 + nameLength + extra;
	}
	return files;
}
