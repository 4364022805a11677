/**
 * The message catalogue, split by area so that areas can grow independently:
 * `messages/<area>.vi.json` and `messages/<area>.en.json`, each holding top-level keys of its own.
 * Vietnamese is bundled with the app, except the areas under `messages/later/` (loaded when their
 * screens open, to keep the first screen small); English is loaded when chosen.
 */
export type Messages = { [key: string]: string | Messages };

const vietnamese = import.meta.glob<Messages>('./messages/*.vi.json', {
	eager: true,
	import: 'default'
});
/** Areas only some screens need (the administration): Vietnamese loaded when they open. */
const laterVietnamese = import.meta.glob<Messages>('./messages/later/*.vi.json', {
	import: 'default'
});
const english = import.meta.glob<Messages>(['./messages/*.en.json', './messages/later/*.en.json'], {
	import: 'default'
});

function merge(parts: Messages[]): Messages {
	const all: Messages = {};
	for (const part of parts) {
		for (const [key, value] of Object.entries(part)) {
			if (key in all) throw new Error(`Message key ${key} is defined by two catalogue files`);
			all[key] = value;
		}
	}
	return all;
}

export function vietnameseMessages(): Messages {
	return merge(Object.values(vietnamese));
}

/** The Vietnamese of the areas loaded when their screens open (`messages/later/`). */
export async function laterVietnameseMessages(): Promise<Messages> {
	return merge(await Promise.all(Object.values(laterVietnamese).map((load) => load())));
}

/** Every Vietnamese message, first screen's and later ones (for the catalogue's tests). */
export async function allVietnameseMessages(): Promise<Messages> {
	return merge([vietnameseMessages(), await laterVietnameseMessages()]);
}

export async function englishMessages(): Promise<Messages> {
	return merge(await Promise.all(Object.values(english).map((load) => load())));
}
