/** Reads `read` every half second until it gives a value other than null (tests only). */
export async function until<T>(
	what: string,
	read: () => Promise<T | null>,
	seconds = 60
): Promise<T> {
	const deadline = Date.now() + seconds * 1_000;
	for (;;) {
		const value = await read();
		if (value !== null) return value;
		if (Date.now() > deadline) throw new Error(`not within ${seconds} s: ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
}
