#!/usr/bin/env node
/**
 * `npm start`: serves the built app on the loopback interface and prints its URL.
 * Options: --port <n> (default 5080 or $PORT), --host <addr> (default 127.0.0.1), --dir <build folder>.
 */
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { staticApp } from './static-app.js';

const { values } = parseArgs({
	options: {
		port: { type: 'string', default: process.env.PORT ?? '5080' },
		host: { type: 'string', default: process.env.HOST ?? '127.0.0.1' },
		dir: { type: 'string', default: 'build' }
	}
});

const dir = resolve(values.dir);
if (!existsSync(resolve(dir, 'index.html'))) {
	console.error(`Không tìm thấy bản build trong ${dir}. Hãy chạy "npm run build" trước.`);
	console.error(`No build found in ${dir}. Run "npm run build" first.`);
	process.exit(1);
}

const app = staticApp(dir);
const server = createServer((req, res) => app(req, res));
server.on('error', (error) => {
	console.error(`Không khởi động được máy chủ: ${error.message}`);
	process.exit(1);
});
server.listen(Number(values.port), values.host, () => {
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : values.port;
	const host = values.host === '127.0.0.1' ? 'localhost' : values.host;
	console.log(`Một cửa đang chạy tại / running at: http://${host}:${port}/`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
	process.on(signal, () => server.close(() => process.exit(0)));
}
