/**
 * Just enough of a PDF reader for the print tests: the pages of a PDF written by Chromium (Skia),
 * each with its MediaBox and its text. Skia writes every object in clear with direct lengths,
 * compresses streams with Flate and shows text as 2-byte glyph ids of Type0 fonts that carry a
 * ToUnicode map, which is all this reads. It is not a general PDF parser.
 */
import { expect } from '@playwright/test';
import { inflateSync } from 'node:zlib';

export interface PdfPage {
	/** MediaBox width and height in points. */
	readonly width: number;
	readonly height: number;
	/** The text shown on the page, in stream order, without any white space. */
	readonly text: string;
}

interface PdfObject {
	readonly dict: string;
	readonly stream: Buffer | null;
}

function readObjects(bytes: Buffer): Map<number, PdfObject> {
	const text = bytes.toString('latin1');
	const objects = new Map<number, PdfObject>();
	const header = /(\d+) 0 obj\s*/g;
	for (let m = header.exec(text); m !== null; m = header.exec(text)) {
		const start = header.lastIndex;
		const end = text.indexOf('endobj', start);
		const streamAt = text.indexOf('stream', start);
		if (streamAt === -1 || streamAt > end) {
			objects.set(Number(m[1]), { dict: text.slice(start, end), stream: null });
			header.lastIndex = end;
			continue;
		}
		const dict = text.slice(start, streamAt);
		const length = Number(/\/Length (\d+)/.exec(dict)?.[1]);
		let dataStart = streamAt + 'stream'.length;
		if (text[dataStart] === '\r') dataStart++;
		if (text[dataStart] === '\n') dataStart++;
		const raw = bytes.subarray(dataStart, dataStart + length);
		objects.set(Number(m[1]), {
			dict,
			stream: dict.includes('/FlateDecode') ? inflateSync(Uint8Array.from(raw)) : raw
		});
		header.lastIndex = dataStart + length;
	}
	return objects;
}

const ref = (dict: string, key: string): number | null => {
	const m = new RegExp(`/${key} (\\d+) 0 R`).exec(dict);
	return m ? Number(m[1]) : null;
};

function utf16(hex: string): string {
	const units: number[] = [];
	for (let i = 0; i < hex.length; i += 4) units.push(parseInt(hex.slice(i, i + 4), 16));
	return String.fromCharCode(...units);
}

/** Glyph id → text, from a ToUnicode CMap (bfchar and bfrange entries). */
function toUnicode(cmap: string): Map<number, string> {
	const map = new Map<number, string>();
	for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
		for (const [, src, dst] of (block[1] ?? '').matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
			map.set(parseInt(src ?? '', 16), utf16(dst ?? ''));
		}
	}
	for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
		const entries = (block[1] ?? '').matchAll(
			/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g
		);
		for (const [, from, to, dst] of entries) {
			const first = parseInt(dst ?? '', 16);
			for (let g = parseInt(from ?? '', 16); g <= parseInt(to ?? '', 16); g++) {
				map.set(g, String.fromCharCode(first + g - parseInt(from ?? '', 16)));
			}
		}
	}
	return map;
}

function pageText(objects: Map<number, PdfObject>, page: PdfObject): string {
	const fonts = new Map<string, Map<number, string>>();
	const fontDict = /\/Font\s*<<([^>]*)>>/.exec(page.dict)?.[1] ?? '';
	for (const [, name, id] of fontDict.matchAll(/\/(\w+) (\d+) 0 R/g)) {
		const cmapId = ref(objects.get(Number(id))?.dict ?? '', 'ToUnicode');
		const cmap = cmapId === null ? '' : (objects.get(cmapId)?.stream?.toString('latin1') ?? '');
		fonts.set(name ?? '', toUnicode(cmap));
	}
	const contentRefs = /\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(page.dict)?.[1] ?? '';
	const contents = [...contentRefs.matchAll(/(\d+) 0 R/g)]
		.map((m) => objects.get(Number(m[1]))?.stream?.toString('latin1') ?? '')
		.join('\n');
	let font = new Map<number, string>();
	let text = '';
	for (const m of contents.matchAll(/\/(\w+) [\d.]+ Tf|<([0-9A-Fa-f]*)>\s*Tj|\[([^\]]*)\]\s*TJ/g)) {
		if (m[1] !== undefined) {
			font = fonts.get(m[1]) ?? new Map<number, string>();
			continue;
		}
		const hex = m[2] ?? [...(m[3] ?? '').matchAll(/<([0-9A-Fa-f]*)>/g)].map((h) => h[1]).join('');
		for (let i = 0; i + 4 <= hex.length; i += 4)
			text += font.get(parseInt(hex.slice(i, i + 4), 16)) ?? '';
	}
	return text.replace(/\s+/g, '');
}

/** The pages of a Chromium PDF in order, with their size and text. */
export function readPdf(bytes: Buffer): PdfPage[] {
	const objects = readObjects(bytes);
	const pages: PdfPage[] = [];
	const visit = (id: number): void => {
		const node = objects.get(id);
		if (!node) return;
		if (/\/Type\s*\/Pages\b/.test(node.dict)) {
			const kids = /\/Kids\s*\[([^\]]*)\]/.exec(node.dict)?.[1] ?? '';
			for (const kid of kids.matchAll(/(\d+) 0 R/g)) visit(Number(kid[1]));
			return;
		}
		const box = /\/MediaBox\s*\[\s*([\d.\s-]+)\]/
			.exec(node.dict)?.[1]
			?.trim()
			.split(/\s+/)
			.map(Number);
		const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = box ?? [];
		pages.push({ width: x1 - x0, height: y1 - y0, text: pageText(objects, node) });
	};
	const catalog = [...objects.values()].find((o) => /\/Type\s*\/Catalog\b/.test(o.dict));
	const root = catalog ? ref(catalog.dict, 'Pages') : null;
	if (root === null) throw new Error('No page tree in this PDF');
	visit(root);
	return pages;
}

/** Whether `needle` is on the page, ignoring white space (a PDF places words, not spaces). */
export function pageHas(page: PdfPage, needle: string): boolean {
	return page.text.includes(needle.replace(/\s+/g, ''));
}

/** PDF points of the paper sizes of domain.md §5 (1 pt = 1/72 in). */
export const PAPER = {
	A5: { width: (148 / 25.4) * 72, height: (210 / 25.4) * 72 },
	A4: { width: (210 / 25.4) * 72, height: (297 / 25.4) * 72 },
	A4_LANDSCAPE: { width: (297 / 25.4) * 72, height: (210 / 25.4) * 72 }
} as const;

/** Chromium sizes PDF pages in whole CSS pixels: A5 comes out 420 × 594.96 pt, not 419.53 × 595.28. */
const TOLERANCE_PT = 1;

export function expectPaper(
	pages: readonly PdfPage[],
	paper: { width: number; height: number }
): void {
	for (const [i, page] of pages.entries()) {
		expect(Math.abs(page.width - paper.width), `width of page ${i + 1}`).toBeLessThan(TOLERANCE_PT);
		expect(Math.abs(page.height - paper.height), `height of page ${i + 1}`).toBeLessThan(
			TOLERANCE_PT
		);
	}
}
