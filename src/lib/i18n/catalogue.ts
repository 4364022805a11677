/**
 * The message catalogue, split by area so that areas can grow independently:
 * `messages/<area>.vi.json` and `messages/<area>.en.json`, each holding top-level keys of its own.
 * Vietnamese is bundled with the app; English is loaded when chosen.
 */
export type Messages = { [key: string]: string | Messages };

const vietnamese = import.meta.glob<Messages>('./messages/*.vi.json', {
	eager: true,
	import: 'default'
});
const english = import.meta.glob<Messages>('./messages/*.en.json', { import: 'default' });

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

export async function englishMessages(): Promise<Messages> {
	return merge(await Promise.all(Object.values(english).map((load) => load())));
}
