import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { staticApp } from '../../../server/static-app.js';

/** A loopback server whose build folder can be swapped, as a deployment would. */
export interface SwitchableServer {
	readonly url: string;
	serve(dir: string): void;
	close(): Promise<void>;
}

export async function startSwitchableServer(dir: string): Promise<SwitchableServer> {
	let handler = staticApp(dir);
	const server: Server = createServer((req, res) => handler(req, res));
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		serve(next) {
			handler = staticApp(next);
		},
		close: () =>
			new Promise<void>((done) => {
				server.closeAllConnections();
				server.close(() => done());
			})
	};
}
