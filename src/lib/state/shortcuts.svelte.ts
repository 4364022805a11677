import type { ShortcutId } from '$lib/app/shortcuts';

type Handler = () => void;

/**
 * Who answers a shortcut now (issue 15): a screen registers its handlers while it is shown (the
 * receive form its fields, the components list "tick all"); the layout asks the latest one.
 */
class Shortcuts {
	#handlers = new Map<ShortcutId, Handler[]>();
	/** Whether the help overlay is open. */
	helpOpen = $state(false);

	/** Registers `handler` for `id` until the returned function is called. */
	on(id: ShortcutId, handler: Handler): () => void {
		const list = this.#handlers.get(id) ?? [];
		list.push(handler);
		this.#handlers.set(id, list);
		return () => {
			const now = this.#handlers.get(id) ?? [];
			this.#handlers.set(
				id,
				now.filter((h) => h !== handler)
			);
		};
	}

	/** Runs the latest handler of `id`; false when no screen answers it now. */
	run(id: ShortcutId): boolean {
		const handler = this.#handlers.get(id)?.at(-1);
		if (!handler) return false;
		handler();
		return true;
	}
}

export const shortcuts = new Shortcuts();
