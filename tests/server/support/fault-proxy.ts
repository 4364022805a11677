/**
 * A TCP proxy on loopback that cuts connections at random (issue 5 acceptance): each accepted
 * connection is, with probability `cutChance`, destroyed after a random number of bytes in
 * either direction, until `maxCuts` cuts. Seeded, so a run is reproducible up to the timing of
 * the TCP chunks; bounded, so a sync through it always finishes.
 */
import { createServer, connect, type AddressInfo, type Socket } from 'node:net';

/** mulberry32: a small seeded generator, enough for test decisions. */
export function seeded(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export interface FaultProxyOptions {
	readonly targetPort: number;
	readonly seed: number;
	readonly cutChance: number;
	readonly maxBytesBeforeCut: number;
	readonly maxCuts: number;
}

export interface FaultProxy {
	readonly port: number;
	readonly cuts: () => number;
	readonly connections: () => number;
	close(): Promise<void>;
}

export async function startFaultProxy(options: FaultProxyOptions): Promise<FaultProxy> {
	const random = seeded(options.seed);
	const open = new Set<Socket>();
	let cuts = 0;
	let connections = 0;
	const server = createServer((client) => {
		connections += 1;
		const upstream = connect(options.targetPort, '127.0.0.1');
		open.add(client).add(upstream);
		const cut = cuts < options.maxCuts && random() < options.cutChance;
		let budget = cut ? Math.floor(random() * options.maxBytesBeforeCut) : Infinity;
		const relay = (from: Socket, to: Socket) =>
			from.on('data', (chunk: Uint8Array) => {
				budget -= chunk.length;
				if (budget < 0 && cuts < options.maxCuts) {
					cuts += 1;
					budget = Infinity;
					client.destroy();
					upstream.destroy();
					return;
				}
				to.write(chunk);
			});
		relay(client, upstream);
		relay(upstream, client);
		for (const socket of [client, upstream]) {
			socket.on('error', () => {
				client.destroy();
				upstream.destroy();
			});
			socket.on('close', () => {
				open.delete(socket);
				(socket === client ? upstream : client).end();
			});
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return {
		port: (server.address() as AddressInfo).port,
		cuts: () => cuts,
		connections: () => connections,
		close: () =>
			new Promise((resolve) => {
				for (const socket of open) socket.destroy();
				server.close(() => resolve());
			})
	};
}
