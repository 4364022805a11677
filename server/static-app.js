/**
 * Serves the built single-page app: hashed files under /_app/immutable are cached for a year,
 * everything else (the page, the service worker, the manifest) is revalidated on every request
 * so a new deployment is seen at once; unknown paths get the app page (deep links).
 */
import sirv from 'sirv';

/**
 * @param {string} dir the adapter-static output folder
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, next?: () => void) => void}
 */
export function staticApp(dir) {
	const files = sirv(dir, {
		single: true,
		etag: true,
		gzip: false,
		setHeaders(res, pathname) {
			if (pathname.startsWith('/_app/immutable/')) {
				res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
			} else {
				res.setHeader('Cache-Control', 'no-cache');
			}
			if (pathname === '/service-worker.js') res.setHeader('Service-Worker-Allowed', '/');
			res.setHeader('X-Content-Type-Options', 'nosniff');
		}
	});
	return (req, res, next) => {
		files(req, res, () => {
			// sirv takes a last segment with a dot for a missing file, and a procedure's page
			// (/quan-tri/thu-tuc/1.001193) ends so: a browser's navigation still gets the app.
			const accept = String(req.headers.accept ?? '');
			const navigation =
				(req.method === 'GET' || req.method === 'HEAD') && accept.includes('text/html');
			if (navigation && !String(req.url).startsWith('/_app/')) {
				req.url = '/';
				files(req, res, () => notFound(res, next));
				return;
			}
			notFound(res, next);
		});
	};
}

/** @param {import('node:http').ServerResponse} res @param {(() => void) | undefined} next */
function notFound(res, next) {
	if (next) return next();
	res.statusCode = 404;
	res.end();
}
