/**
 * The generator's seeded randomness (style.md "test data from seeded factories"): one mulberry32
 * stream per purpose, derived from the run's seed, so that a change in one part (e.g. how events
 * are timed) does not reshuffle another (which dossiers are received when).
 */
import { seededRandom } from '$lib/domain/lifecycle/test-support';

export class Rng {
	readonly #next: () => number;

	constructor(seed: number, stream = 0) {
		// Streams are spread with a large odd constant so nearby seeds give unrelated sequences.
		this.#next = seededRandom(
			(Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(stream, 0x85ebca6b)) >>> 0
		);
	}

	/** Uniform in [0, 1). */
	next(): number {
		return this.#next();
	}

	chance(p: number): boolean {
		return this.#next() < p;
	}

	/** Uniform in [min, max). */
	between(min: number, max: number): number {
		return min + (max - min) * this.#next();
	}

	/** A whole number in [min, max]. */
	int(min: number, max: number): number {
		return min + Math.floor(this.#next() * (max - min + 1));
	}

	pick<T>(items: readonly T[]): T {
		if (items.length === 0) throw new Error('pick from an empty list');
		return items[Math.floor(this.#next() * items.length)] as T;
	}

	weighted<T>(items: readonly T[], weightOf: (item: T) => number): T {
		const total = items.reduce((sum, item) => sum + weightOf(item), 0);
		let r = this.#next() * total;
		for (const item of items) if ((r -= weightOf(item)) < 0) return item;
		return items[items.length - 1] as T;
	}

	/** A shuffled copy (Fisher–Yates). */
	shuffled<T>(items: readonly T[]): T[] {
		const out = [...items];
		for (let i = out.length - 1; i > 0; i--) {
			const j = Math.floor(this.#next() * (i + 1));
			[out[i], out[j]] = [out[j] as T, out[i] as T];
		}
		return out;
	}
}
