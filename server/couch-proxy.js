/**
 * The built app and a CouchDB 3.x under one origin, as a province deploys it (README,
 * "In production"): `/db/...` is passed to CouchDB as `/...`, everything else is the app. For
 * benchmarks and trials on this machine against a real CouchDB; production uses nginx or haproxy.
 * The CouchDB URL must carry no credentials: the desks log in with their own session cookie.
 */
import { createServer, request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { staticApp } from './static-app.js';

const PREFIX = '/db';

/**
 * @param {{ appDir: string, couchUrl: string, port?: number, host?: string }} options
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function startCouchProxy({ appDir, couchUrl, port = 0, host = '127.0.0.1' }) {
	const target = new URL(couchUrl);
	if (target.username || target.password) {
		throw new Error('The CouchDB URL given to the proxy must not carry credentials');
	}
	const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
	const app = staticApp(appDir);
	const server = createServer((req, res) => {
		const url = req.url ?? '/';
		if (url !== PREFIX && !url.startsWith(`${PREFIX}/`) && !url.startsWith(`${PREFIX}?`)) {
			app(req, res, () => {
				res.statusCode = 404;
				res.end();
			});
			return;
		}
		const path = url.slice(PREFIX.length) || '/';
		const upstream = send(
			{
				protocol: target.protocol,
				hostname: target.hostname,
				port: target.port,
				method: req.method,
				path: `${target.pathname.replace(/\/$/, '')}${path}`,
				headers: { ...req.headers, host: target.host }
			},
			(answer) => {
				res.writeHead(answer.statusCode ?? 502, answer.headers);
				answer.pipe(res);
			}
		);
		upstream.on('error', () => {
			if (!res.headersSent) res.writeHead(502, { 'Content-Type': 'application/json' });
			res.end(JSON.stringify({ error: 'bad_gateway', reason: 'CouchDB did not answer' }));
		});
		req.pipe(upstream);
	});
	await new Promise((resolve) => server.listen(port, host, () => resolve(undefined)));
	const address = server.address();
	const bound = typeof address === 'object' && address ? address.port : port;
	return {
		url: `http://${host}:${bound}/`,
		close: () =>
			new Promise((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			})
	};
}
